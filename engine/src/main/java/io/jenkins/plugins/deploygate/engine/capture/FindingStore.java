package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.Hit;
import io.jenkins.plugins.deploygate.engine.capture.detect.HitSink;
import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges hits into findings, one per (id, message): a repeat raises the count and lists its line,
 * an echo (the same occurrence reported again) does not, but lends the finding what it tells more.
 * Holds at most {@code maxFindings} findings, each with bounded text, so memory stays flat however
 * many distinct errors a log holds; what does not fit is counted as dropped.
 */
final class FindingStore implements HitSink {

    static final int MAX_MESSAGE = Catalogue.IDENTIFYING_LENGTH;
    static final int MAX_CONTEXT_LINE = 500;

    private final Map<String, Entry> findings = new LinkedHashMap<>();
    private final List<Entry> awaitingContext = new ArrayList<>();
    private final LineRing ring;
    private final int contextLines;
    private final int maxFindings;
    private long current;
    private long dropped;
    /** A line read in overlapping chunks: its hits already recorded are not new occurrences. */
    private long chunkedLine;

    private static final class Entry {
        Hit first;
        String key;
        long count = 1;
        long lastLine;
        final List<Long> lines = new ArrayList<>();
        final List<String> context = new ArrayList<>();
        long contextThrough;

        Entry(Hit first, String key) {
            this.first = first;
            this.key = key;
            lines.add(first.line());
        }
    }

    FindingStore(LineRing ring, int contextLines, int maxFindings) {
        this.ring = ring;
        this.contextLines = contextLines;
        this.maxFindings = maxFindings;
    }

    /** The scan is at line {@code line}: hits now refer to it or to lines before it. */
    void at(long line) {
        current = line;
    }

    @Override
    public Object found(Hit hit) {
        String message = LineText.limit(hit.message(), MAX_MESSAGE);
        String key = hit.entry().id() + '\u0000' + message;
        Hit kept = message.equals(hit.message()) ? hit : hit.withMessage(message);
        Entry existing = findings.get(key);
        if (existing != null) {
            repeat(existing, kept);
            return null;
        }
        if (hit.line() == chunkedLine && completesCutMessage(kept, key)) {
            return null;
        }
        if (findings.size() >= maxFindings) {
            dropped++;
            return null;
        }
        Entry entry = new Entry(kept, key);
        entry.lastLine = hit.line();
        takeContext(entry);
        findings.put(key, entry);
        return entry;
    }

    /**
     * Another report of a known finding. An echo (the same error again in the tool's summary or
     * cause chain) is the same occurrence: it does not count, but when it tells more (the
     * migration, the failing statement) the finding moves to it. Otherwise it is one more
     * occurrence, and its line is listed.
     */
    private void repeat(Entry entry, Hit hit) {
        boolean overlap = hit.line() == chunkedLine && entry.lastLine == hit.line();
        entry.lastLine = hit.line();
        if (overlap) {
            return;
        }
        if (!hit.echo()) {
            entry.count++;
            if (entry.lines.size() < Finding.MAX_LINES) {
                entry.lines.add(hit.line());
            }
            return;
        }
        Hit first = entry.first;
        if (hit.attribution() > first.attribution() && entry.count == 1) {
            entry.first = new Hit(
                    hit.entry(),
                    hit.tool() != null ? hit.tool() : first.tool(),
                    hit.message(),
                    hit.line(),
                    hit.migration() != null ? hit.migration() : first.migration(),
                    hit.severity(),
                    first.echo(),
                    hit.statement() != null ? hit.statement() : first.statement(),
                    hit.wrapper() != null ? hit.wrapper() : first.wrapper());
            entry.lines.set(0, hit.line());
            awaitingContext.remove(entry);
            takeContext(entry);
        } else if ((first.statement() == null && hit.statement() != null)
                || (first.wrapper() == null && hit.wrapper() != null)) {
            entry.first = new Hit(
                    first.entry(),
                    first.tool(),
                    first.message(),
                    first.line(),
                    first.migration(),
                    first.severity(),
                    first.echo(),
                    first.statement() != null ? first.statement() : hit.statement(),
                    first.wrapper() != null ? first.wrapper() : hit.wrapper());
        }
    }

    /** The context of the entry's line, from the ring; the lines below that are not read yet come later. */
    private void takeContext(Entry entry) {
        long line = entry.first.line();
        long through = Math.min(current, line + contextLines);
        entry.context.clear();
        for (String text : ring.displays(line - contextLines, through)) {
            entry.context.add(LineText.limit(text, MAX_CONTEXT_LINE));
        }
        entry.contextThrough = through;
        if (through < line + contextLines) {
            awaitingContext.add(entry);
        }
    }

    /**
     * A chunk of a long line ended inside an error's message; the next chunk, which overlaps it,
     * reads the message whole. The finding takes the longer message instead of counting a second
     * error. Whether {@code hit} was such a completion (or the cut copy of one already complete).
     */
    private boolean completesCutMessage(Hit hit, String key) {
        for (Entry entry : findings.values()) {
            String known = entry.first.message();
            if (entry.first.line() == hit.line()
                    && entry.first.entry().id().equals(hit.entry().id())
                    && (hit.message().startsWith(known) || known.startsWith(hit.message()))) {
                if (hit.message().length() > known.length()) {
                    findings.remove(entry.key);
                    entry.first = hit;
                    entry.key = key;
                    findings.put(key, entry);
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public void addStatement(Object handle, String statement) {
        if (handle instanceof Entry entry && entry.first.statement() == null) {
            entry.first = entry.first.withStatement(statement);
        }
    }

    @Override
    public void retract(Object handle) {
        if (handle instanceof Entry entry && entry.count == 1) {
            findings.remove(entry.key);
            awaitingContext.remove(entry);
        }
    }

    /** Line {@code line} is read again, in its next chunk: what the chunks' overlap repeats is not counted twice. */
    void repeatsOfLineAreEchoes(long line) {
        chunkedLine = line;
    }

    boolean awaitsContext() {
        return !awaitingContext.isEmpty();
    }

    /** Line {@code line} was read: findings still collecting context after themselves take it. */
    void afterLine(long line) {
        if (awaitingContext.isEmpty()) {
            return;
        }
        String text = null;
        for (int i = awaitingContext.size() - 1; i >= 0; i--) {
            Entry entry = awaitingContext.get(i);
            if (line > entry.contextThrough) {
                if (text == null) {
                    text = LineText.limit(ring.display(line), MAX_CONTEXT_LINE);
                }
                entry.context.add(text);
                entry.contextThrough = line;
            }
            if (entry.contextThrough >= entry.first.line() + contextLines) {
                awaitingContext.remove(i);
            }
        }
    }

    long dropped() {
        return dropped;
    }

    /** The findings in order of their first line. */
    List<Finding> findings() {
        List<Finding> result = new ArrayList<>();
        for (Entry entry : findings.values()) {
            Hit hit = entry.first;
            CatalogEntry catalogued = hit.entry();
            result.add(new Finding(
                    catalogued.id(),
                    catalogued.engine(),
                    hit.tool(),
                    catalogued.code(),
                    hit.severity(),
                    catalogued.title(),
                    hit.message(),
                    hit.line(),
                    entry.count,
                    entry.lines,
                    hit.migration(),
                    hit.statement(),
                    hit.wrapper(),
                    catalogued.fix(),
                    catalogued.link(),
                    entry.context,
                    entry.context.isEmpty() ? hit.line() : entry.contextThrough - entry.context.size() + 1));
        }
        result.sort(Comparator.comparingLong(Finding::line));
        return result;
    }
}
