package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
        Finding first = report.findings().stream()
                .filter(Finding::isError)
                .min(Comparator.comparingLong(Finding::line))
                .orElse(null);
        if (first != null) {
            steps.add("Start with the first error, " + label(first) + " at line " + first.line()
                    + " of the log: later errors are often its consequences.");
        }
        // The first error's own fix stands right under it in the findings; repeat only the others'.
        Set<String> toolAdvice = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            boolean toolLevel = finding.engine() == null && finding.tool() != null;
            if (toolLevel && finding.fix() != null && finding != first) {
                toolAdvice.add(finding.title() + ": " + finding.fix());
            }
        }
        steps.addAll(toolAdvice);
        if (report.outcome() != Outcome.SUCCESS && report.errorCount() > 0) {
            steps.add("When it is fixed, run the pipeline again.");
        }
        return steps;
    }

    private static String gateStep(GateDecision gate) {
        List<String> reasons = gate.checks().stream()
                .filter(check -> check.state() == CheckState.FAILED || check.state() == CheckState.PENDING)
                .map(check -> check.message())
                .toList();
        String verb = gate.verdict() == Verdict.WAIT ? "is waiting" : "is blocked";
        return "The gate " + verb + ": " + String.join(" ", reasons);
    }

    static String label(Finding finding) {
        String code = finding.code() == null ? finding.id() : finding.code();
        return finding.title() == null ? code : code + " (" + finding.title() + ")";
    }
}
