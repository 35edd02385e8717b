package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.benmanes.caffeine.cache.Cache;
import io.docroute.MutableClock;
import io.docroute.OneSimulatedModelTest;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Simulators;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.IncomingDocument;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exact cache against a simulated endpoint whose calls are counted at the peer. */
@CamelSpringBootTest
@OneSimulatedModelTest
class AnswerCacheTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Autowired
    MutableClock clock;

    @Autowired
    AnswerStore store;

    @Autowired
    MeterRegistry meters;

    private double counted(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    private SimulatedEndpoint peer() {
        return simulators.get(OneSimulatedModelTest.ENDPOINT).orElseThrow();
    }

    @Autowired
    Cache<String, Extraction> docrouteAnswers;

    @BeforeEach
    void freshCache() {
        store.clear();
        docrouteAnswers.invalidateAll();
    }

    private DocumentResult process(String name, String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return producer.requestBody("direct:process-document", IncomingDocument.of(name, bytes, "run", null),
                DocumentResult.class);
    }

    private static String document() throws IOException {
        return Files.readString(Path.of("examples/admin-console-prd.md"));
    }

    @Test
    void anUnchangedResubmissionMakesNoModelCall() throws IOException {
        DocumentResult first = process("prd-v1.md", document());
        long callsAfterFirst = peer().stats().total();
        double memoryHits = counted("docroute.cache.hits", "tier", "memory");
        double saved = counted("docroute.cache.cost.saved");

        DocumentResult again = process("prd-v1-again.md", document());

        assertThat(peer().stats().total()).isEqualTo(callsAfterFirst);
        assertThat(again.stats().modelCalls()).isZero();
        assertThat(again.stats().cacheHits()).isEqualTo(10);
        assertThat(again.interfaces()).allSatisfy(i -> assertThat(i.source().cache()).isEqualTo("exact"));
        assertThat(first.stats().costUsd()).isPositive();
        assertThat(again.stats().costSavedUsd()).isCloseTo(first.stats().costUsd(), within(1e-9));
        assertThat(counted("docroute.cache.hits", "tier", "memory") - memoryHits).isEqualTo(10);
        assertThat(counted("docroute.cache.cost.saved") - saved).isCloseTo(first.stats().costUsd(), within(1e-9));
        assertThat(meters.get("docroute.cache.entries").tags("tier", "database").gauge().value()).isEqualTo(10);
    }

    @Test
    void aRevisionWithOneChangedBlockAndTwoCosmeticEditsMakesExactlyOneCall() throws IOException {
        String original = document();
        process("prd.md", original);
        long before = peer().stats().total();
        String revised = original
                // cosmetic: table padding and a full-width colon
                .replace("| page | 整数 | 是 | 页码，从 1 开始，超出总页数时返回空列表 |",
                        "|   page   |  整数 |  是  |  页码，从 1 开始，超出总页数时返回空列表   |")
                .replace("返回：userId、username、createdAt", "返回:userId、username、createdAt")
                // a change of meaning: a required flag in 修改用户
                .replace("| email | 字符串 | 否 | 新邮箱地址 |", "| email | 字符串 | 是 | 新邮箱地址 |");
        assertThat(revised).isNotEqualTo(original);

        DocumentResult result = process("prd-v2.md", revised);

        assertThat(peer().stats().total() - before).isEqualTo(1);
        assertThat(result.stats().cacheHits()).isEqualTo(9);
        assertThat(result.interfaces().get(3).source().cache()).as("asked as a patch against its earlier answer")
                .isEqualTo("patched");
        assertThat(result.interfaces().get(3).spec().requestBody().fields()).anySatisfy(field -> {
            assertThat(field.name()).isEqualTo("email");
            assertThat(field.required()).isTrue();
        });
    }

    @Test
    void tenIdenticalBlocksAtOnceMakeOneCall() {
        long before = peer().stats().total();
        InterfaceBlock block = new InterfaceBlock(0, "商品列表", "分页查询商品。",
                List.of(new Field("page", FieldType.INTEGER, true, "页码")), List.of("productId"));
        List<CompletableFuture<Extraction>> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pending.add(producer.asyncRequestBody("direct:extract-block", block, Extraction.class));
        }

        List<Extraction> answers = pending.stream().map(CompletableFuture::join).toList();

        assertThat(peer().stats().total() - before).isEqualTo(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.spec().path()).isEqualTo("/products"));
        assertThat(answers).filteredOn(answer -> answer.cache().equals("miss")).hasSize(1);
    }

    @Test
    void anAnswerExpiresAfterItsTtlAndIsAskedForAgain() {
        InterfaceBlock block = new InterfaceBlock(0, "订单导出", "导出订单。", List.of(), List.of("Excel 文件"));
        producer.requestBody("direct:extract-block", block, Extraction.class);
        long before = peer().stats().total();
        assertThat(producer.requestBody("direct:extract-block", block, Extraction.class).cache()).isEqualTo("exact");

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        double misses = counted("docroute.cache.misses");
        Extraction afterTtl = producer.requestBody("direct:extract-block", block, Extraction.class);

        assertThat(afterTtl.cache()).isEqualTo("miss");
        assertThat(counted("docroute.cache.misses") - misses).isEqualTo(1);
        assertThat(peer().stats().total() - before).isEqualTo(1);
    }

    @Test
    void changedBlocksWithANearAnswerAreAskedAsPatchesAndTheModelSeesEveryChange() {
        List<Field> fields = List.of(new Field("page", FieldType.INTEGER, true, "页码"),
                new Field("status", FieldType.STRING, false, "角色状态：ACTIVE、DISABLED"));
        producer.requestBody("direct:extract-block",
                new InterfaceBlock(0, "角色列表", "分页查询角色。", fields, List.of("roleId")), Extraction.class);
        long before = peer().stats().total();

        Extraction reworded = producer.requestBody("direct:extract-block", new InterfaceBlock(0, "角色列表",
                "分页查询后台角色，供运营后台使用。", fields, List.of("roleId")), Extraction.class);
        Extraction nearMiss = producer.requestBody("direct:extract-block", new InterfaceBlock(0, "角色列表",
                "分页查询角色。", List.of(fields.get(0), new Field("status", FieldType.STRING, false,
                "角色状态：ACTIVE、DISABLED、LOCKED")), List.of("roleId")), Extraction.class);

        assertThat(reworded.cache()).isEqualTo("patched");
        assertThat(nearMiss.cache()).isEqualTo("patched");
        assertThat(reworded.patchedFrom()).isNotBlank();
        assertThat(nearMiss.spec().parameters()).anySatisfy(parameter ->
                assertThat(parameter.description()).contains("LOCKED"));
        assertThat(peer().stats().total() - before).as("every changed block reaches a model").isEqualTo(2);
    }
}
