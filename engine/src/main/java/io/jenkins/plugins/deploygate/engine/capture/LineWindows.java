package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.detect.LineAnalyzer;
import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import java.util.Arrays;

/**
 * Reads a line longer than {@link LineRing#DISPLAY_BYTES} in windows, each analysed as a line is,
 * so that every error on it is found wherever it is, in time linear in its length and in memory
 * that does not depend on it.
 *
 * <p>A window holds one report. It begins {@link #BEFORE} bytes before an anchor (for a tool's
 * prefix, a secret's name) and takes in the anchors that follow each other within {@link
 * #CHAIN_GAP} bytes (an exception and its causes, a tool's words around a database error), as far
 * as {@link #CHAIN_SPAN} bytes from its first; it ends at the anchor that begins the next report,
 * or {@link #AFTER} bytes after its first anchor (room for a message and its statement), whichever
 * comes first. Every anchor lies whole in exactly one window: a window begins after the anchors of
 * the one before it, so no error is found twice, and ends before an anchor it would cut, so none
 * is lost. A window that ends before its line does is marked as cut ({@link LineText#CUT}).
 * Errors within {@code CHAIN_GAP} of each other are read together, as on one line. The first
 * window begins at the line's start, whatever it holds: the text that continues an open block (a
 * statement), and what tells that the line only quotes.
 *
 * <p>A line longer than {@link ScanSession#MAX_LINE_BYTES} arrives in chunks, each beginning with
 * the last {@link ScanSession#CHUNK_OVERLAP} bytes of the one before: a window that a chunk's end
 * would cut is read in the next chunk, which holds it whole.
 *
 * <p>A window whose bytes, with those around it that decide where it ends and how it is redacted,
 * repeat those of the last window analysed holds the same errors: they are counted again ({@link
 * WindowHits#replay}) without analysing it again, so a crafted line of one error repeated
 * thousands of times costs a few windows: at its start, the first of the repeats, at its end.
 *
 * <p>When the catalogue has a pattern without a literal anchor ({@link AnchorFilter#matchesAll}),
 * a long line is read in windows of {@code AFTER} bytes, each beginning {@code BEFORE} bytes before
 * the one before it ends, so that what a pattern matches across a window's end is read whole in
 * the next; an error inside those bytes may then count twice.
 */
final class LineWindows {

    /** A window begins this much before its first anchor. */
    static final int BEFORE = 256;

    /**
     * A window ends at most this much after its first anchor: room for a message, and for a
     * statement printed with it or on a line of its own, which a longer line cuts here.
     */
    static final int AFTER = 1024;

    /** An anchor that begins within this many bytes of the end of the one before it is part of the same report. */
    static final int CHAIN_GAP = 256;

    /**
     * ... as long as it begins within this many bytes of the report's first anchor: a real chain of
     * causes is shorter, and a run of anchors is read a window of this size at a time.
     */
    static final int CHAIN_SPAN = 512;

    /** What is read past a window's edges to redact it ({@link LineRing#part}). */
    private static final int MARGIN = LineRing.MARGIN;

    /** Past the most a window can hold, what decides its end (an anchor it would cut) and its redaction. */
    private static final int TAIL = Math.max(MARGIN, AnchorFilter.MAX_ANCHOR_BYTES);

    /** The most bytes that decide a window: its margin before, its text, and the tail. */
    static final int SPAN = MARGIN + BEFORE + AFTER + TAIL;

    private final AnchorFilter filter;
    private final LineAnalyzer analyzer;
    private final LineRing ring;
    private final WindowHits hits;

    private long line;
    /** Where, in the line, the search for the next window's first anchor begins. */
    private long resume;
    /** Where the anchors of the last window end: the next window begins no earlier. */
    private long floor;

    private boolean startRead;

    /**
     * The region of the last window analysed; how much of it decided the window (all of it, and
     * that it ends where it does, when {@link #lastExact}); where in it the window began, its
     * anchor, its end and its anchors' end.
     */
    private final byte[] lastRegion = new byte[SPAN];

    private int lastLength = -1;
    private int lastDepends;
    private boolean lastExact;
    private int lastStart;
    private int lastAnchor;
    private int lastEnd;
    private int lastOwned;

    LineWindows(AnchorFilter filter, LineAnalyzer analyzer, LineRing ring, WindowHits hits) {
        this.filter = filter;
        this.analyzer = analyzer;
        this.ring = ring;
        this.hits = hits;
    }

    /**
     * Reads bytes {@code [from, from + length)} of {@code bytes}, the part of line {@code number}
     * that begins {@code base} bytes into the line (a chunk; the ring holds the same bytes), the
     * line's last part when {@code last}.
     */
    void read(long number, byte[] bytes, int from, int length, long base, boolean last) {
        windows(number, bytes, from, length, base, last);
        hits.flush();
    }

