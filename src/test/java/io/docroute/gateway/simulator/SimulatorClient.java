package io.docroute.gateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.io.FileSystemResource;

/** Talks to a simulated endpoint the way a provider client would, and knows the blocks and profiles tests use. */
final class SimulatorClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SpecValidator VALIDATOR =
            new SpecValidator(new FileSystemResource("config/schema/interface-spec.schema.json"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(SimulatedEndpoint endpoint, InterfaceBlock block) throws IOException,
            InterruptedException {
        return http.send(request(endpoint, body(block), null), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(SimulatedEndpoint endpoint, String body, Duration timeout) throws IOException,
            InterruptedException {
        return http.send(request(endpoint, body, timeout), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(SimulatedEndpoint endpoint, InterfaceBlock block) {
        return http.sendAsync(request(endpoint, body(block), null), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(SimulatedEndpoint endpoint, String body, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timeout != null) {
            builder.timeout(timeout);
        }
        return builder.build();
    }

    /** A chat-completions request whose last user message carries the block the way the prompt template does. */
    static String body(InterfaceBlock block) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "sim-model");
        root.put("max_tokens", 2048);
        root.putObject("response_format").put("type", "json_object");
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You turn one block into an interface spec.");
        messages.addObject().put("role", "user").put("content",
                "Extract the interface spec for this block.\n<block>\n" + blockJson(block) + "\n</block>");
        return root.toString();
    }

    static String blockJson(InterfaceBlock block) {
        ObjectNode node = JSON.createObjectNode();
        node.put("index", block.index());
        node.put("title", block.title());
        node.put("text", block.text());
        ArrayNode fields = node.putArray("fields");
        for (Field field : block.fields()) {
            fields.addObject().put("name", field.name()).put("type", field.type().wireName())
                    .put("required", field.required()).put("description", field.description());
        }
        ArrayNode returns = node.putArray("returns");
        block.returns().forEach(returns::add);
        return node.toString();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The assistant message's content of a chat.completion answer. */
    static String content(HttpResponse<String> response) {
        return json(response.body()).at("/choices/0/message/content").asText();
    }

    /** True when the content parses as JSON and passes the interface spec schema and path rules. */
    static boolean isValidSpec(String content) {
        try {
            return VALIDATOR.problems(JSON.readTree(content)).isEmpty();
        } catch (IOException notJson) {
            return false;
        }
    }

    static SimulatorProfile profile(String latency, Duration median, double sigma) {
        return new SimulatorProfile(latency, median, sigma, 0, 0, Duration.ofSeconds(1), 0, 0, 0);
    }

    static SimulatorProfile instant() {
        return profile("fixed", Duration.ZERO, 0);
    }

    static SimulatorProfile failing(double errorRate, double rateLimitRate, double hangRate, double malformedRate) {
        return new SimulatorProfile("fixed", Duration.ZERO, 0, errorRate, rateLimitRate, Duration.ofMillis(2500),
                hangRate, malformedRate, 0);
    }

    static InterfaceBlock userList() {
        return new InterfaceBlock(0, "用户列表", """
                分页查询后台用户，支持按用户名、手机号、状态筛选，结果默认按注册时间倒序排列。

                | 字段 | 类型 | 必填 | 说明 |
                | --- | --- | --- | --- |
                | page | 整数 | 是 | 页码，从 1 开始 |
                | pageSize | 整数 | 是 | 每页条数 |
                | status | 字符串 | 否 | 用户状态 |

                返回：userId、username、status、createdAt
                """,
                List.of(new Field("page", FieldType.INTEGER, true, "页码，从 1 开始"),
                        new Field("pageSize", FieldType.INTEGER, true, "每页条数"),
                        new Field("status", FieldType.STRING, false, "用户状态")),
                List.of("userId", "username", "status", "createdAt"));
    }

    static InterfaceBlock listProducts() {
        return new InterfaceBlock(3, "List products", "Lists products in the catalogue, newest first. Paged.",
                List.of(new Field("page", FieldType.INTEGER, true, "Page number"),
                        new Field("pageSize", FieldType.INTEGER, true, "Items per page"),
                        new Field("keyword", FieldType.STRING, false, "Matches the product name")),
                List.of("productId", "name", "price", "stock"));
    }

    static InterfaceBlock disableUser() {
        return new InterfaceBlock(5, "禁用用户", "将指定用户置为禁用状态。",
                List.of(new Field("userId", FieldType.INTEGER, true, "用户ID，路径参数"),
                        new Field("until", FieldType.DATE_TIME, false, "自动解除禁用的时间")),
                List.of("userId", "status", "disabledAt"));
    }
}
