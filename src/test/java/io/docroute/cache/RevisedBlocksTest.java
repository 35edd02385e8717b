package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.OneSimulatedModelTest;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.LocalExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The labelled set of revised blocks (test resources): each block is answered, then its revision. A revision whose
 * normalised text changed is never answered from the cache as it was: it reaches the model as a patch against the
 * earlier answer, and the patched answer is the one the model (here the simulator, which answers with the local
 * extractor's spec) gives for the revision.
 */
@CamelSpringBootTest
@OneSimulatedModelTest
class RevisedBlocksTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    AnswerCache cache;

    @Autowired
    LocalExtractor extractor;

    private static InterfaceBlock block(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        node.path("fields").forEach(f -> fields.add(new Field(f.path("name").asText(),
                FieldType.parse(f.path("type").asText()), f.path("required").asBoolean(), f.path("description").asText())));
        List<String> returns = new ArrayList<>();
        node.path("returns").forEach(r -> returns.add(r.asText()));
        return new InterfaceBlock(0, node.path("title").asText(), node.path("text").asText(), fields, returns);
    }

    @Test
    void noRevisedBlockIsAnsweredWithoutTheModelAndPatchesApplyOnTheFirstTry() throws IOException {
        JsonNode pairs = new ObjectMapper().readTree(Path.of("src/test/resources/similarity/labelled-pairs.json").toFile())
                .path("pairs");
        assertThat(pairs.size()).isGreaterThanOrEqualTo(50);
        int changed = 0;
        int patchedFirstTry = 0;
        List<String> handedBack = new ArrayList<>();
        for (JsonNode pair : pairs) {
            cache.clear();
            InterfaceBlock before = block(pair.path("a"));
            InterfaceBlock after = block(pair.path("b"));
            producer.requestBody("direct:extract-block", before, Extraction.class);
            Extraction revised = producer.requestBody("direct:extract-block", after, Extraction.class);
            if (BlockKeys.normalized(before).equals(BlockKeys.normalized(after))) {
                continue;
            }
            changed++;
            if (revised.fromCache()) {
                handedBack.add(pair.path("label").asText());
            }
            if ("patched".equals(revised.cache()) && revised.attempts() == 1) {
                patchedFirstTry++;
                assertThat(revised.spec()).as(pair.path("label").asText()).isEqualTo(extractor.extract(after));
            }
        }
        System.out.printf("revised blocks: %d changed, %d answered from the cache as they were, %d patched on the"
                + " first try%n", changed, handedBack.size(), patchedFirstTry);
        assertThat(handedBack).as("answers handed back that the model did not see").isEmpty();
        assertThat(patchedFirstTry).isGreaterThanOrEqualTo((int) Math.ceil(changed * 0.95));
    }
}
