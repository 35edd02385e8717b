package io.docroute.cache;

import io.docroute.document.InterfaceBlock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Nominates the base of a patch request: among cached answers, the one whose block is nearest to a changed block
 * (SimHash within {@link #MAX_DISTANCE} bits). It only nominates — a near answer is never handed back as the
 * block's answer; a model sees the change and answers a patch against it.
 */
public class SimilarAnswers {

    static final int MAX_DISTANCE = 24;

    public long simhash(InterfaceBlock block) {
        return SimHash.of(BlockKeys.normalized(block));
    }

    /** The nearest candidate within reach, if any. */
    public Optional<AnswerStore.Fingerprint> nearest(List<AnswerStore.Fingerprint> candidates, long simhash) {
        return candidates.stream()
                .filter(candidate -> SimHash.distance(candidate.simhash(), simhash) <= MAX_DISTANCE)
                .min(Comparator.comparingInt(candidate -> SimHash.distance(candidate.simhash(), simhash)));
    }
}
