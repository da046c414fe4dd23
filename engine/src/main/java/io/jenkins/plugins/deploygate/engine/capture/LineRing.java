package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines read, as raw bytes, so that a finding can take the lines before it as context.
 * Lines are decoded and redacted only when a finding asks for them. Fixed capacity: memory does
 * not grow with the log.
 */
final class LineRing {

    private final byte[][] bytes;
    private final int[] lengths;
    private final String[] displays;
    private final long[] numbers;
    private long last;

    LineRing(int capacity) {
        bytes = new byte[capacity][];
        lengths = new int[capacity];
        displays = new String[capacity];
        numbers = new long[capacity];
        Arrays.fill(numbers, -1);
    }

    /** Keeps line {@code number}; {@code display} is its redacted text when already decoded, else null. */
    void add(long number, byte[] source, int from, int length, String display) {
        int slot = (int) (number % bytes.length);
        byte[] target = bytes[slot];
        if (target == null || target.length < length) {
            target = new byte[Math.max(length, 128)];
            bytes[slot] = target;
        }
        System.arraycopy(source, from, target, 0, length);
        lengths[slot] = length;
        displays[slot] = display;
        numbers[slot] = number;
        last = number;
    }

    /** The display text of line {@code number}, or null when it is no longer (or not yet) held. */
    String display(long number) {
        int slot = (int) (number % bytes.length);
        if (number < 1 || number > last || numbers[slot] != number) {
            return null;
        }
        if (displays[slot] == null) {
            displays[slot] = decode(bytes[slot], 0, lengths[slot]);
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
        return Redactor.redact(LineText.display(new String(source, from, length, StandardCharsets.UTF_8)));
    }
}
