package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.report.document.Block.Tone;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code deploy-gate scan} shows for one log, in text, Markdown or HTML: the findings as the
 * developer fix report shows them, without a deployment around them.
 */
public final class ScanReport {

    private ScanReport() {}

    public static Document of(ScanResult result) {
        Document.Builder document = Document.builder("Deployment log scan");
        long errors = result.errorCount();
        long others = result.findings().size() - errors;
        if (errors > 0) {
            document.callout(
                    Tone.DANGER,
                    "Errors",
                    DeveloperFixReport.plural(errors, "error") + " found" + DeveloperFixReport.andOthers(others) + ".");
        } else if (result.unrecognisedFailure() != null) {
            document.callout(
                    Tone.DANGER,
                    "Unrecognised failure",
                    capitalised(result.unrecognisedFailure().describe()) + DeveloperFixReport.andOthers(others) + ".");
        } else if (others > 0) {
            document.callout(Tone.WARNING, "No errors", "No error found" + DeveloperFixReport.andOthers(others) + ".");
        } else {
            document.callout(Tone.SUCCESS, "Clean", "No database or migration-tool errors found.");
        }
        if (result.silentFailure()) {
            document.callout(
                    Tone.DANGER,
                    "Silent failure",
                    "The command exited 0, but its output holds errors: the database may be partly migrated.");
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Lines scanned", Long.toString(result.linesScanned())));
        facts.add(Fact.of("Bytes scanned", Long.toString(result.bytesScanned())));
        if (result.findingsDropped() > 0) {
            facts.add(Fact.of("Not kept", result.findingsDropped() + " further distinct findings"));
        }
        document.facts(facts);
        UnrecognisedFailure failure = result.unrecognisedFailure();
        if (failure != null) {
            UnrecognisedSection.add(document, null, result, LogLinks.NONE);
        }
        List<Finding> findings = result.findings().stream()
                .sorted(Comparator.comparingLong(Finding::line))
                .toList();
        FindingTable.add(document, findings, finding -> LogLinks.NONE);
        FindingSections.add(document, findings, RootCause.in(result), finding -> LogLinks.NONE);
        return document.build();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
