package io.docroute.extraction;

/**
 * A validated answer bought for a near block, offered to a model as the base of a patch: the model answers an
 * RFC 6902 JSON Patch against {@code spec} for the changed block, instead of the whole spec.
 *
 * @param cacheKey the key the base answer is cached under: the reference a patched answer came from
 * @param spec     the base answer
 * @param block    the block the base answer was bought for, normalised
 */
public record PatchBase(String cacheKey, InterfaceSpec spec, String block) {
}
