package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding as the fix report shows it: its code and title, the database's message, what the
 * migration tool reported around it, its migration and log lines, the failing statement, the log
 * lines around it, its fix and the vendor's documentation. Every text but the labels came from the
 * log, redacted by the scanner; the writers escape it.
 */
final class FindingBlock {

    private FindingBlock() {}

    /**
     * @param headingLevel the level of the finding's heading, under the section that holds it
     * @param links where the finding's capture's output can be read, for links from its lines
     */
    static void add(Document.Builder document, Finding finding, int headingLevel, LogLinks links) {
        document.heading(headingLevel, finding.severity().name() + " " + NextSteps.label(finding));
        document.paragraph(Inline.code(finding.message()));
        if (finding.wrapper() != null) {
            document.paragraph(wrapper(finding, links));
        }
        document.facts(facts(finding, links));
        if (finding.statement() != null) {
            statement(document, finding.statement());
        }
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

    /** The statement the database refused, as the tool printed it (the scanner redacted it). */
    static void statement(Document.Builder document, String statement) {
        document.paragraph("Failing statement:");
        document.add(Block.CodeBlock.of("sql", statement));
    }

    /**
     * "Flyway reported: Migration V2__create_orders.sql failed (log line 25)": the tool's report is
     * context of the database error, so it stands under it rather than as an error of its own.
     */
    static Inline[] wrapper(Finding finding, LogLinks links) {
        Wrapper wrapper = finding.wrapper();
        // A link names its line in the words of the page it leads to ("line 3 of step 7 (sh)").
        Inline where = links.at(wrapper.line())
                .map(link -> Inline.link(link.text(), link.url()))
                .orElseGet(() -> Inline.text("log line " + wrapper.line()));
        return new Inline[] {
            Inline.text(toolName(finding.tool()) + " reported: "),
            Inline.code(wrapper.message()),
            Inline.text(" ("),
            where,
            Inline.text(")")
        };
    }

    private static List<Fact> facts(Finding finding, LogLinks links) {
        List<Fact> facts = new ArrayList<>();
        if (finding.migration() != null) {
            facts.add(Fact.of("Migration", Inline.code(MigrationText.of(finding))));
        }
        facts.add(OccurrenceLines.fact(finding, links));
        if (finding.tool() != null) {
            facts.add(Fact.of("Tool", finding.tool()));
        }
        if (finding.engine() != null) {
            facts.add(Fact.of("Database", finding.engine()));
        }
        facts.add(Fact.of("Finding", Inline.code(finding.id())));
        return facts;
    }

    /** The tool as its makers spell it, to start a sentence. */
    private static String toolName(String tool) {
        if (tool == null) {
            return "The migration tool";
        }
        return switch (tool) {
            case "flyway" -> "Flyway";
            case "liquibase" -> "Liquibase";
            case "sqlplus" -> "SQL*Plus";
            default -> tool;
        };
    }
}
