package io.docroute.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit SimHash over character 3-grams of a block's normalised text: near-identical blocks get fingerprints
 * a few bits apart, which finds the base of a patch request cheaply. It only nominates: text similarity alone
 * cannot tell a cosmetic edit from a changed field, so a model always sees the changed block.
 */
public final class SimHash {

    static final int SHINGLE = 3;

    private SimHash() {
    }

    public static long of(String text) {
        int[] weights = new int[64];
        int[] codePoints = text.codePoints().toArray();
        if (codePoints.length == 0) {
            return 0;
        }
        MessageDigest md5 = md5();
        for (int i = 0; i + SHINGLE <= Math.max(codePoints.length, SHINGLE); i++) {
            int end = Math.min(codePoints.length, i + SHINGLE);
            byte[] digest = md5.digest(new String(codePoints, i, end - i).getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int b = 0; b < 8; b++) {
                hash = (hash << 8) | (digest[b] & 0xFF);
            }
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
