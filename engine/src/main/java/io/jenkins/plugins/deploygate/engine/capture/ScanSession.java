package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.LineAnalyzer;
import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan in progress, fed with the log as it is written: bytes in any chunks ({@link #write}),
 * or whole lines ({@link #writeLine}), then {@link #finish}. Lines end at {@code \n}; a trailing
 * {@code \r} is dropped. A line longer than {@link #MAX_LINE_BYTES} is read in chunks of that size,
 * each beginning with the last {@link #CHUNK_OVERLAP} bytes of the one before, and a line longer
 * than {@link LineRing#DISPLAY_BYTES} is analysed in windows ({@link LineWindows}): every error on
 * a line of any length is found, and memory stays bounded by the chunk size, the context ring and
 * the finding cap, not by the log's size or its longest line. Not thread-safe.
 */
public final class ScanSession {

    /** Longer lines are read in chunks of this size, so that memory stays bounded. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    /**
     * What consecutive chunks of a long line share: more than a window and the bytes around it
     * ({@link LineWindows#SPAN}), so that a window a chunk's end would cut is whole in the next.
     */
    static final int CHUNK_OVERLAP = 4 * 1024;

    /** Lines a block may run ahead of its first finding's line; the ring holds them for its context. */
    private static final int DEFER_LINES = 64;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final AnchorFilter filter;
    private final LineAnalyzer analyzer;
    private final LineWindows windows;
    private final LineRing ring;
    private final FindingStore store;
    private final ProgressSlot progress = new ProgressSlot();
    private final Integer exitCode;
    private final boolean commandFailed;
    private final byte[] carry = new byte[MAX_LINE_BYTES];
    private int carryLength;
    /**
     * Where in its line the carry begins: 0, or past the chunks of it read already (less the overlap
     * each kept), and the next chunk continues the same line.
     */
    private long carryOffset;

    private long lines;
    private long bytes;
    /** The last line an open block asked to be analysed, as the analyser said after the last line it read. */
    private long analyzeThrough;

    private boolean finished;

    ScanSession(Catalogue catalogue, AnchorFilter filter, ScanOptions options) {
        this.filter = filter;
        this.exitCode = options.exitCode();
        this.commandFailed = options.commandFailed();
        ring = new LineRing(options.contextLines() + DEFER_LINES + 1);
        store = new FindingStore(ring, options.contextLines(), options.maxFindings());
        WindowHits hits = new WindowHits(store);
        analyzer = new LineAnalyzer(catalogue, hits, progress, ring::display);
        windows = new LineWindows(filter, analyzer, ring, hits);
    }

    /**
     * Feeds {@code length} bytes of log; lines may span calls. This is the scan's hot path: the log
     * is read eight bytes at a time, each word giving its line ends and {@link AnchorFilter}'s two
     * probes, so an ordinary line costs a few loads and table lookups and is never decoded.
     */
    public void write(byte[] buffer, int offset, int length) {
        checkOpen();
        bytes += length;
        int end = offset + length;
        int i = offset;
        if (carryLength > 0 || carryOffset > 0) {
            int newline = indexOfNewline(buffer, i, end);
            appendCarry(buffer, i, newline - i);
            if (newline == end) {
                return;
            }
            endCarriedLine();
            i = newline + 1;
        }
        int rest = filter.probesWords() ? scanWords(buffer, i, end) : scanLines(buffer, i, end);
        if (rest < end) {
            appendCarry(buffer, rest, end - rest);
        }
        detach();
    }

    /**
     * Reads the lines of {@code [from, end)} a word at a time; returns where the last line, which
     * has no line end yet, starts. Probes are at every fourth byte from {@code from}, across line
     * ends: an anchor holds no line feed, so the one a probe finds lies in the line around it.
     */
    private int scanWords(byte[] buffer, int from, int end) {
        int lineStart = from;
        int kind = AnchorFilter.NONE;
        int p = from;
        for (; p + Long.BYTES <= end; p += Long.BYTES) {
            long word = (long) LONGS.get(buffer, p);
            long grams = AnchorFilter.digitsAsZero(word);
            // A line known to be a candidate is probed no further: a crafted line of anchors costs no more.
            if ((kind & AnchorFilter.CANDIDATE) == 0) {
                kind |= filter.probe(buffer, p, (int) grams, from, end);
            }
            int highGram = (int) (grams >>> 32);
            long newlines = lineFeeds(word);
            if (newlines == 0) {
                if ((kind & AnchorFilter.CANDIDATE) == 0) {
                    kind |= filter.probe(buffer, p + 4, highGram, from, end);
                }
                continue;
            }
            boolean probedHigh = false;
            do {
                int newline = p + (Long.numberOfTrailingZeros(newlines) >>> 3);
                if (!probedHigh && newline >= p + 4) {
                    kind |= filter.probe(buffer, p + 4, highGram, from, end);
                    probedHigh = true;
                }
                line(buffer, lineStart, newline, kind);
                lineStart = newline + 1;
                kind = AnchorFilter.NONE;
                newlines &= newlines - 1;
            } while (newlines != 0);
            if (!probedHigh) {
                kind |= filter.probe(buffer, p + 4, highGram, from, end);
            }
        }
        for (; p < end; p++) {
            if (((p - from) & 3) == 0 && p + 4 <= end) {
                kind |= filter.probe(buffer, p, AnchorFilter.digitsAsZero(AnchorFilter.gramAt(buffer, p)), from, end);
            }
            if (buffer[p] == '\n') {
                line(buffer, lineStart, p, kind);
                lineStart = p + 1;
                kind = AnchorFilter.NONE;
            }
        }
        return lineStart;
    }

    /** The line feeds of a word: the high bit of each byte that is one, exactly (no borrow between bytes). */
    private static long lineFeeds(long word) {
        long x = word ^ 0x0A0A0A0A0A0A0A0AL;
        return ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
    }

    /** Reads the lines of {@code [from, end)} one by one, for anchors too short to probe words with. */
    private int scanLines(byte[] buffer, int from, int end) {
        int i = from;
        while (i < end) {
            int newline = indexOfNewline(buffer, i, end);
            if (newline == end) {
                return i;
            }
            line(buffer, i, newline, filter.classify(buffer, i, newline));
            i = newline + 1;
        }
        return i;
    }

    /** The line {@code [from, newline)}; a line longer than {@link #MAX_LINE_BYTES} is read in chunks. */
    private void line(byte[] buffer, int from, int newline, int kind) {
        if (newline - from > MAX_LINE_BYTES) {
            detach();
            appendCarry(buffer, from, newline - from);
            endCarriedLine();
        } else {
            endLine(buffer, from, newline - from, kind, 0, true);
        }
    }

    /**
     * The index of the first line feed in {@code [from, end)}, or {@code end}. Eight bytes at a
     * time: a word has a zero byte where it equals {@code 0x0A...} after the XOR, and the classic
     * test finds the lowest one exactly.
     */
    static int indexOfNewline(byte[] buffer, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(buffer, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zero = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    /** Feeds one line (without its line end), as the Jenkins plugin gets them from a console. */
    public void writeLine(String line) {
        byte[] encoded = (line + "\n").getBytes(StandardCharsets.UTF_8);
        write(encoded, 0, encoded.length);
    }

    /** Ends the scan: a last line without a line end counts, open blocks are reported. */
    public ScanResult finish() {
        checkOpen();
        if (carryLength > 0 || carryOffset > 0) {
            endCarriedLine();
        }
        store.at(lines);
        analyzer.finish();
        detach();
        finished = true;
        var findings = store.findings();
        boolean errors = findings.stream().anyMatch(Finding::isError);
        boolean silentFailure = exitCode != null && exitCode == 0 && errors;
        UnrecognisedFailure unrecognised = null;
        if (commandFailed && !errors) {
            long first = Math.max(1, lines - UnrecognisedFailure.LAST_LINES + 1);
            List<String> last = new ArrayList<>();
            for (String text : ring.displays(first, lines)) {
                last.add(LineText.limit(text, FindingStore.MAX_CONTEXT_LINE));
            }
            unrecognised = new UnrecognisedFailure(exitCode, last, first);
        }
        return new ScanResult(lines, bytes, silentFailure, findings, store.dropped(), unrecognised);
    }

    /** Adds to the line being carried; a full carry is read as a chunk, keeping its overlap. */
    private void appendCarry(byte[] buffer, int from, int length) {
        int at = from;
        int left = length;
        while (left > 0) {
            if (carryLength == MAX_LINE_BYTES) {
                endLine(carry, 0, carryLength, filter.classify(carry, 0, carryLength), carryOffset, false);
                detach();
                System.arraycopy(carry, MAX_LINE_BYTES - CHUNK_OVERLAP, carry, 0, CHUNK_OVERLAP);
                carryLength = CHUNK_OVERLAP;
                carryOffset += MAX_LINE_BYTES - CHUNK_OVERLAP;
            }
            int copied = Math.min(MAX_LINE_BYTES - carryLength, left);
            System.arraycopy(buffer, at, carry, carryLength, copied);
            carryLength += copied;
            at += copied;
            left -= copied;
        }
    }

    private void endCarriedLine() {
        endLine(carry, 0, carryLength, filter.classify(carry, 0, carryLength), carryOffset, true);
        detach();
        carryLength = 0;
        carryOffset = 0;
    }

    /**
     * Reads a line, or a chunk of a long one, which begins {@code offset} bytes into its line and
     * is its last when {@code last}: a chunk after the first is the same line, so it replaces the
     * line's bytes in the ring and keeps its number.
     */
    private void endLine(byte[] buffer, int from, int length, int kind, long offset, boolean last) {
        boolean candidate = (kind & AnchorFilter.CANDIDATE) != 0;
        int effective = last && length > 0 && buffer[from + length - 1] == '\r' ? length - 1 : length;
        long number;
        if (offset > 0) {
            number = lines;
            ring.replaceLast(buffer, from, effective);
        } else {
            number = ++lines;
            ring.add(buffer, from, effective);
        }
        if (kind == AnchorFilter.PROGRESS) {
            progress.record(number, buffer, from, effective);
        }
        // The common case, in two comparisons: no anchor, no block open, no finding awaiting its context.
        if (!candidate && number > analyzeThrough && !store.awaitsContext()) {
            return;
        }
        store.at(number);
        if (candidate || analyzer.wantsLine(number)) {
            if (offset == 0 && last && effective <= LineRing.DISPLAY_BYTES) {
                analyzer.analyze(number, ring.display(number));
            } else {
                windows.read(number, buffer, from, effective, offset, last);
            }
            analyzeThrough = analyzer.wantedThrough();
        }
        store.afterLine(number);
    }

    /** The caller may reuse its buffer now: what still points into it is copied. */
    private void detach() {
        ring.detach();
        progress.detach();
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("The scan has finished");
        }
    }
}
