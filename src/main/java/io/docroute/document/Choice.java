package io.docroute.document;

/**
 * Why a section of a document was or was not taken as an interface block.
 *
 * @param section the section's title (or a requirement item's)
 * @param block   the index of the block it became, or -1 when it is not a block
 * @param reason  in words, e.g. "states POST /api/login" or "its title names context, not an interface"
 */
public record Choice(String section, int block, String reason) {
}
