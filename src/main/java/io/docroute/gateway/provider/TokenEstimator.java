package io.docroute.gateway.provider;

/**
 * A rough token count, used for budgets (rate limits in tokens per minute, request sizing) before the provider
 * reports the real usage. It is an estimate, not any model's tokenizer: CJK characters (Han ideographs, kana,
 * Hangul) count about one token each, everything else about one token per four characters, rounded up.
 */
public final class TokenEstimator {

    private TokenEstimator() {
    }

    public static int estimate(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long[] counts = new long[2];
        text.codePoints().forEach(cp -> counts[isCjk(cp) ? 0 : 1]++);
        long tokens = counts[0] + (counts[1] + 3) / 4;
        return (int) Math.min(Integer.MAX_VALUE, tokens);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
