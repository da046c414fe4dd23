package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where in the log a finding occurred: every occurrence's line ("12, 40, 77"), and how many more
 * there were than the finding lists ("12, 40 and 58 more"). Each line links to where its capture's
 * output can be read, when a page shows it.
 */
final class OccurrenceLines {

    private OccurrenceLines() {}

    /** "Log line: 29", or "Log lines: 12, 40, 77" when it occurred more than once. */
    static Fact fact(Finding finding, LogLinks links) {
        return new Fact(finding.count() == 1 ? "Log line" : "Log lines", inlines(finding, links));
    }

    /** The lines as plain text, for a table cell or a sentence. */
    static String text(Finding finding) {
        return inlines(finding, LogLinks.NONE).stream().map(Inline::text).collect(Collectors.joining());
    }

    /** One line, linked when its capture's output can be read on a page. */
    static Inline line(long line, LogLinks links) {
        return links.at(line)
                .map(link -> Inline.link(link.text(), link.url()))
                .orElseGet(() -> Inline.text(Long.toString(line)));
    }

    private static List<Inline> inlines(Finding finding, LogLinks links) {
        List<Inline> parts = new ArrayList<>();
        for (int i = 0; i < finding.lines().size(); i++) {
            if (i > 0) {
                parts.add(Inline.text(", "));
            }
            parts.add(line(finding.lines().get(i), links));
        }
        long unlisted = finding.count() - finding.lines().size();
        if (unlisted > 0 && finding.lines().size() == Finding.MAX_LINES) {
            parts.add(Inline.text(" and " + unlisted + " more"));
        } else if (unlisted > 0) {
            // Every line is listed; some hold the error more than once.
            parts.add(Inline.text(" (" + finding.count() + " occurrences)"));
        }
        return parts;
    }
}
