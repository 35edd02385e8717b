package io.docroute.cache;

import io.docroute.document.InterfaceBlock;
import java.util.Optional;

/**
 * The similarity tier's rule: a cached answer stands for a new block only when the block's text is near
 * (SimHash within {@link #MAX_DISTANCE} bits — a candidate) and its structure is identical (same
 * {@link StructureSignature}). A near candidate whose structure differs is never returned as the answer; it may
 * only be shown to the model as a reference.
 */
public class SimilarAnswers {

    static final int MAX_DISTANCE = 24;

    private final StructureSignature signatures;

    public SimilarAnswers(StructureSignature signatures) {
        this.signatures = signatures;
    }

    public Profile profile(InterfaceBlock block) {
        return new Profile(signatures.of(block), SimHash.of(BlockKeys.normalized(block)));
    }

    public boolean near(Profile cached, Profile block) {
        return SimHash.distance(cached.simhash(), block.simhash()) <= MAX_DISTANCE;
    }

    /** True only when the cached answer may be returned for the block. */
    public boolean reusable(Profile cached, Profile block) {
        return near(cached, block) && cached.signature().isPresent() && cached.signature().equals(block.signature());
    }

    /** @param signature empty when the block's structure cannot be read: such a block is never reused */
    public record Profile(Optional<String> signature, long simhash) {
    }
}
