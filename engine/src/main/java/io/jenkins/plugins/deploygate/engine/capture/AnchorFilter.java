package io.jenkins.plugins.deploygate.engine.capture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides on raw bytes whether a line contains one of a few literal anchors, without decoding it.
 *
 * <p>Each anchor is represented by a "core": its rarest run of {@code step + 1} bytes (upper case,
 * digits and punctuation are rare in ordinary log text, lower case, spaces and common letter pairs
 * are not). All {@code step} byte pairs of every core are set in a 64 Ki-bit table. A line is then
 * probed at every {@code step}-th position only: any occurrence of a core has one of its pairs at
 * such a position, so no anchor is missed, and an ordinary line costs a third of its length in
 * table lookups. Only a table hit compares an anchor itself.
 */
final class AnchorFilter {

    /** Frequent English letter pairs, in either case: "ex" (exists, index) is common, "xc" is not. */
    private static final Set<String> COMMON_PAIRS = Set.of(
            "ex", "mp", "co", "ch", "in", "er", "re", "es", "on", "an", "th", "en", "at", "ed", "te", "ti", "or", "st",
            "ar", "nd", "to", "nt", "is", "of", "it", "al", "as", "ha", "ng", "se", "io", "ra", "ca", "ma", "la", "il",
            "ce", "no", "ow", "ac", "ep", "ig", "gr", "ge", "sq", "ql", "ps", "db", "fa", "ai", "ri", "g ", " f", ": ",
            "n ", " a", " e", "d ", "s ", "e ", " t", " s", "t ");

    /** Probing every fourth byte needs every anchor to be five bytes or more. */
    private static final int MAX_STEP = 4;

    private final long[] pairs = new long[1024];
    private final Candidate[][] byPair = new Candidate[65536][];
    private final boolean matchAll;
    private final int step;

    /** The line holds none of the anchors. */
    static final int NONE = 0;

    /** The line holds an anchor of a detector: it is decoded and analysed. */
    static final int CANDIDATE = 1;

    /** The line holds only a progress anchor ({@link io.jenkins.plugins.deploygate.engine.capture.detect.Anchors#PROGRESS}). */
    static final int PROGRESS = 2;

    private record Candidate(byte[] anchor, int offset, int kind) {}

    /**
     * @param anchors the detectors' anchors, or null when every line must be analysed
     * @param progress the anchors of progress lines, which are kept but not analysed
     */
    AnchorFilter(List<String> anchors, List<String> progress) {
        List<byte[]> encoded = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        boolean all = anchors == null;
        int shortest = Integer.MAX_VALUE;
        if (!all) {
            for (String anchor : anchors) {
                shortest = Math.min(shortest, add(anchor, CANDIDATE, encoded, kinds));
            }
            for (String anchor : progress) {
                shortest = Math.min(shortest, add(anchor, PROGRESS, encoded, kinds));
            }
        }
        matchAll = all || shortest < 2 || encoded.isEmpty();
        step = matchAll ? 1 : Math.max(1, Math.min(MAX_STEP, shortest - 1));
        if (!matchAll) {
            index(encoded, kinds);
        }
    }

    /** A filter of detector anchors alone. */
    AnchorFilter(List<String> anchors) {
        this(anchors, List.of());
    }

    private static int add(String anchor, int kind, List<byte[]> encoded, List<Integer> kinds) {
        byte[] bytes = anchor.getBytes(StandardCharsets.UTF_8);
        encoded.add(bytes);
        kinds.add(kind);
        return bytes.length;
    }

    private void index(List<byte[]> anchors, List<Integer> kinds) {
        List<List<Candidate>> lists = new ArrayList<>(65536);
        for (int i = 0; i < 65536; i++) {
            lists.add(null);
        }
        for (int a = 0; a < anchors.size(); a++) {
            byte[] anchor = anchors.get(a);
            int core = rarestCore(anchor);
            for (int offset = core; offset < core + step; offset++) {
                int key = key(anchor[offset], anchor[offset + 1]);
                pairs[key >>> 6] |= 1L << key;
                if (lists.get(key) == null) {
                    lists.set(key, new ArrayList<>());
                }
                lists.get(key).add(new Candidate(anchor, offset, kinds.get(a)));
            }
        }
        for (int key = 0; key < 65536; key++) {
            if (lists.get(key) != null) {
                byPair[key] = lists.get(key).toArray(new Candidate[0]);
            }
        }
    }

    boolean matchesAll() {
        return matchAll;
    }

    /** Whether bytes {@code [from, to)} contain a detector's anchor. */
    boolean matches(byte[] bytes, int from, int to) {
        return classify(bytes, from, to) == CANDIDATE;
    }

    /** What bytes {@code [from, to)} hold: {@link #CANDIDATE}, else {@link #PROGRESS} or {@link #NONE}. */
    int classify(byte[] bytes, int from, int to) {
        if (matchAll) {
            return CANDIDATE;
        }
        long[] table = pairs;
        int found = NONE;
        int last = to - 1;
        for (int i = from; i < last; i += step) {
            int key = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
            if ((table[key >>> 6] & (1L << key)) != 0) {
                found |= verify(key, bytes, i, from, to);
                if ((found & CANDIDATE) != 0) {
                    return CANDIDATE;
                }
            }
        }
        return found;
    }

    private int verify(int key, byte[] bytes, int pairAt, int from, int to) {
        int found = NONE;
        for (Candidate candidate : byPair[key]) {
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
                found |= candidate.kind();
            }
        }
        return found;
    }

    /** The start of the run of {@code step + 1} bytes whose pairs are rarest together. */
    private int rarestCore(byte[] anchor) {
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int start = 0; start + step < anchor.length; start++) {
            int score = 0;
            for (int i = start; i < start + step; i++) {
                score += pairScore(anchor[i], anchor[i + 1]);
            }
            if (score < bestScore) {
                best = start;
                bestScore = score;
            }
        }
        return best;
    }

    private static int key(byte first, byte second) {
        return ((first & 0xFF) << 8) | (second & 0xFF);
    }

    private static int pairScore(byte first, byte second) {
        String pair = new String(new byte[] {first, second}, StandardCharsets.ISO_8859_1);
        int common = COMMON_PAIRS.contains(pair.toLowerCase(Locale.ROOT)) ? 3 : 0;
        return commonness(first) + commonness(second) + common;
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
