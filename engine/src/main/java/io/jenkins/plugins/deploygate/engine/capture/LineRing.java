package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines read, as raw bytes, so that a finding can take the lines before it as context.
 * Lines are decoded and redacted only when a finding asks for them. Fixed capacity: memory does
 * not grow with the log.
 *
 * <p>Adding a line is on the scan's hot path, so it only records where the line is in the
 * caller's buffer; {@link #detach} copies the lines still held before the caller reuses that
 * buffer (a few dozen lines per buffer, rather than every line).
 */
final class LineRing {

    private final int capacity;
    private final byte[][] owned;
    private final int[] offsets;
    private final int[] lengths;
    private final String[] displays;
    private final long[] displayLines;
    private byte[] borrowed;
    private long firstBorrowed = Long.MAX_VALUE;
    private long last;
    private int cursor;

    LineRing(int capacity) {
        this.capacity = capacity;
        owned = new byte[capacity][];
        offsets = new int[capacity];
        lengths = new int[capacity];
        displays = new String[capacity];
        displayLines = new long[capacity];
        // Line numbers start at 1 and are consecutive, so line n is in slot n % capacity.
        cursor = 1 % capacity;
    }

    /** Keeps the next line, {@code [from, from + length)} of {@code source}, until {@link #detach}. */
    void add(byte[] source, int from, int length) {
        int slot = cursor;
        cursor = slot + 1 == capacity ? 0 : slot + 1;
        last++;
        if (source != borrowed || firstBorrowed == Long.MAX_VALUE) {
            detach();
            borrowed = source;
            firstBorrowed = last;
        }
        offsets[slot] = from;
        lengths[slot] = length;
    }

    /** Remembers the decoded display text of the line just added. */
    void setDisplay(String display) {
        int slot = (int) (last % capacity);
        displays[slot] = display;
        displayLines[slot] = last;
    }

    /** Copies the lines that still refer to a caller's buffer into the ring's own storage. */
    void detach() {
        if (firstBorrowed == Long.MAX_VALUE) {
            return;
        }
        for (long n = Math.max(firstBorrowed, last - capacity + 1); n <= last; n++) {
            int slot = (int) (n % capacity);
            int length = lengths[slot];
            byte[] target = owned[slot];
            if (target == null || target.length < length) {
                target = new byte[Math.max(length, 128)];
                owned[slot] = target;
            }
            System.arraycopy(borrowed, offsets[slot], target, 0, length);
            offsets[slot] = 0;
        }
        borrowed = null;
        firstBorrowed = Long.MAX_VALUE;
    }

    /** The display text of line {@code number}, or null when it is no longer (or not yet) held. */
    String display(long number) {
        if (number < 1 || number > last || number <= last - capacity) {
            return null;
        }
        int slot = (int) (number % capacity);
        if (displayLines[slot] != number || displays[slot] == null) {
            byte[] source = number >= firstBorrowed ? borrowed : owned[slot];
            displays[slot] = decode(source, offsets[slot], lengths[slot]);
            displayLines[slot] = number;
        }
        return displays[slot];
    }

    /** The display texts of lines {@code [from, to]} still held, in order. */
    List<String> displays(long from, long to) {
        List<String> lines = new ArrayList<>();
        for (long n = Math.max(1, from); n <= to; n++) {
            String text = display(n);
            if (text != null) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** Decodes (malformed UTF-8 becomes U+FFFD), strips escapes and redacts: the only way log text enters a result. */
    static String decode(byte[] source, int from, int length) {
        String display = LineText.display(new String(source, from, length, StandardCharsets.UTF_8));
        try {
            return Redactor.redact(display);
        } catch (StackOverflowError e) {
            // Never show a line that could not be redacted.
            return UNREDACTABLE;
        }
    }

    static final String UNREDACTABLE = "[line not shown: it could not be checked for secrets]";
}
