package io.docroute.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.document.InterfaceBlock;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;

/** Runs the local extractor and holds its answer to the schema, as production does. */
final class Extracted {

    static final SpecValidator VALIDATOR =
            new SpecValidator(new FileSystemResource("config/schema/interface-spec.schema.json"));
    private static final LocalExtractor EXTRACTOR = new LocalExtractor();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Extracted() {
    }

    static InterfaceSpec spec(InterfaceBlock block) {
        return VALIDATOR.requireValid(MAPPER.valueToTree(EXTRACTOR.extract(block)));
    }

    static InterfaceSpec.Parameter parameter(InterfaceSpec spec, String name) {
        return find(spec, name).orElseThrow(() -> new AssertionError("no parameter " + name + " in " + spec));
    }

    static Optional<InterfaceSpec.Parameter> find(InterfaceSpec spec, String name) {
        return spec.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static String responseType(InterfaceSpec spec, String field) {
        return spec.response().fields().stream().filter(f -> f.name().equals(field)).findFirst()
                .map(InterfaceSpec.Property::type)
                .orElseThrow(() -> new AssertionError("no response field " + field + " in " + spec));
    }
}
