package io.docroute.gateway.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import io.docroute.extraction.InterfaceSpec;

/** RFC 6902 JSON Patches between interface specs (zjsonpatch): applying a model's patch, and diffing two specs. */
public final class JsonPatches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPatches() {
    }

    /** {@code base} with the patch applied; null when the patch is malformed or does not apply. */
    public static JsonNode apply(InterfaceSpec base, JsonNode patch) {
        try {
            return JsonPatch.apply(patch, JSON.valueToTree(base));
        } catch (JsonPatchApplicationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /** The patch that turns {@code from} into {@code to}; empty when they are equal. */
    public static JsonNode diff(JsonNode from, JsonNode to) {
        return JsonDiff.asJson(from, to);
    }
}
