package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The short list at the top of the fix report: where to start and what the migration tool needs
 * before a new attempt. The tool's own advice comes from the catalogue entries of its findings,
 * so it is written once, where DBAs maintain it.
 */
final class NextSteps {

    private NextSteps() {}

    static List<String> of(DeploymentReport report) {
        List<String> steps = new ArrayList<>();
        report.finalGate().filter(gate -> gate.verdict() != Verdict.OPEN).ifPresent(gate -> steps.add(gateStep(gate)));
        Optional<Finding> cause = report.rootCause();
        cause.ifPresent(first -> steps.add(causeStep(first, report.errorCount() > 1)));
        // The cause's own fix stands right under it in the findings; repeat only the others' advice.
        Set<String> toolAdvice = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            boolean toolLevel = finding.engine() == null && finding.tool() != null;
            if (toolLevel
                    && finding.fix() != null
                    && cause.map(first -> first != finding).orElse(true)) {
                toolAdvice.add(finding.title() + ": " + finding.fix());
            }
        }
        steps.addAll(toolAdvice);
        for (DeploymentReport.Capture capture : report.unrecognisedFailures()) {
            steps.add(unrecognisedStep(capture.name(), capture.result()));
        }
        if (!report.unrecognisedFailures().isEmpty()) {
            steps.add("If the output names an error that Deploy Gate should know, ask your DBAs to add it to the"
                    + " error catalogue, so that the next report names it and its fix.");
        }
        if (report.outcome() != Outcome.SUCCESS
                && (cause.isPresent() || !report.unrecognisedFailures().isEmpty())) {
            steps.add("When it is fixed, run the pipeline again.");
        }
        return steps;
    }

    /** "Fix ... 42P01 (...) in V2__create_orders.sql (version 2, line 1), at line 29 of the log". */
    private static String causeStep(Finding cause, boolean moreErrors) {
        return "Fix the error that broke the deployment first: " + labelAndMigration(cause) + ", at line "
                + cause.line() + " of the log" + (moreErrors ? "; later errors are often its consequences." : ".");
    }

    private static String unrecognisedStep(String output, ScanResult result) {
        UnrecognisedFailure failure = result.unrecognisedFailure();
        String start = "The deployment command failed with " + failure.exitStatusText()
                + ", and Deploy Gate recognised no error in its output: ";
        if (failure.lastLines().isEmpty() && result.linesScanned() == 0) {
            return start + "it printed nothing, so run the command by hand to see why it fails.";
        }
        if (failure.lastLines().isEmpty()) {
            return start + "read the end of its output (" + output + "); a tool that stops usually says why there.";
        }
        return start + "read its last lines below ("
                + linesText(failure.firstLine(), failure.lastLine()) + " of " + output
                + "); a tool that stops usually says why there.";
    }

    private static String linesText(long first, long last) {
        return first == last ? "line " + first : "lines " + first + " to " + last;
    }

    private static String gateStep(GateDecision gate) {
        List<String> reasons = gate.checks().stream()
                .filter(check -> check.state() == CheckState.FAILED || check.state() == CheckState.PENDING)
                .map(check -> check.message())
                .toList();
        String verb = gate.verdict() == Verdict.WAIT ? "is waiting" : "is blocked";
        return "The gate " + verb + ": " + String.join(" ", reasons);
    }

    /** "42P01 (Relation does not exist) in V2__create_orders.sql (version 2, line 1)". */
    static String labelAndMigration(Finding finding) {
        String migration = MigrationText.of(finding);
        return label(finding) + (migration == null ? "" : " in " + migration);
    }

    static String label(Finding finding) {
        String code = finding.code() == null ? finding.id() : finding.code();
        return finding.title() == null ? code : code + " (" + finding.title() + ")";
    }
}
