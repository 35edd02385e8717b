package io.docroute.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.document.InterfaceBlock;
import org.springframework.stereotype.Component;

/**
 * The basic version: answers a block with the deterministic {@link LocalExtractor}, held to the same schema as
 * any model's answer.
 */
@Component
public class LocalExtraction {

    public static final String ENDPOINT = "local";
    public static final String MODEL = "local-extractor";

    private final LocalExtractor extractor;
    private final SpecValidator validator;
    private final ObjectMapper mapper = new ObjectMapper();

    public LocalExtraction(LocalExtractor extractor, SpecValidator validator) {
        this.extractor = extractor;
        this.validator = validator;
    }

    public Extraction extract(InterfaceBlock block) {
        long started = System.nanoTime();
        InterfaceSpec spec = validator.requireValid(mapper.valueToTree(extractor.extract(block)), block);
        return new Extraction(spec, ENDPOINT, MODEL, 0, false, Extraction.MISS, (System.nanoTime() - started) / 1_000_000,
                Extraction.Usage.NONE);
    }

    /** The basic version standing in for models that could not answer: same answer, marked degraded, with why. */
    public Extraction degraded(InterfaceBlock block, long latencyMs, Extraction.Usage usage, String because) {
        InterfaceSpec spec = validator.requireValid(mapper.valueToTree(extractor.extract(block)), block);
        return new Extraction(spec, ENDPOINT, MODEL, usage.calls().values().stream().mapToInt(Integer::intValue).sum(),
                true, Extraction.MISS, latencyMs, usage, because, null);
    }
}
