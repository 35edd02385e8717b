package io.docroute.pipeline;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;

/** What became of one block: an extraction, or the reason there is none. */
public sealed interface BlockOutcome {

    InterfaceBlock block();

    record Extracted(InterfaceBlock block, Extraction extraction) implements BlockOutcome {
    }

    record Failed(InterfaceBlock block, String error) implements BlockOutcome {
    }
}
