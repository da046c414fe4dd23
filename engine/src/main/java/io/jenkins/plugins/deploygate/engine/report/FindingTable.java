package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.List;
import java.util.function.Function;

/**
 * The findings at a glance, one row each, above their details: worth its space only when there
 * are more findings than a reader takes in at once.
 */
final class FindingTable {

    /** Up to this many findings, the details follow closely enough without a table. */
    static final int SHOWN_ABOVE = 3;

    private FindingTable() {}

    /** @param findings in the order of the log */
    static void add(Document.Builder document, List<Finding> findings, Function<Finding, LogLinks> links) {
        if (findings.size() <= SHOWN_ABOVE) {
            return;
        }
        document.heading(2, "Findings at a glance");
        document.add(new Block.Table(
                List.of("Severity", "Code", "Title", "Migration", "First line", "Count"),
                findings.stream()
                        .map(finding -> row(finding, links.apply(finding)))
                        .toList()));
    }

    private static List<Inline> row(Finding finding, LogLinks links) {
        String migration = MigrationText.of(finding);
        return List.of(
                Inline.text(finding.severity().name()),
                Inline.code(finding.code() == null ? finding.id() : finding.code()),
                Inline.text(finding.title() == null ? "-" : finding.title()),
                migration == null ? Inline.text("-") : Inline.code(migration),
                OccurrenceLines.line(finding.line(), links),
                Inline.text(Long.toString(finding.count())));
    }
}