    private void windows(long number, byte[] bytes, int from, int length, long base, boolean last) {
        if (number != line) {
            line = number;
            resume = 0;
            floor = 0;
            startRead = false;
            lastLength = -1;
        }
        int end = from + length;
        // A later chunk begins with bytes the one before has read: a window there keeps its margin in it.
        int lowest = base == 0 ? from : from + MARGIN;
        int cursor = index(resume, base, from);
        boolean head = false;
        if (!startRead) {
            startRead = true;
            head = base == 0;
            if (!head) {
                // The line's first chunk held nothing to analyse; its start, which the ring shows, is read now.
                analyzer.analyze(number, ring.display(number));
            }
        }
        while (true) {
            long next =
                    next(bytes, cursor, head ? Math.min(end, from + CHAIN_GAP + AnchorFilter.MAX_ANCHOR_BYTES) : end);
            boolean bare = head && (next < 0 || AnchorFilter.start(next) - from >= CHAIN_GAP);
            if (bare) {
                // The line's start holds no report: its first window is an anchor of no length there.
                next = (long) from << 32 | from;
            } else if (next < 0) {
                resume = offset(Math.max(cursor, end - AnchorFilter.MAX_ANCHOR_BYTES + 1), base, from);
                return;
            }
            int anchor = AnchorFilter.start(next);
            int anchorEnd = AnchorFilter.end(next);
            int start = head
                    ? from
                    : Math.min(anchor, Math.max(lowest, Math.max(index(floor, base, from), anchor - BEFORE)));
            int regionStart = Math.max(from, start - MARGIN);
            int regionEnd = anchor + AFTER + TAIL;
            if (regionEnd > end) {
                if (!last) {
                    resume = offset(anchor, base, from);
                    return;
                }
                regionEnd = end;
            }
            Window window;
            if (repeatsLast(bytes, regionStart, regionEnd, start, anchor)) {
                hits.replay();
                window = new Window(regionStart + lastEnd, regionStart + lastOwned);
            } else {
                window = extent(bytes, anchor, anchorEnd, bare, anchor + AFTER, end);
                analyse(number, from, start, window.end(), !last || window.end() < end);
                remember(bytes, regionStart, regionEnd, start, anchor, window);
            }
            head = false;
            floor = offset(window.anchorsEnd(), base, from);
            cursor = window.end();
            if (window.end() >= end) {
                resume = offset(end, base, from);
                return;
            }
        }
    }

    /** Where a window ends, and where the anchors in it end (the next window begins after them). */
    private record Window(int end, int anchorsEnd) {}

    /**
     * The window whose first anchor is {@code [anchor, anchorEnd)}: it ends at the first anchor
     * after it that begins a new report ({@link #CHAIN_GAP} after the anchors before it, or {@link
     * #CHAIN_SPAN} after the first) or that {@code limit} would cut; else at {@code limit}, or where
     * the bytes end; when {@code bare}, the anchor is one of no length at the line's start. What
     * decides it lies before its end and {@link #TAIL} bytes after: the search for the anchor it
     * ends at reads past that anchor's start by at most a gram offset and an anchor.
     */
    private Window extent(byte[] bytes, int anchor, int anchorEnd, boolean bare, int limit, int end) {
        if (filter.matchesAll()) {
            return new Window(Math.min(end, limit), anchorEnd);
        }
        int owned = anchorEnd;
        int from = bare ? anchor : anchor + 1;
        while (true) {
            long next = filter.nextAnchor(bytes, from, Math.min(end, limit + AnchorFilter.MAX_ANCHOR_BYTES));
            if (next < 0) {
                return new Window(Math.min(end, limit), owned);
            }
            int at = AnchorFilter.start(next);
            int after = AnchorFilter.end(next);
            if (at - owned >= CHAIN_GAP || at - anchor >= CHAIN_SPAN || after > limit) {
                return new Window(at, owned);
            }
            owned = Math.max(owned, after);
            from = at + 1;
        }
    }

    /** The next window's first anchor at or after {@code from}: the next anchor, or any byte when there are none. */
    private long next(byte[] bytes, int from, int end) {
        if (filter.matchesAll()) {
            return from < end ? (long) from << 32 | from : -1;
        }
        return filter.nextAnchor(bytes, from, end);
    }

    private void analyse(long number, int from, int start, int end, boolean cut) {
        String text = ring.part(number, start - from, end - from);
        hits.record(number);
        analyzer.analyze(number, cut ? text + LineText.CUT : text);
        hits.stop();
    }

    /**
     * Whether the window at {@code [start, ...)} with its first anchor at {@code anchor} is the last
     * one analysed again: laid out alike in its region, whose bytes that decided the last window
     * (all of them, and the line's end, when it was the line's end that cut it) are the same.
     */
    private boolean repeatsLast(byte[] bytes, int regionStart, int regionEnd, int start, int anchor) {
        int length = regionEnd - regionStart;
        return lastLength >= 0
                && start - regionStart == lastStart
                && anchor - regionStart == lastAnchor
                && (lastExact ? length == lastLength : length >= lastDepends)
                && Arrays.equals(bytes, regionStart, regionStart + lastDepends, lastRegion, 0, lastDepends);
    }

    private void remember(byte[] bytes, int regionStart, int regionEnd, int start, int anchor, Window window) {
        lastLength = regionEnd - regionStart;
        lastExact = window.end() + TAIL > regionEnd;
        lastDepends = lastExact ? lastLength : window.end() + TAIL - regionStart;
        System.arraycopy(bytes, regionStart, lastRegion, 0, lastLength);
        lastStart = start - regionStart;
        lastAnchor = anchor - regionStart;
        lastEnd = window.end() - regionStart;
        lastOwned = window.anchorsEnd() - regionStart;
    }

    /** The index in the chunk of line offset {@code offset}; the chunk's start when the offset is before it. */
    private static int index(long offset, long base, int from) {
        return offset <= base ? from : (int) (offset - base) + from;
    }

    private static long offset(int index, long base, int from) {
        return base + (index - from);
    }
}
