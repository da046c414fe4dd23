package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.detect.Hit;
import io.jenkins.plugins.deploygate.engine.capture.detect.HitSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the detectors report: every hit goes on to the findings, and while a window of a long line
 * is read ({@link #record}), its hits are kept too, so that a window which repeats the one before
 * it byte for byte counts them again ({@link #replay}) instead of being analysed again. Repeats
 * are counted in one go ({@link #flush}): a crafted line of one error repeated thousands of times
 * costs what an ordinary line does.
 */
final class WindowHits implements HitSink {

    private final FindingStore findings;
    private final List<Hit> hits = new ArrayList<>();
    private final List<Object> handles = new ArrayList<>();
    private boolean recording;
    private long line;
    private long replays;

    WindowHits(FindingStore findings) {
        this.findings = findings;
    }

    /** The window read from now on, of line {@code number}, is kept; the one kept before is forgotten. */
    void record(long number) {
        flush();
        hits.clear();
        handles.clear();
        line = number;
        recording = true;
    }

    void stop() {
        recording = false;
    }

    /** The window kept is read again: its hits count once more, at the next {@link #flush}. */
    void replay() {
        replays++;
    }

    /**
     * Reports again, as often as the window kept was read again, its hits on its own line: the same
     * bytes hold the same errors. Hits on the lines before it (a block that the window ended) are
     * not repeated, as the block they belong to ended once.
     */
    void flush() {
        if (replays == 0) {
            return;
        }
        for (Hit hit : hits) {
            if (hit.line() == line) {
                findings.found(hit, replays);
            }
        }
        replays = 0;
    }

    @Override
    public Object found(Hit hit) {
        Object handle = findings.found(hit);
        if (recording) {
            hits.add(hit);
            handles.add(handle);
        }
        return handle;
    }

    @Override
    public void runStarted(long line) {
        findings.runStarted(line);
    }

    @Override
    public void retract(Object handle) {
        findings.retract(handle);
        int kept = recording && handle != null ? handles.indexOf(handle) : -1;
        if (kept >= 0) {
            hits.remove(kept);
            handles.remove(kept);
        }
    }

    @Override
    public void addStatement(Object handle, String statement) {
        findings.addStatement(handle, statement);
    }
}
