package io.docroute.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.docroute.Sha256;
import io.docroute.document.Field;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.StatedEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Checks an interface spec, as JSON, against {@code interface-spec.schema.json} and the path rules a schema
 * cannot express: placeholders and path parameters must match, and GET and DELETE take no body.
 */
@Component
public class SpecValidator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> BODYLESS_METHODS = Set.of("GET", "DELETE");
    private static final String SCHEMA_VERSION_KEYWORD = "x-schema-version";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema schema;
    private final String schemaHash;

    // the operator's edited copy in the working directory wins over the one built into the jar
    public SpecValidator(@Value("#{T(io.docroute.config.ConfigResources).resolve("
            + "'${docroute.extraction.schema:config/schema/interface-spec.schema.json}')}") Resource schemaResource) {
        byte[] bytes = read(schemaResource);
        this.schemaHash = Sha256.hex(bytes);
        // x-schema-version is our own annotation; declaring it keeps the validator from warning about it
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new AnnotationKeyword(SCHEMA_VERSION_KEYWORD))
                .build();
        // only the bundled meta-schemas may be resolved, so validation never reaches the network
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect).schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            this.schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the interface spec schema " + schemaResource.getDescription(), e);
        }
        schema.initializeValidators();
    }

    /** Every reason the spec is invalid, schema errors first; empty when it is valid. */
    public List<String> problems(JsonNode spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null || spec.isMissingNode() || spec.isNull()) {
            problems.add("$: the interface spec is empty");
            return problems;
        }
        for (ValidationMessage message : schema.validate(spec)) {
            problems.add(message.getMessage());
        }
        problems.addAll(pathProblems(spec));
        problems.addAll(bodyProblems(spec));
        return problems;
    }

    /** Returns the spec as a record, or throws {@link InvalidSpecException} listing every problem. */
    public InterfaceSpec requireValid(JsonNode spec) {
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return toSpec(spec);
    }

    private InterfaceSpec toSpec(JsonNode spec) {
        try {
            return mapper.treeToValue(spec, InterfaceSpec.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(List.of("$: " + e.getOriginalMessage()));
        }
    }

    /**
     * Returns the spec as a record when it is valid and keeps every fact the block states: its method, its path
     * (placeholder names may differ), and each field of its field table with its type and required flag, as a
     * parameter or a body field. Throws {@link InvalidSpecException} listing every problem otherwise.
     */
    public InterfaceSpec requireValid(JsonNode spec, InterfaceBlock block) {
        List<String> problems = problems(spec);
        if (problems.isEmpty()) {
            problems.addAll(statedProblems(spec, block));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return toSpec(spec);
    }

    /** Where an answer contradicts what the block states. */
    private static List<String> statedProblems(JsonNode spec, InterfaceBlock block) {
        List<String> problems = new ArrayList<>();
        StatedEndpoint stated = block.stated();
        if (stated.method() != null && !stated.method().equals(spec.path("method").asText())) {
            problems.add("$.method: the block states " + stated.method() + "; keep it exactly");
        }
        if (stated.path() != null
                && !StatedEndpoint.shape(stated.path()).equals(StatedEndpoint.shape(spec.path("path").asText()))) {
            problems.add("$.path: the block states " + stated.path() + "; keep it exactly");
        }
        Map<String, JsonNode> answered = new HashMap<>();
        spec.path("parameters").forEach(p -> answered.putIfAbsent(p.path("name").asText(), p));
        spec.path("requestBody").path("fields").forEach(f -> answered.putIfAbsent(f.path("name").asText(), f));
        for (Field field : block.fields()) {
            JsonNode given = answered.get(field.name());
            if (given == null) {
                problems.add("the block's field '" + field.name() + "' is missing: give it as a parameter or a body field");
            } else if (!field.type().wireName().equals(given.path("type").asText())) {
                problems.add("the block's field '" + field.name() + "' is of type " + field.type().wireName()
                        + ", not " + given.path("type").asText());
            } else if (field.required() && !given.path("required").asBoolean(false)) {
                problems.add("the block's field '" + field.name() + "' is required");
            }
        }
        return problems;
    }

    /** Hex SHA-256 of the schema file's bytes, so cached answers can be tied to the schema they passed. */
    public String schemaHash() {
        return schemaHash;
    }

    private static List<String> pathProblems(JsonNode spec) {
        JsonNode path = spec.path("path");
        if (!path.isTextual()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Set<String> placeholders = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(path.asText());
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.isEmpty()) {
                problems.add("$.path: has an empty placeholder {}");
            } else {
                placeholders.add(name);
            }
        }
        String withoutPlaceholders = PLACEHOLDER.matcher(path.asText()).replaceAll("");
        if (withoutPlaceholders.contains("{") || withoutPlaceholders.contains("}")) {
            problems.add("$.path: has an unmatched '{' or '}'");
        }
        Set<String> pathParameters = new LinkedHashSet<>();
        JsonNode parameters = spec.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            if ("path".equals(parameter.path("in").asText()) && parameter.path("name").isTextual()) {
                String name = parameter.path("name").asText();
                pathParameters.add(name);
                if (!placeholders.contains(name)) {
                    problems.add("$.parameters[" + i + "]: path parameter '" + name
                            + "' does not appear in the path as {" + name + "}");
                }
            }
        }
        for (String name : placeholders) {
            if (!pathParameters.contains(name)) {
                problems.add("$.path: placeholder {" + name + "} has no parameter named '" + name + "' with in=path");
            }
        }
        return problems;
    }

    private static List<String> bodyProblems(JsonNode spec) {
        String method = spec.path("method").asText("");
        JsonNode body = spec.path("requestBody");
        if (BODYLESS_METHODS.contains(method) && !body.isMissingNode() && !body.isNull()) {
            return List.of("$.requestBody: a " + method + " interface takes no request body; use query parameters");
        }
        return List.of();
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the interface spec schema " + resource.getDescription(), e);
        }
    }
}
