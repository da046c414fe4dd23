package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.detect.Hit;
import io.jenkins.plugins.deploygate.engine.capture.detect.HitSink;
import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges hits into findings, one per (id, message): a repeat raises the count and lists its line
 * (once, however often the line holds the error), an echo (the same occurrence reported again)
 * does not, but lends the finding what it tells more.
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
    /** Where the current run of a tool started: an echo repeats only a report of this run. */
    private long runStart;

    private static final class Entry {
        final String key;
        Hit first;
        long count = 1;
        final List<Long> lines = new ArrayList<>();
        final List<String> context = new ArrayList<>();
        long contextThrough;
        /** The line of its last report, echoes included. */
        long lastSeen;

        Entry(Hit first, String key) {
            this.first = first;
            this.key = key;
            lines.add(first.line());
            lastSeen = first.line();
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
        return found(hit, 1);
    }

    /**
     * Records {@code hit} {@code times} over, as that many reports of it would: the hits of bytes
     * read again ({@link WindowHits}). Returns the handle of a new finding, else null.
     */
    Object found(Hit hit, long times) {
        String message = LineText.limit(hit.message(), MAX_MESSAGE);
        String key = hit.entry().id() + '\u0000' + message;
        Hit kept = message.equals(hit.message()) ? hit : hit.withMessage(message);
        Entry existing = findings.get(key);
        if (existing != null) {
            repeat(existing, kept, times);
            return null;
        }
        if (findings.size() >= maxFindings) {
            dropped += times;
            return null;
        }
        Entry entry = new Entry(kept, key);
        takeContext(entry);
        findings.put(key, entry);
        if (times > 1) {
            repeat(entry, kept, times - 1);
        }
        return entry;
    }

    /**
     * Another report of a known finding. An echo (the same error again in the same tool's summary
     * or cause chain, in the same run) is the same occurrence: it does not count, but when it tells
     * more (the migration, the failing statement) the finding moves to it. Otherwise it is one more
     * occurrence ({@code times} of them), and its line is listed unless it is the line listed last.
     */
    private void repeat(Entry entry, Hit hit, long times) {
        boolean sameRun = entry.lastSeen >= runStart;
        entry.lastSeen = hit.line();
        if (!hit.echo() || !sameRun || !sameTool(entry.first, hit)) {
            entry.count += times;
            if (entry.lines.size() < Finding.MAX_LINES && entry.lines.get(entry.lines.size() - 1) != hit.line()) {
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

    /** A tool echoes its own report; another tool's report of the same error is another occurrence. */
    private static boolean sameTool(Hit first, Hit hit) {
        return first.tool() == null || hit.tool() == null || first.tool().equals(hit.tool());
    }

    @Override
    public void runStarted(long line) {
        runStart = line;
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
                    redactedAcrossLines(hit.statement()),
                    hit.wrapper(),
                    catalogued.fix(),
                    catalogued.link(),
                    entry.context,
                    entry.context.isEmpty() ? hit.line() : entry.contextThrough - entry.context.size() + 1));
        }
        result.sort(Comparator.comparingLong(Finding::line));
        return result;
    }

    /**
     * A statement of several lines, each redacted as it was read, redacted once more as a whole: a
     * password split over two lines ({@code PASSWORD} / {@code 'hunter2';}) is a secret only
     * together. When that hides more, the statement keeps its words on one line rather than its
     * line breaks; otherwise it stays as the tool printed it.
     */
    static String redactedAcrossLines(String statement) {
        if (statement == null || statement.indexOf('\n') < 0) {
            return statement;
        }
        String oneLine = statement.replace('\n', ' ');
        String redacted = Redactor.redact(oneLine);
        return redacted.equals(oneLine) ? statement : redacted;
    }
}
