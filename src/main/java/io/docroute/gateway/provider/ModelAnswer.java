package io.docroute.gateway.provider;

/** A provider's successful answer: the text and the token usage it reported. */
public record ModelAnswer(String text, int inputTokens, int outputTokens) {
}
