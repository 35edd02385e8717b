package io.docroute.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The interface spec extracted from one block: the JSON shape that
 * {@code config/schema/interface-spec.schema.json} defines and every extractor (local or model) answers in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterfaceSpec(
        String operationId,
        String method,
        String path,
        String summary,
        String description,
        String tag,
        List<Parameter> parameters,
        RequestBody requestBody,
        Response response,
        Confidence confidence) {

    public InterfaceSpec {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public InterfaceSpec(String operationId, String method, String path, String summary, String description,
                         String tag, List<Parameter> parameters, RequestBody requestBody, Response response) {
        this(operationId, method, path, summary, description, tag, parameters, requestBody, response, null);
    }

    /**
     * How sure the extractor is: {@code low} when the block named no action or resource it knows and a fallback
     * chose them, with the reasons in words; absent when it is sure.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Confidence(String level, String reason) {

        public static final String LOW = "low";
    }

    /** A path, query or header parameter; {@code type} is a {@link io.docroute.document.FieldType} wire name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String name, String in, String type, boolean required, String description) {
    }

    /** A JSON (or multipart) request body and its top-level properties. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestBody(String contentType, List<Property> fields) {

        public RequestBody {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * The success response.
     *
     * @param shape {@code object} (one item), {@code page} (a page of items), {@code array}, {@code file} or {@code empty}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(String contentType, String shape, List<Property> fields) {

        public Response {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Property(String name, String type, boolean required, String description) {
    }
}
