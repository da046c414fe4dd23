package io.jenkins.plugins.deploygate.engine.capture.real;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What scanning one real tool run must give, as a DBA reads a deployment: the tool's exit status
 * and the ERROR findings in order, the database error that broke the deployment first. Warnings
 * and notes are not part of it. No ERROR finding with exit status 0 is a clean run; no ERROR
 * finding with any other exit status is a failure nobody recognised, which a report must say as
 * such.
 *
 * @param scenario {@code <tool>-<version>/<scenario>}, the fixture's path under {@code logs/real}
 *     without {@code .log}
 */
public record ExpectedScan(String scenario, int exitStatus, List<ExpectedFinding> findings) {

    public ExpectedScan {
        Objects.requireNonNull(scenario, "scenario");
        findings = List.copyOf(findings);
    }

    /**
     * Scans a run's output as {@code deploy-gate scan --exit-code} does, with the built-in
     * catalogue, and gives what it found in the table's shape.
     */
    public static ExpectedScan scan(String scenario, int exitStatus, byte[] output) {
        LogScanner scanner =
                new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(exitStatus));
        return observed(scenario, exitStatus, scanner.scan(output));
    }

    /** The same shape taken from a scan of that run's output. */
    public static ExpectedScan observed(String scenario, int exitStatus, ScanResult result) {
        return new ExpectedScan(
                scenario,
                exitStatus,
                result.findings().stream()
                        .filter(Finding::isError)
                        .map(ExpectedFinding::of)
                        .toList());
    }

    public boolean clean() {
        return findings.isEmpty() && exitStatus == 0;
    }

    public boolean unrecognised() {
        return findings.isEmpty() && exitStatus != 0;
    }

    /** The scenario's rows as the table writes them, so that a failed comparison reads as a diff. */
    @Override
    public String toString() {
        String prefix = scenario + " " + exitStatus + " ";
        if (findings.isEmpty()) {
            return prefix + (clean() ? ExpectationsTable.CLEAN : ExpectationsTable.UNRECOGNISED);
        }
        return findings.stream().map(finding -> prefix + finding.columns()).collect(Collectors.joining("\n"));
    }
}
