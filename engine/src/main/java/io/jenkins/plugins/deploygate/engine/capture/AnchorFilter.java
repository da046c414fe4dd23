package io.jenkins.plugins.deploygate.engine.capture;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides on raw bytes whether a line contains one of a few literal anchors, without decoding it.
 *
 * <p>Each anchor is represented by {@code step} of its four-byte grams, one per residue of its
 * offsets modulo {@code step} (the rarest of each residue), set in a table, hashed to 16 bits.
 * Text probed at every {@code step}-th position then meets every anchor it holds: wherever an
 * anchor starts, the probes fall on the offsets of one residue, all of them, so on that residue's
 * gram. An ordinary position costs one table lookup; only a table hit compares an anchor itself.
 * Four-byte grams rather than byte pairs, because the lower-case anchors' pairs ("in", "er") are
 * in all text, their four-byte runs are not.
 *
 * <p>Grams are read little-endian, as {@link ScanSession} reads them out of the words it scans
 * for line ends, with their digits read as {@code 0} ({@link #digitsAsZero}). An anchor may hold
 * {@link #ANY_DIGIT}, which matches any digit: Oracle's codes are one anchor, {@code ORA-###},
 * whose grams no date or time matches.
 */
final class AnchorFilter {

    /** The line holds none of the anchors. */
    static final int NONE = 0;

    /** The line holds an anchor of a detector: it is decoded and analysed. */
    static final int CANDIDATE = 1;

    /** The line holds only a progress anchor ({@link io.jenkins.plugins.deploygate.engine.capture.detect.Anchors#PROGRESS}). */
    static final int PROGRESS = 2;

    /** The step {@link ScanSession} probes with when it reads a log a word at a time: two probes per word. */
    static final int WORD_STEP = 4;

    /** In an anchor, a byte that matches any digit. */
    static final char ANY_DIGIT = '#';

    private static final int GRAM = 4;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Four-byte runs of every console log, digits read as {@code 0}: timestamps, Maven's levels,
     * indentation, the words of tools' progress lines. An anchor's core avoids them, and no other
     * gram of an anchor may share a table key with one of them (see {@link #multiplierAvoiding}),
     * or every line would hit.
     */
    private static final List<String> EVERYWHERE = List.of(
            "0000", "000-", "00-0", "0-00", "-00-", "-00T", "00T0", "0T00", "T00:", "00:0", "0:00", ":00:", ":00.",
            "00.0", "0.00", ".000", "000Z", "00Z]", "0Z] ", "Z] [", "[000", "    ", "   [", "[INF", "INFO", "NFO]",
            "FO] ", "O] -", "[WAR", "WARN", "ARNI", "RNIN", "NING", "ING]", "[ERR", "ERRO", "RROR", "ROR]", "OR] ",
            "tion", "atio", "ing ", " the", "the ", "and ", " and", "ment", "ions", "migr", "igra", "grat", "rati",
            "ully", "full", "ssfu", "cces", "ucce", "succ", "exec", "xecu", "ecut", "cuti", "utio", "on t", "n ti",
            " tim", "time", "ime ", "sche", "chem", "hema", "ema ", "vers", "ersi", "rsio", "sion", "ion ", "ver ",
            "/org", "org/", ".jar", ".pom", "http", "ttps", "tps:", "ps:/", "s://", "://r", "repo", ".sql", "sql:",
            "able", "tabl", "ABLE", "TABL", "ALTE", "LTER", "TER ", " TAB", "with", "ith ", " wit", "not ", " not",
            " now", "now ", "flyw", "lywa", "yway", "liqu", "iqui", "quib", "uiba", "ibas", "base", " Liq", "chan",
            "hang", "ange", "nges", "eset", "set:", "plug", "lugi", "ugin", "gin:", "stat", "tate", "erro", "rror",
            "ror ", "ror:", "fail", "aile", "iled", "led ", "ted ", " fai", "ses\n");

    /** Multipliers tried in order for the gram hash; the first under which no anchor meets {@link #EVERYWHERE} is kept. */
    private static final int[] MULTIPLIERS = {0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0x61C88647};

    /**
     * Anchors are cut to this many bytes: a prefix of a literal every match holds is one too, and
     * a long line's reader needs a bound on how far an anchor reaches ({@link LineWindows}).
     */
    static final int MAX_ANCHOR_BYTES = 64;

    private final long[] grams = new long[1024];
    private final Candidate[][] byGram = new Candidate[65536][];
    private final boolean matchAll;
    private final int step;
    private final int multiplier;
    /**
     * The largest offset in its anchor of a gram in the table: how far past an anchor's start the
     * probe that meets it can be.
     */
    private int maxGramOffset;

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
        // An anchor shorter than a gram (a DBA's pattern with a three-letter literal) cannot be probed for.
        matchAll = all || shortest < GRAM || encoded.isEmpty();
        step = matchAll ? 1 : Math.min(WORD_STEP, shortest - GRAM + 1);
        multiplier = matchAll ? MULTIPLIERS[0] : index(encoded, kinds);
    }

    /** A filter of detector anchors alone. */
    AnchorFilter(List<String> anchors) {
        this(anchors, List.of());
    }

    private static int add(String anchor, int kind, List<byte[]> encoded, List<Integer> kinds) {
        byte[] whole = anchor.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = whole.length <= MAX_ANCHOR_BYTES ? whole : Arrays.copyOf(whole, MAX_ANCHOR_BYTES);
        encoded.add(bytes);
        kinds.add(kind);
        return bytes.length;
    }

    /** Sets the anchors' grams in the table; returns the hash multiplier it chose for them. */
    private int index(List<byte[]> anchors, List<Integer> kinds) {
        int[][] offsets = new int[anchors.size()][];
        List<Integer> anchorGrams = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            byte[] digits = asDigits(anchors.get(a));
            offsets[a] = rarestOffsets(digits);
            for (int offset : offsets[a]) {
                anchorGrams.add(digitsAsZero(gramAt(digits, offset)));
            }
        }
        int chosen = multiplierAvoiding(anchorGrams);
        List<List<Candidate>> lists = new ArrayList<>(65536);
        for (int i = 0; i < 65536; i++) {
            lists.add(null);
        }
        for (int a = 0; a < anchors.size(); a++) {
            byte[] anchor = anchors.get(a);
            for (int offset : offsets[a]) {
                int key = (digitsAsZero(gramAt(asDigits(anchor), offset)) * chosen) >>> 16;
                maxGramOffset = Math.max(maxGramOffset, offset);
                grams[key >>> 6] |= 1L << key;
                if (lists.get(key) == null) {
                    lists.set(key, new ArrayList<>());
                }
                lists.get(key).add(new Candidate(anchor, offset, kinds.get(a)));
            }
        }
        for (int key = 0; key < 65536; key++) {
            if (lists.get(key) != null) {
                byGram[key] = lists.get(key).toArray(new Candidate[0]);
            }
        }
        return chosen;
    }

    boolean matchesAll() {
        return matchAll;
    }

    /** Whether {@link ScanSession} may probe a log a word at a time: every anchor long enough for {@link #WORD_STEP}. */
    boolean probesWords() {
        return !matchAll && step == WORD_STEP;
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
        int found = NONE;
        for (int i = from; i + GRAM <= to; i += step) {
            if (step == WORD_STEP) {
                i = nextInTable(bytes, i, to);
                if (i + GRAM > to) {
                    break;
                }
            }
            found |= probe(bytes, i, digitsAsZero(gramAt(bytes, i)), from, to);
            if ((found & CANDIDATE) != 0) {
                return CANDIDATE;
            }
        }
        return found;
    }

    /**
     * The anchors whose gram is at position {@code at} of {@code bytes}, given that gram (read by
     * the caller, who may have it in a word already, its digits as {@code 0}): what the anchors
     * found are, {@link #NONE} when none. An anchor must lie in {@code [from, to)}.
     */
    int probe(byte[] bytes, int at, int gram, int from, int to) {
        int key = gramKey(gram);
        if ((grams[key >>> 6] & (1L << key)) == 0) {
            return NONE;
        }
        return verify(byGram[key], bytes, at, from, to);
    }

    /**
     * The leftmost detector anchor that lies in {@code [from, to)}: its start and end, packed (read
     * them with {@link #start} and {@link #end}); {@code -1} when there is none. Of anchors that
     * start at the same byte, the longest. The probes meet an anchor at most {@link #maxGramOffset}
     * bytes past its start, so once one is found, probing that far beyond it finds any that starts
     * before it.
     */
    long nextAnchor(byte[] bytes, int from, int to) {
        int start = -1;
        int end = -1;
        int i = from;
        while (i + GRAM <= to && (start < 0 || i <= start + maxGramOffset)) {
            if (start < 0 && step == WORD_STEP) {
                i = nextInTable(bytes, i, to);
                if (i + GRAM > to) {
                    break;
                }
            }
            int key = gramKey(digitsAsZero(gramAt(bytes, i)));
            if ((grams[key >>> 6] & (1L << key)) != 0) {
                for (Candidate candidate : byGram[key]) {
                    int at = i - candidate.offset();
                    int after = at + candidate.anchor().length;
                    if (candidate.kind() == CANDIDATE
                            && (start < 0 || at < start || (at == start && after > end))
                            && isAt(candidate.anchor(), bytes, at, from, to)) {
                        start = at;
                        end = after;
                    }
                }
            }
            i += step;
        }
        return start < 0 ? -1 : (long) start << 32 | end;
    }

    /**
     * The first probe from {@code at} on, every {@link #WORD_STEP} bytes, whose gram is in the
     * table; where fewer than two probes are left to read a word for, when none is. Eight bytes at
     * a time, as {@link ScanSession} reads: the stretch of a long line between its anchors costs
     * what an ordinary line does.
     */
    private int nextInTable(byte[] bytes, int at, int to) {
        int i = at;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = digitsAsZero((long) LONGS.get(bytes, i));
            if (inTable((int) word)) {
                return i;
            }
            if (inTable((int) (word >>> 32))) {
                return i + GRAM;
            }
        }
        return i;
    }

    private boolean inTable(int gram) {
        int key = gramKey(gram);
        return (grams[key >>> 6] & (1L << key)) != 0;
    }

    /** Where the anchor {@link #nextAnchor} found starts. */
    static int start(long anchor) {
        return (int) (anchor >>> 32);
    }

    /** Where the anchor {@link #nextAnchor} found ends. */
    static int end(long anchor) {
        return (int) anchor;
    }

    private static int verify(Candidate[] candidates, byte[] bytes, int keyAt, int from, int to) {
        int found = NONE;
        for (Candidate candidate : candidates) {
            if (isAt(candidate.anchor(), bytes, keyAt - candidate.offset(), from, to)) {
                found |= candidate.kind();
            }
        }
        return found;
    }

    /** Whether {@code anchor} is at {@code start} of {@code bytes}, within {@code [from, to)}. */
    private static boolean isAt(byte[] anchor, byte[] bytes, int start, int from, int to) {
        if (start < from || start + anchor.length > to) {
            return false;
        }
        int k = 0;
        while (k < anchor.length && matches(anchor[k], bytes[start + k])) {
            k++;
        }
        return k == anchor.length;
    }

    private static boolean matches(byte expected, byte actual) {
        return expected == actual || (expected == ANY_DIGIT && actual >= '0' && actual <= '9');
    }

    /** The anchor with {@link #ANY_DIGIT} read as the digit {@code 0}, for its grams. */
    private static byte[] asDigits(byte[] anchor) {
        byte[] digits = anchor.clone();
        for (int i = 0; i < digits.length; i++) {
            if (digits[i] == ANY_DIGIT) {
                digits[i] = '0';
            }
        }
        return digits;
    }

    /**
     * {@code word} with each byte that is a digit replaced by {@code 0}: for each byte, {@code b ^
     * 0x30} is below 10 exactly for a digit, which adding {@code 0x76} tells by the high bit, with
     * no carry into the next byte.
     */
    static long digitsAsZero(long word) {
        long offset = word ^ 0x3030303030303030L;
        long nonDigits = (((offset & 0x7F7F7F7F7F7F7F7FL) + 0x7676767676767676L) | offset) & 0x8080808080808080L;
        long bytes = ((~nonDigits & 0x8080808080808080L) >>> 7) * 0xFF;
        return (word & ~bytes) | (0x3030303030303030L & bytes);
    }

    static int digitsAsZero(int gram) {
        return (int) digitsAsZero(gram & 0xFFFFFFFFL);
    }

    /** The four bytes at {@code at} as the little-endian {@code int} a word of them holds. */
    static int gramAt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF)
                | (bytes[at + 1] & 0xFF) << 8
                | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    private int gramKey(int gram) {
        return (gram * multiplier) >>> 16;
    }

    /** The first multiplier under which no gram of {@code anchorGrams} has the key of a gram of {@link #EVERYWHERE}. */
    private static int multiplierAvoiding(List<Integer> anchorGrams) {
        Set<Integer> anchors = Set.copyOf(anchorGrams);
        for (int candidate : MULTIPLIERS) {
            Set<Integer> keys = new HashSet<>();
            for (int gram : anchorGrams) {
                keys.add((gram * candidate) >>> 16);
            }
            boolean clear = true;
            for (String common : EVERYWHERE) {
                int gram = gramAt(common.getBytes(StandardCharsets.ISO_8859_1), 0);
                clear &= anchors.contains(gram) || !keys.contains((gram * candidate) >>> 16);
            }
            if (clear) {
                return candidate;
            }
        }
        return MULTIPLIERS[0];
    }

    /** For each residue modulo {@code step}, the offset of the anchor's rarest gram of that residue. */
    private int[] rarestOffsets(byte[] anchor) {
        int[] offsets = new int[step];
        for (int residue = 0; residue < step; residue++) {
            int best = residue;
            for (int offset = residue; offset + GRAM <= anchor.length; offset += step) {
                if (gramScore(anchor, offset) < gramScore(anchor, best)) {
                    best = offset;
                }
            }
            offsets[residue] = best;
        }
        return offsets;
    }

    /**
     * How common the four bytes at {@code at} are in console text: a run of one word's lower-case
     * letters ("tion", "ully") is commonest, digits (all read as 0) next; upper case, punctuation
     * and a space inside the run make it rarer; a run of {@link #EVERYWHERE} is never chosen when
     * another can be.
     */
    private static int gramScore(byte[] anchor, int at) {
        int score = 0;
        int lower = 0;
        for (int i = at; i < at + GRAM; i++) {
            byte b = anchor[i];
            if (b >= 'a' && b <= 'z') {
                lower++;
                score += "qxzjkv".indexOf(b) >= 0 ? 0 : "etaoinsrlhcdu".indexOf(b) >= 0 ? 3 : 2;
            } else if (b >= '0' && b <= '9') {
                score += 3;
            } else if (b == ' ') {
                score += 2;
            }
        }
        String gram = new String(anchor, at, GRAM, StandardCharsets.ISO_8859_1);
        boolean everywhere = EVERYWHERE.contains(gram) || EVERYWHERE.contains(gram.toLowerCase(Locale.ROOT));
        return score + (lower == GRAM ? 6 : 0) + (everywhere ? 20 : 0);
    }
}
