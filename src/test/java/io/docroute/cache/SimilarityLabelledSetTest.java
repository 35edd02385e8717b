package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.LocalExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled near-miss set (test resources, 48 pairs): pairs that differ only in prose may share an answer;
 * near misses — entity swapped, a field renamed, a type or required flag changed, an enum value added, list vs
 * export — never may. Zero wrong reuses is the requirement; recall is reported.
 */
class SimilarityLabelledSetTest {

    private final SimilarAnswers similar = new SimilarAnswers(new StructureSignature(new LocalExtractor()));

    private static InterfaceBlock block(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        node.path("fields").forEach(f -> fields.add(new Field(f.path("name").asText(),
                FieldType.parse(f.path("type").asText()), f.path("required").asBoolean(), f.path("description").asText())));
        List<String> returns = new ArrayList<>();
        node.path("returns").forEach(r -> returns.add(r.asText()));
        return new InterfaceBlock(0, node.path("title").asText(), node.path("text").asText(), fields, returns);
    }

    @Test
    void noNearMissIsEverReusedAndProseOnlyChangesAreFound() throws IOException {
        JsonNode pairs = new ObjectMapper().readTree(Path.of("src/test/resources/similarity/labelled-pairs.json").toFile())
                .path("pairs");
        assertThat(pairs.size()).isGreaterThanOrEqualTo(40);
        int wrongReuses = 0;
        int reusable = 0;
        int found = 0;
        for (JsonNode pair : pairs) {
            boolean decided = similar.reusable(similar.profile(block(pair.path("a"))), similar.profile(block(pair.path("b"))));
            if (pair.path("reuse").asBoolean()) {
                reusable++;
                found += decided ? 1 : 0;
            } else if (decided) {
                wrongReuses++;
                System.out.println("wrong reuse: " + pair.path("label").asText() + " " + pair.path("b").path("title"));
            }
        }
        System.out.printf("similarity tier on %d labelled pairs: %d wrong reuses, recall %d/%d%n", pairs.size(),
                wrongReuses, found, reusable);
        assertThat(wrongReuses).isZero();
        assertThat(found).as("recall").isGreaterThan(0);
    }
}
