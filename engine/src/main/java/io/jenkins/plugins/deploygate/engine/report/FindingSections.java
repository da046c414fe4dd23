package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.LogLinks.LogLink;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The findings of the fix report, grouped by the migration or script they came from (the order of
 * the log), each with its message, where it was, its log context, and its fix.
 */
final class FindingSections {

    static final String NO_MIGRATION = "Other output";

    private FindingSections() {}

    static void add(Document.Builder document, List<Finding> findings) {
        add(document, findings, finding -> Optional.empty());
    }

    /**
     * @param logLink where a finding's line can be read, if anywhere: its "Log line" then links there
     */
    static void add(Document.Builder document, List<Finding> findings, Function<Finding, Optional<LogLink>> logLink) {
        if (findings.isEmpty()) {
            return;
        }
        document.heading(2, "Findings");
        Map<String, List<Finding>> groups = byMigration(findings);
        // A heading per migration helps only when some finding came from one.
        boolean grouped = !groups.containsKey(NO_MIGRATION) || groups.size() > 1;
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            if (grouped) {
                document.heading(3, group.getKey());
            }
            group.getValue().forEach(finding -> addFinding(document, finding, logLink.apply(finding)));
        }
    }

    /** Groups in the order their first finding appears in the log. */
    static Map<String, List<Finding>> byMigration(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparingLong(Finding::line)).forEach(finding -> groups.computeIfAbsent(
                        finding.migration() == null
                                ? NO_MIGRATION
                                : finding.migration().describe(),
                        key -> new ArrayList<>())
                .add(finding));
        return groups;
    }

    private static void addFinding(Document.Builder document, Finding finding, Optional<LogLink> logLink) {
        document.heading(4, finding.severity().name() + " " + NextSteps.label(finding));
        document.paragraph(Inline.code(finding.message()));
        document.facts(where(finding, logLink));
        if (!finding.context().isEmpty()) {
            document.add(new Block.Excerpt(finding.context(), finding.contextStart(), finding.line()));
        }
        if (finding.fix() != null) {
            document.paragraph(Inline.text("Fix: " + finding.fix()));
        }
        if (finding.link() != null) {
            document.paragraph(Inline.text("Reference: "), Inline.link(finding.link(), finding.link()));
        }
    }

    private static List<Fact> where(Finding finding, Optional<LogLink> logLink) {
        List<Fact> facts = new ArrayList<>();
        String seen = finding.count() == 1 ? "" : ", seen " + finding.count() + " times";
        facts.add(logLink.map(
                        link -> new Fact("Log line", List.of(Inline.link(link.text(), link.url()), Inline.text(seen))))
                .orElseGet(() -> Fact.of("Log line", finding.line() + seen)));
        if (finding.migration() != null) {
            facts.add(Fact.of("Migration", Inline.code(finding.migration().describe())));
        }
        if (finding.tool() != null) {
            facts.add(Fact.of("Tool", finding.tool()));
        }
        if (finding.engine() != null) {
            facts.add(Fact.of("Database", finding.engine()));
        }
        facts.add(Fact.of("Finding", Inline.code(finding.id())));
        return facts;
    }
}
