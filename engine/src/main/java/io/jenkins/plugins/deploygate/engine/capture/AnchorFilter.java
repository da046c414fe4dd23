package io.jenkins.plugins.deploygate.engine.capture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides on raw bytes whether a line contains one of a few literal anchors, without decoding it.
 * Each anchor is indexed by its rarest byte pair (upper case, digits and punctuation are rare in
 * ordinary log text, lower case and spaces are not); a line is scanned once, looking each adjacent
 * byte pair up in a 64 Ki-bit table, and only a hit in that table compares the anchor itself.
 */
final class AnchorFilter {

    private final long[] bigrams = new long[1024];
    private final Candidate[][] byBigram = new Candidate[65536][];
    private final boolean matchAll;

    private record Candidate(byte[] anchor, int offset) {}

    AnchorFilter(List<String> anchors) {
        boolean all = anchors == null;
        if (!all) {
            List<List<Candidate>> lists = new ArrayList<>();
            for (int i = 0; i < 65536; i++) {
                lists.add(null);
            }
            for (String anchor : anchors) {
                byte[] bytes = anchor.getBytes(StandardCharsets.UTF_8);
                if (bytes.length < 2) {
                    all = true;
                    break;
                }
                int offset = rarestPair(bytes);
                int key = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
                bigrams[key >>> 6] |= 1L << key;
                if (lists.get(key) == null) {
                    lists.set(key, new ArrayList<>());
                }
                lists.get(key).add(new Candidate(bytes, offset));
            }
            for (int key = 0; key < 65536; key++) {
                if (lists.get(key) != null) {
                    byBigram[key] = lists.get(key).toArray(new Candidate[0]);
                }
            }
        }
        matchAll = all;
        // Every pair ending in a line feed is in the table too, so that one lookup per byte finds
        // both line ends and anchor candidates (see ScanSession#write).
        for (int previous = 0; previous < 256; previous++) {
            int key = (previous << 8) | '\n';
            bigrams[key >>> 6] |= 1L << key;
        }
    }

    /** The pair table: bit {@code (previous << 8) | current} is set for anchor pairs and line ends. */
    long[] table() {
        return bigrams;
    }

    boolean matchesAll() {
        return matchAll;
    }

    /** Whether bytes {@code [from, to)} contain an anchor. */
    boolean matches(byte[] bytes, int from, int to) {
        if (matchAll) {
            return true;
        }
        int previous = 0;
        for (int i = from; i < to; i++) {
            int key = (previous << 8) | (bytes[i] & 0xFF);
            previous = bytes[i] & 0xFF;
            if ((bigrams[key >>> 6] & (1L << key)) != 0
                    && i > from
                    && byBigram[key] != null
                    && verify(key, bytes, i - 1, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an anchor indexed by pair {@code key} occurs with that pair at {@code pairAt}, inside {@code [from, to)}. */
    boolean verify(int key, byte[] bytes, int pairAt, int from, int to) {
        Candidate[] candidates = byBigram[key];
        if (candidates == null) {
            return false;
        }
        for (Candidate candidate : candidates) {
            int start = pairAt - candidate.offset();
            byte[] anchor = candidate.anchor();
            if (start < from || start + anchor.length > to) {
                continue;
            }
            int k = 0;
            while (k < anchor.length && bytes[start + k] == anchor[k]) {
                k++;
            }
            if (k == anchor.length) {
                return true;
            }
        }
        return false;
    }

    private static int rarestPair(byte[] anchor) {
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < anchor.length; i++) {
            int score =
                    commonness(anchor[i]) + commonness(anchor[i + 1]) + (commonPair(anchor[i], anchor[i + 1]) ? 3 : 0);
            if (score < bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Frequent English letter pairs, in either case: "ex" (exists, index) is common, "xc" is not. */
    private static final java.util.Set<String> COMMON_PAIRS = java.util.Set.of(
            "ex", "mp", "co", "ch", "in", "er", "re", "es", "on", "an", "th", "en", "at", "ed", "te", "ti", "or", "st",
            "ar", "nd", "to", "nt", "is", "of", "it", "al", "as", "ha", "ng", "se", "io", "ra", "ca", "ma", "sq", "ge");

    private static boolean commonPair(byte first, byte second) {
        String pair = new String(new byte[] {first, second}, StandardCharsets.ISO_8859_1);
        return COMMON_PAIRS.contains(pair.toLowerCase(java.util.Locale.ROOT));
    }

    /** A rough rank of how often a byte occurs in console logs (timestamps make digits common). */
    private static int commonness(byte b) {
        if (b == ' ') {
            return 4;
        }
        if (b >= 'a' && b <= 'z') {
            if ("qxzjkv".indexOf(b) >= 0) {
                return 0;
            }
            return "etaoinsrlhcdu".indexOf(b) >= 0 ? 3 : 2;
        }
        if (b >= 'A' && b <= 'Z') {
            return "EIOTNSARC".indexOf(b) >= 0 ? 2 : 1;
        }
        if (b >= '0' && b <= '9') {
            return 3;
        }
        return b == '-' || b == ':' || b == '.' || b == '/' ? 2 : 1;
    }
}
