package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.Arrays;

/**
 * The ranges of one line that rules marked as secret, and what the line leaves open for the next
 * one: a value continued after a trailing backslash, or a private key block begun.
 */
final class Secrets {

    private int[] ranges = new int[8];
    private int count;
    private boolean valueContinues;
    private boolean privateKeyOpens;

    /** Marks {@code [start, end)}; an empty range marks nothing. */
    void mark(int start, int end) {
        if (end <= start) {
            return;
        }
        if (count * 2 == ranges.length) {
            ranges = Arrays.copyOf(ranges, ranges.length * 2);
        }
        ranges[count * 2] = start;
        ranges[count * 2 + 1] = end;
        count++;
    }

    /** The secret value runs on to the next line (a backslash continuation). */
    void valueContinues() {
        valueContinues = true;
    }

    /** A private key block begins on this line and does not end on it. */
    void privateKeyOpens() {
        privateKeyOpens = true;
    }

    boolean continues() {
        return valueContinues;
    }

    boolean opensPrivateKey() {
        return privateKeyOpens;
    }

    /** {@code line} with each marked range, overlapping ones merged, replaced by {@link Redactor#MASK}. */
    String applyTo(String line) {
        return applyTo(line, 0, line.length());
    }

    /**
     * Characters {@code [from, to)} of {@code line}, each marked range in them (or reaching into
     * them from outside) replaced by {@link Redactor#MASK}.
     */
    String applyTo(String line, int from, int to) {
        if (count == 0) {
            return line.substring(from, to);
        }
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = ((long) ranges[i * 2] << 32) | ranges[i * 2 + 1];
        }
        Arrays.sort(sorted);
        StringBuilder out = new StringBuilder(to - from);
        int last = from;
        int i = 0;
        while (i < count) {
            int start = (int) (sorted[i] >>> 32);
            int end = (int) sorted[i];
            for (i++; i < count && (int) (sorted[i] >>> 32) <= end; i++) {
                end = Math.max(end, (int) sorted[i]);
            }
            if (end <= from || start >= to) {
                continue;
            }
            out.append(line, last, Math.max(last, start)).append(Redactor.MASK);
            last = Math.min(to, Math.max(last, end));
        }
        return out.append(line, last, to).toString();
    }
}
