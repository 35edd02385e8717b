package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real route files against a real inbox folder: what a team sees when it drops documents. */
@CamelSpringBootTest
@SpringBootTest(properties = "docroute.max-document-bytes=300000")
class FileIntakeTest {

    static final InboxFixture FIXTURE = new InboxFixture("intake");
    static final ScheduledExecutorService SLOW_WRITER = Executors.newSingleThreadScheduledExecutor();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @AfterAll
    static void stopWriter() {
        SLOW_WRITER.shutdownNow();
    }

    @Test
    void aDroppedDocumentGetsBothOutputsWithItsBlocksInOrder() throws IOException {
        FIXTURE.dropResource("src/test/resources/documents/three-blocks.md", "three-blocks.md");

        JsonNode report = FIXTURE.awaitReport("three-blocks.md");

        assertThat(report.at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(report.at("/document/format").asText()).isEqualTo("markdown");
        assertThat(report.at("/document/sha256").asText()).hasSize(64);
        List<Integer> indexes = new ArrayList<>();
        report.at("/interfaces").forEach(i -> indexes.add(i.at("/index").asInt()));
        assertThat(indexes).containsExactly(0, 1, 2);
        assertThat(report.at("/interfaces/0/source/endpoint").asText()).isEqualTo("local");
        assertThat(report.at("/interfaces/0/source/cache").asText()).isEqualTo("miss");
        assertThat(report.at("/interfaces/0/source/degraded").asBoolean()).isFalse();
        assertThat(report.at("/stats/blocks").asInt()).isEqualTo(3);
        assertThat(report.at("/stats/modelCalls").asInt()).isZero();
        assertThat(FIXTURE.outbox.resolve("three-blocks.md.openapi.yaml")).exists();
        assertThat(FIXTURE.inbox.resolve("three-blocks.md")).doesNotExist();
    }

    @Test
    void theTenBlockExampleComesOutWithTenInterfacesAndTenOpenApiOperations() throws IOException {
        FIXTURE.dropResource("examples/admin-console-prd.md", "admin-console-prd.md");

        JsonNode report = FIXTURE.awaitReport("admin-console-prd.md");

        assertThat(report.at("/status").asText()).isEqualTo("COMPLETED");
        List<String> titles = new ArrayList<>();
        report.at("/interfaces").forEach(i -> titles.add(i.at("/title").asText()));
        assertThat(titles).containsExactly("用户列表", "用户详情", "新增用户", "修改用户", "删除用户", "禁用用户",
                "订单列表", "订单导出", "销售统计", "修改库存");
        SwaggerParseResult openApi = new OpenAPIV3Parser().readContents(
                Files.readString(FIXTURE.outbox.resolve("admin-console-prd.md.openapi.yaml")), null, null);
        assertThat(openApi.getMessages()).isEmpty();
        assertThat(openApi.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        long operations = openApi.getOpenAPI().getPaths().values().stream()
                .mapToLong(path -> path.readOperations().size()).sum();
        assertThat(operations).isEqualTo(10);
    }

    @Test
    void aBlockTitledWithWordsTheVocabularyLacksIsAnsweredWithLowConfidenceNotFailed() throws IOException {
        String document = """
                # 需求
                ## 用户列表
                | 字段 | 类型 | 必填 | 说明 |
                | --- | --- | --- | --- |
                | page | 整数 | 是 | 页码 |

                ## 星舰航线
                | 字段 | 类型 | 必填 | 说明 |
                | --- | --- | --- | --- |
                | page | 整数 | 是 | 页码 |
                """;
        FIXTURE.drop("low-confidence.md", document.getBytes(StandardCharsets.UTF_8));

        JsonNode report = FIXTURE.awaitReport("low-confidence.md");

        assertThat(report.at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(report.at("/interfaces")).hasSize(2);
        assertThat(report.at("/interfaces/0/spec/confidence").isMissingNode()).isTrue();
        assertThat(report.at("/interfaces/1/spec/confidence/level").asText()).isEqualTo("low");
        assertThat(report.at("/interfaces/1/spec/method").asText()).isEqualTo("GET");
    }

    @Test
    void anEmptyFileIsRefusedWithAClearError() throws IOException {
        FIXTURE.drop("empty.md", new byte[0]);

        assertThat(FIXTURE.awaitFailure("empty.md").at("/error").asText()).contains("empty");
    }

    @Test
    void binaryGarbageNamedMarkdownIsRefusedWithAClearError() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        FIXTURE.drop("garbage.md", garbage);

        assertThat(FIXTURE.awaitFailure("garbage.md").at("/error").asText()).containsIgnoringCase("binary");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        FIXTURE.drop("huge.md", ("# big\n" + "x".repeat(400_000)).getBytes(StandardCharsets.UTF_8));

        assertThat(FIXTURE.awaitFailure("huge.md").at("/error").asText())
                .contains("over the limit").contains("docroute.max-document-bytes");
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() throws IOException {
        FIXTURE.drop("broken.json", "[{\"title\": \"用户列表\", ".getBytes(StandardCharsets.UTF_8));

        assertThat(FIXTURE.awaitFailure("broken.json").at("/error").asText()).contains("malformed").contains("line");
    }

    @Test
    void aDocxZipBombIsRefused() throws IOException {
        FIXTURE.drop("bomb.docx", zipBomb());

        assertThat(FIXTURE.awaitFailure("bomb.docx").at("/error").asText()).isNotBlank();
    }

    @Test
    void aPdfThatIsNotAPdfIsRefusedWithAClearError() throws IOException {
        FIXTURE.drop("fake.pdf", "this is not a PDF at all".getBytes(StandardCharsets.UTF_8));

        assertThat(FIXTURE.awaitFailure("fake.pdf").at("/error").asText()).containsIgnoringCase("pdf");
    }

    @Test
    void aUtf16FileWithBomIsReadCorrectly() throws IOException {
        FIXTURE.dropResource("src/test/resources/documents/utf16-bom.md", "utf16-bom.md");

        JsonNode report = FIXTURE.awaitReport("utf16-bom.md");

        assertThat(report.at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(report.at("/interfaces/0/title").asText()).matches("\\p{IsHan}+");
    }

    @Test
    void namesWithSpacesChineseCharactersAndNewlinesAreProcessedUnderSafeOutputNames() throws IOException {
        byte[] content = Files.readAllBytes(Path.of("src/test/resources/documents/three-blocks.md"));
        FIXTURE.drop("需求 文档 v2.md", content);
        FIXTURE.drop("line\nbreak.md", content);

        assertThat(FIXTURE.awaitReport("需求 文档 v2.md").at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(FIXTURE.awaitReport("line\nbreak.md").at("/document/name").asText()).isEqualTo("line\nbreak.md");
        assertThat(FIXTURE.outbox.resolve("line_break.md.openapi.yaml")).exists();
    }

    @Test
    void aSymlinkInTheInboxIsIgnored() throws IOException {
        Path outside = Files.write(FIXTURE.root.resolve("outside.md"),
                Files.readAllBytes(Path.of("src/test/resources/documents/three-blocks.md")));
        Path link = Files.createSymbolicLink(FIXTURE.inbox.resolve("linked.md"), outside);
        FIXTURE.dropResource("src/test/resources/documents/three-blocks.md", "after-link.md");

        FIXTURE.awaitReport("after-link.md");

        assertThat(link).exists();
        assertThat(FIXTURE.outbox.resolve("linked.md.json")).doesNotExist();
    }

    @Test
    void aSlowWriterUsingATemporaryNameIsNotReadEarly() throws Exception {
        Path partial = FIXTURE.inbox.resolve("slow.md.part");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/documents/three-blocks.md"));
        int half = lines.size() / 2;
        Files.write(partial, lines.subList(0, half));
        // the writer pauses far longer than the read lock's check interval before it finishes and renames
        SLOW_WRITER.schedule(() -> {
            Files.write(partial, lines.subList(half, lines.size()), java.nio.file.StandardOpenOption.APPEND);
            return Files.move(partial, FIXTURE.inbox.resolve("slow.md"));
        }, 2, TimeUnit.SECONDS).get();

        JsonNode report = FIXTURE.awaitReport("slow.md");

        assertThat(report.at("/stats/blocks").asInt()).isEqualTo(3);
        assertThat(FIXTURE.outbox.resolve("slow.md.part.json")).doesNotExist();
    }

    @Test
    void aBadDocumentDoesNotStopTheNextOne() throws IOException {
        FIXTURE.drop("bad-first.json", "{ nope".getBytes(StandardCharsets.UTF_8));
        FIXTURE.dropResource("src/test/resources/documents/three-blocks.md", "good-second.md");

        FIXTURE.awaitFailure("bad-first.json");
        assertThat(FIXTURE.awaitReport("good-second.md").at("/status").asText()).isEqualTo("COMPLETED");
    }

    /** A well-formed DOCX container whose document part inflates from a few KB to 50 MB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
