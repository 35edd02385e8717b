package io.docroute.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docroute.Sha256;
import io.docroute.document.Field;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.ExtractionException;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtractor;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must be identical for one block's cached answer to stand for another's: the structure the deterministic
 * extractor reads from it — action and entity (as method, path and operation id), every field's name, type,
 * required flag and place (path, query, body), the returned fields and the response shape — plus the enum
 * values named in field descriptions ({@code ACTIVE、DISABLED}). Prose may differ; none of these may. A block
 * the extractor cannot read has no signature and is never reused as similar.
 */
public final class StructureSignature {

    private static final Pattern ENUM_VALUE = Pattern.compile("\\b[A-Z][A-Z0-9_]{1,}\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalExtractor extractor;

    public StructureSignature(LocalExtractor extractor) {
        this.extractor = extractor;
    }

    public Optional<String> of(InterfaceBlock block) {
        InterfaceSpec spec;
        try {
            spec = extractor.extract(block);
        } catch (ExtractionException unreadable) {
            return Optional.empty();
        }
        ObjectNode shape = JSON.createObjectNode();
        shape.put("method", spec.method()).put("path", spec.path()).put("operationId", spec.operationId());
        ArrayNode parameters = shape.putArray("parameters");
        spec.parameters().forEach(p -> parameters.addObject().put("name", p.name()).put("in", p.in())
                .put("type", p.type()).put("required", p.required()));
        ArrayNode body = shape.putArray("body");
        if (spec.requestBody() != null) {
            spec.requestBody().fields().forEach(f -> body.addObject().put("name", f.name()).put("type", f.type())
                    .put("required", f.required()));
        }
        if (spec.response() != null) {
            shape.put("shape", spec.response().shape());
            ArrayNode returned = shape.putArray("returns");
            spec.response().fields().forEach(f -> returned.addObject().put("name", f.name()).put("type", f.type()));
        }
        ArrayNode enums = shape.putArray("enums");
        for (Field field : block.fields()) {
            TreeSet<String> values = new TreeSet<>();
            Matcher matcher = ENUM_VALUE.matcher(BlockKeys.text(field.description()));
            while (matcher.find()) {
                values.add(matcher.group());
            }
            enums.addObject().put("field", field.name()).put("values", String.join(",", values));
        }
        return Optional.of(Sha256.hex(shape.toString()));
    }
}
