package io.docroute.gateway.provider;

/**
 * What is asked of a model for one block.
 *
 * @param system          the system prompt
 * @param user            the rendered user prompt (it carries the block as JSON between {@code <block>} tags)
 * @param model           the provider's model name
 * @param maxOutputTokens answer length cap
 * @param jsonMode        ask the provider for a JSON object answer where it supports that
 */
public record ModelRequest(String system, String user, String model, int maxOutputTokens, boolean jsonMode) {
}
