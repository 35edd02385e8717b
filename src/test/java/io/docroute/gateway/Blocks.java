package io.docroute.gateway;

import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import java.util.List;

/** Blocks the gateway tests send; each is answerable by the local extractor, so simulated peers can answer it. */
public final class Blocks {

    private Blocks() {
    }

    static InterfaceBlock userList() {
        return new InterfaceBlock(0, "用户列表", "分页查询后台用户。",
                List.of(new Field("page", FieldType.INTEGER, true, "页码"),
                        new Field("status", FieldType.STRING, false, "状态")),
                List.of("userId", "username"));
    }

    public static InterfaceBlock numbered(int index) {
        return new InterfaceBlock(index, "订单列表", "第 " + index + " 块：分页查询订单。",
                List.of(new Field("page", FieldType.INTEGER, true, "页码")), List.of("orderNo", "amount"));
    }

    /** A chat-completions answer whose content is a valid spec for {@link #userList()}. */
    public static String openAiAnswer(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":80,\"total_tokens\":200}}";
    }

    static String anthropicAnswer(String content) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m\",\"content\":[{\"type\":\"text\","
                + "\"text\":" + quote(content) + "}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":120,\"output_tokens\":80}}";
    }

    public static final String VALID_SPEC = "{\"operationId\":\"listUsers\",\"method\":\"GET\",\"path\":\"/users\","
            + "\"summary\":\"用户列表\",\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"type\":\"integer\","
            + "\"required\":true},{\"name\":\"status\",\"in\":\"query\",\"type\":\"string\",\"required\":false}],"
            + "\"response\":{\"contentType\":\"application/json\",\"shape\":\"page\",\"fields\":"
            + "[{\"name\":\"userId\",\"type\":\"integer\",\"required\":true}]}}";

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
