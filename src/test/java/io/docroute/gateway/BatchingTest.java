package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Small blocks arriving together share one request, and every block still gets its own answer. */
class BatchingTest {

    static final Map<String, String> PATHS = Map.of(
            "用户列表", "GET /users", "订单列表", "GET /orders", "商品列表", "GET /products",
            "新增用户", "POST /users", "删除订单", "DELETE /orders/{orderId}", "库存导出", "GET /stocks/export");

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.batching.enabled=true",
            "docroute.batching.window=200ms",
            "docroute.models[0].id=packer",
            "docroute.models[0].kind=simulator",
            "docroute.models[0].model=p",
            "docroute.models[0].simulator.latency-median=50ms");

    @Test
    void smallBlocksArrivingTogetherShareOneRequestAndEachGetsItsOwnSpec() {
        List<InterfaceBlock> blocks = new ArrayList<>();
        PATHS.keySet().forEach(title -> blocks.add(new InterfaceBlock(blocks.size(), title, title + "。", List.of(),
                List.of())));
        List<CompletableFuture<Extraction>> pending = new ArrayList<>();
        for (InterfaceBlock block : blocks) {
            pending.add(gateway.askAsync(block));
        }

        for (int i = 0; i < blocks.size(); i++) {
            Extraction answer = pending.get(i).join();
            assertThat(answer.spec().method() + " " + answer.spec().path()).isEqualTo(PATHS.get(blocks.get(i).title()));
            assertThat(answer.degraded()).isFalse();
            assertThat(answer.endpoint()).isEqualTo("packer");
        }
        assertThat(gateway.simulators().get("packer").orElseThrow().stats().total()).isLessThan(blocks.size());
    }
}
