package io.jenkins.plugins.deploygate.engine.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?": how far a word is from the ones expected, counted in edits (insert, delete,
 * replace a character, or swap two neighbours: the common typing slips).
 */
public final class NearMiss {

    /** Words longer than this are not compared: no key is that long, and the cost is quadratic. */
    private static final int LONGEST_WORD = 64;

    private NearMiss() {}

    /**
     * The candidate closest to {@code word}, ignoring case, when it is at most {@code maxEdits}
     * edits away (ties go to the earlier candidate).
     */
    public static Optional<String> closest(String word, Collection<String> candidates, int maxEdits) {
        if (word.length() > LONGEST_WORD) {
            return Optional.empty();
        }
        String wanted = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = maxEdits + 1;
        for (String candidate : candidates) {
            int edits = edits(wanted, candidate.toLowerCase(Locale.ROOT));
            if (edits < bestEdits) {
                best = candidate;
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code a} and {@code b} are at most one edit apart; linear in their length. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int differA = endA - start;
        int differB = endB - start;
        if (differA <= 1 && differB <= 1) {
            return true; // equal, one replaced, or one inserted
        }
        return differA == 2
                && differB == 2
                && a.charAt(start) == b.charAt(start + 1)
                && a.charAt(start + 1) == b.charAt(start);
    }

    /** The optimal string alignment distance of {@code a} and {@code b}. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int replace = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + replace);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
