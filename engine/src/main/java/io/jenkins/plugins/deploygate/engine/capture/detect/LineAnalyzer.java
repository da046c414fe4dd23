package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.List;

/**
 * Reads the lines a scan decodes and reports the errors they hold to a {@link HitSink}. Detectors
 * run in a fixed order and the first that consumes a line ends its analysis: tool blocks (Flyway,
 * Liquibase) before the database forms they contain. Not thread-safe; one per scan.
 */
public final class LineAnalyzer {

    private final DetectContext context;
    private final List<Detector> detectors;
    private long quotedLine;

    public LineAnalyzer(Catalogue catalogue, HitSink sink, ProgressLines progress, RecentLines recent) {
        context = new DetectContext(catalogue, sink, progress, recent);
        detectors = List.of(
                new FlywayJsonDetector(context),
                new FlywayDetector(context),
                new LiquibaseDetector(context),
                new SqlServerDetector(context),
                new MySqlDetector(context),
                new OracleDetector(context),
                new PostgresDetector(context),
                new CustomDetector(context));
    }

    /**
     * Analyses line {@code line} (1-based), given as display text (see {@link LineText#display}); or
     * a part of a long line, the same line again, its first part first.
     */
    public void analyze(long line, String display) {
        if (line == quotedLine) {
            // The rest of a long line that only quotes what it holds (which its start tells).
            return;
        }
        try {
            String content = LineText.content(display);
            context.observe(line, content);
            if (QuotedLines.isQuote(content)) {
                quotedLine = line;
                return;
            }
            for (Detector detector : detectors) {
                if (detector.detect(line, content)) {
                    return;
                }
            }
        } catch (StackOverflowError e) {
            // java.util.regex recurses; a DBA's pattern on a hostile line must not end the scan.
        }
    }

    /** Whether line {@code line} must be analysed even without an anchor: an open block continues. */
    public boolean wantsLine(long line) {
        return context.wantsLine(line);
    }

    /** The last line an open block asks to be analysed, anchors or not; changes only when a line is analysed. */
    public long wantedThrough() {
        return context.decodeUntil();
    }

    public void finish() {
        detectors.forEach(Detector::finish);
    }
}
