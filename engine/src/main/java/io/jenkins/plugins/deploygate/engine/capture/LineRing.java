package io.jenkins.plugins.deploygate.engine.capture;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import io.jenkins.plugins.deploygate.engine.capture.redact.PrivateKeyBlock;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines read, as raw bytes, so that a finding can take the lines before it as context.
 * Lines are decoded and redacted only when a finding asks for them, once each: a line shows the
 * same text wherever it appears. Fixed capacity: memory does not grow with the log.
 *
 * <p>Redaction crosses lines in two ways, and the ring carries both: a secret value continued
 * after a trailing backslash (the line above is held one slot longer than any line is shown, so
 * its state is known), and a private key block, whose lines are recognised as they are added
 * (the block's first line holds an anchor, so the scan decodes it as it comes).
 *
 * <p>Adding a line is on the scan's hot path, so it only records where the line is in the
 * caller's buffer; {@link #detach} copies the lines still held before the caller reuses that
 * buffer (a few dozen lines per buffer, rather than every line).
 */
final class LineRing {

    /**
     * A line longer than this shows its beginning only ({@link #decoded}), and is analysed in
     * windows ({@link LineWindows}).
     */
    static final int DISPLAY_BYTES = 1024;

    /** What {@link #part} reads beyond a part's edges for redaction. */
    static final int MARGIN = 192;

    private final int capacity;
    private final int slots;
    private final byte[][] owned;
    private final int[] offsets;
    private final int[] lengths;
    private final String[] displays;
    private final long[] displayLines;
    private final boolean[] continues;
    private final boolean[] keyLines;
    private byte[] borrowed;
    private long firstBorrowed = Long.MAX_VALUE;
    private long last;
    private int cursor;
    private int privateKeyLines = -1;

    /** A ring that shows the last {@code capacity} lines. */
    LineRing(int capacity) {
        this.capacity = capacity;
        slots = capacity + 1;
        owned = new byte[slots][];
        offsets = new int[slots];
        lengths = new int[slots];
        displays = new String[slots];
        displayLines = new long[slots];
        continues = new boolean[slots];
        keyLines = new boolean[slots];
        // Line numbers start at 1 and are consecutive, so line n is in slot n % slots.
        cursor = 1 % slots;
    }

    /** Keeps the next line, {@code [from, from + length)} of {@code source}, until {@link #detach}. */
    void add(byte[] source, int from, int length) {
        int slot = cursor;
        cursor = slot + 1 == slots ? 0 : slot + 1;
        last++;
        if (source != borrowed || firstBorrowed == Long.MAX_VALUE) {
            detach();
            borrowed = source;
            firstBorrowed = last;
        }
        offsets[slot] = from;
        lengths[slot] = length;
        keyLines[slot] = privateKeyLines >= 0 && isPrivateKeyLine(source, from, length);
    }

    /**
     * Replaces the bytes of the last line added by the next chunk of it (a line too long to hold
     * whole). Its display, its beginning, is taken from the first chunk before that one goes, so
     * that the line shows the same text wherever it appears.
     */
    void replaceLast(byte[] source, int from, int length) {
        decoded(last);
        if (source != borrowed || firstBorrowed == Long.MAX_VALUE) {
            detach();
            borrowed = source;
            firstBorrowed = last;
        }
        int slot = (int) (last % slots);
        offsets[slot] = from;
        lengths[slot] = length;
    }

    /** Inside a private key block: whether this line is part of the key; the block ends otherwise. */
    private boolean isPrivateKeyLine(byte[] source, int from, int length) {
        String content = LineText.content(LineText.display(new String(source, from, length, StandardCharsets.UTF_8)));
        PrivateKeyBlock.Line kind = PrivateKeyBlock.classify(content);
        if (kind == PrivateKeyBlock.Line.END || ++privateKeyLines > PrivateKeyBlock.MAX_LINES) {
            privateKeyLines = -1;
        }
        return kind == PrivateKeyBlock.Line.KEY && privateKeyLines >= 0;
    }

    /** Copies the lines that still refer to a caller's buffer into the ring's own storage. */
    void detach() {
        if (firstBorrowed == Long.MAX_VALUE) {
            return;
        }
        for (long n = Math.max(firstBorrowed, last - slots + 1); n <= last; n++) {
            int slot = (int) (n % slots);
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
        return decoded(number);
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

    /**
     * Decodes (malformed UTF-8 becomes U+FFFD), strips escapes and redacts line {@code number},
     * once: the only way log text enters a result.
     */
    private String decoded(long number) {
        int slot = (int) (number % slots);
        if (displayLines[slot] == number && displays[slot] != null) {
            return displays[slot];
        }
        String text;
        boolean continued = false;
        if (keyLines[slot]) {
            text = Redactor.MASK;
        } else if (lengths[slot] > DISPLAY_BYTES) {
            // A long line shows its beginning, as a context line is cut to a few hundred characters
            // anyway; reading all of it would cost what a crafted line wants it to.
            text = part(number, 0, DISPLAY_BYTES) + LineText.CUT;
        } else {
            String display = LineText.display(new String(source(number), offsets[slot], lengths[slot], UTF_8));
            Redactor.Redaction redaction = Redactor.redact(display, insideValue(number));
            text = redaction.text();
            continued = redaction.valueContinues();
            if (redaction.opensPrivateKey() && number == last) {
                privateKeyLines = 0;
            }
        }
        displays[slot] = text;
        displayLines[slot] = number;
        continues[slot] = continued;
        return text;
    }

    /**
     * The display text of bytes {@code [from, to)} of line {@code number} (offsets in the line,
     * moved to character boundaries), redacted with {@link #MARGIN} bytes on either side read too,
     * so that a secret cut by the part's edges is masked in it; a part that starts its line starts
     * inside a value the line above left open ({@code \} continuation) when that one did.
     */
    String part(long number, int from, int to) {
        int slot = (int) (number % slots);
        byte[] bytes = source(number);
        int base = offsets[slot];
        int length = lengths[slot];
        int start = boundary(bytes, base, length, from);
        int end = boundary(bytes, base, length, Math.min(to, length));
        int before = boundary(bytes, base, length, Math.max(0, start - MARGIN));
        int after = boundary(bytes, base, length, Math.min(length, end + MARGIN));
        String head = LineText.display(new String(bytes, base + before, start - before, UTF_8));
        String body = LineText.display(new String(bytes, base + start, end - start, UTF_8));
        String tail = LineText.display(new String(bytes, base + end, after - end, UTF_8));
        String part = Redactor.redactPart(head + body + tail, head.length(), head.length() + body.length());
        return start == 0 && insideValue(number) ? Redactor.redact(part, true).text() : part;
    }

    /** {@code at}, moved back to the start of the UTF-8 sequence it is in (offsets in the line). */
    private static int boundary(byte[] bytes, int base, int length, int at) {
        int i = at;
        while (i > 0 && i < length && (bytes[base + i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    /** Whether line {@code number} starts inside a secret value that the line above left open. */
    private boolean insideValue(long number) {
        long above = number - 1;
        if (above < 1 || above <= last - slots) {
            return false;
        }
        int slot = (int) (above % slots);
        int length = lengths[slot];
        byte[] bytes = source(above);
        int end = offsets[slot] + length - 1;
        while (end >= offsets[slot] && (bytes[end] == ' ' || bytes[end] == '\t')) {
            end--;
        }
        if (end < offsets[slot] || bytes[end] != '\\') {
            return false;
        }
        decoded(above);
        return continues[slot];
    }

    private byte[] source(long number) {
        return number >= firstBorrowed ? borrowed : owned[(int) (number % slots)];
    }
}
