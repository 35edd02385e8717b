package io.docroute.jmh;

import io.docroute.cache.BlockKeys;
import io.docroute.document.Document;
import io.docroute.document.DocumentParser;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.ParsingProperties;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.LocalExtractor;
import io.docroute.output.DocumentResult;
import io.docroute.output.ResultAssembler;
import io.docroute.pipeline.DocumentMetrics;
import io.docroute.pipeline.DocumentRun;
import io.docroute.pipeline.RunTracker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The per-document hot paths that run even when every answer comes from the cache: normalising and hashing a
 * block into its cache key, parsing a document into blocks, and assembling the blocks' results into a report.
 * Run with {@code ./mvnw -q -Pjmh test-compile exec:exec} (the README's "Performance" section).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotPathBenchmarks {

    private byte[] markdown;
    private byte[] fiftyInterfaces;
    private DocumentParser parser;
    private Document document;
    private BlockKeys keys;
    private InterfaceBlock block;
    private List<Extraction> answers;
    private RunTracker tracker;
    private ResultAssembler assembler;

    @Setup
    public void setUp() throws IOException {
        markdown = Files.readAllBytes(Path.of("examples/admin-console-prd.md"));
        fiftyInterfaces = apiExport(50).getBytes(StandardCharsets.UTF_8);
        parser = new DocumentParser(ParsingProperties.defaults());
        document = parser.parse("admin-console-prd.md", markdown);
        block = document.blocks().get(0);
        keys = new BlockKeys("prompt-fingerprint", "schema-hash", "default");
        LocalExtractor extractor = new LocalExtractor();
        answers = document.blocks().stream().map(b -> new Extraction(extractor.extract(b), "sim", "m", 0, false,
                "exact", 0, Extraction.Usage.saved(0.001))).toList();
        tracker = new RunTracker(new DocumentMetrics(new SimpleMeterRegistry()),
                new StaticListableBeanFactory().getBeanProvider(DocumentRun.RunListener.class));
        assembler = new ResultAssembler();
    }

    /** One block's cache key: NFKC, white space and table padding normalised, then SHA-256 with the versions. */
    @Benchmark
    public String normaliseAndHash() {
        return keys.key(block);
    }

    /** The 10-block example from Markdown bytes to interface blocks. */
    @Benchmark
    public Document parseMarkdown() {
        return parser.parse("admin-console-prd.md", markdown);
    }

    /**
     * A 50-interface API-doc export (one heading per interface, its parts as sub-headings, the method and path
     * stated, request and response tables, a JSON example) from bytes to interface blocks.
     */
    @Benchmark
    public Document parseFiftyInterfaces() {
        return parser.parse("api-export.md", fiftyInterfaces);
    }

    /** An API-doc export shaped like YApi's Markdown, with {@code count} interfaces. */
    static String apiExport(int count) {
        StringBuilder doc = new StringBuilder("# 订单中心接口文档\n\n## 目录\n\n");
        for (int i = 1; i <= count; i++) {
            doc.append("- 接口 ").append(i).append('\n');
        }
        for (int i = 1; i <= count; i++) {
            doc.append("\n## ").append(i).append(". 查询订单明细 ").append(i).append("\n\n### 基本信息\n\n")
                    .append("**Path：** /api/v1/shop").append(i).append("/orders/{orderId}/items\n\n**Method：** GET\n\n")
                    .append("### 请求参数\n\n| 参数名称 | 类型 | 是否必须 | 备注 |\n| --- | --- | --- | --- |\n")
                    .append("| orderId | integer | 是 | 订单 id |\n| page | integer | 是 | 页码 |\n")
                    .append("| size | integer | 否 | 每页条数 |\n\n### 返回数据\n\n")
                    .append("| 名称 | 类型 | 是否必须 | 备注 |\n| --- | --- | --- | --- |\n")
                    .append("| code | integer | 是 | |\n| data | object | 是 | |\n| ├─ skuId | string | 是 | SKU |\n")
                    .append("| ├─ amount | number | 是 | 金额 |\n\n```json\n{\"code\": 0, \"data\": {\"skuId\": \"A1\"}}\n```\n");
        }
        return doc.toString();
    }

    /** Ten answered blocks filed into their run and assembled into the document's report. */
    @Benchmark
    public DocumentResult aggregate() {
        DocumentRun run = tracker.start(document, "benchmark");
        for (int i = 0; i < answers.size(); i++) {
            run.extracted(i, answers.get(i));
        }
        return assembler.assemble(run);
    }
}
