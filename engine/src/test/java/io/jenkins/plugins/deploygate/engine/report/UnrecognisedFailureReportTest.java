package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.report.sarif.SarifWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Maven could not resolve the Flyway plugin and exited 1: genuine output in which no line is an
 * error Deploy Gate knows. Every developer output says it failed, with the exit status and the last
 * lines, and never that it was clean.
 */
class UnrecognisedFailureReportTest {

    private final ScanResult result = ReportFixtures.scan(ReportFixtures.pluginNotResolved(), 1);
    private final DeploymentReport report =
            deployment().capture("maven", result).build();

    @Test
    void theFixReportGivesTheExitStatusTheLastLinesAndWhatToDo() {
        String text = ReportFormat.TEXT.render(report, Audience.DEVELOPERS);

        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(text)
                .contains("FAILED: exit status 1, no known error recognised.\n")
                .containsSubsequence(
                        "What to do next",
                        "  - The deployment command failed with exit status 1, and Deploy Gate recognised no error in"
                                + " its output: read its last lines below (lines 7 to 16 of maven); a tool that stops"
                                + " usually says why there.",
                        "  - If the output names an error that Deploy Gate should know, ask your DBAs to add it to"
                                + " the error catalogue",
                        "  - When it is fixed, run the pipeline again.",
                        "Unrecognised failure\n====================",
                        "The command failed with exit status 1: no known error recognised in its output (maven). Its"
                                + " last lines:",
                        "   7 | [INFO] Finished at: 2026-12-02T01:26:30Z\n",
                        "   9 | [ERROR] Plugin org.flywaydb:flyway-maven-plugin:9.22.30 or one of its dependencies"
                                + " could not be resolved",
                        "> 16 | \n")
                .doesNotContain("SUCCEEDED", "No database or migration-tool errors", "What broke the deployment");
    }

    @Test
    void aFailureThatToldNoStatusIsReportedWithAnUnknownOne() {
        ScanResult untold = new ScanResult(
                result.linesScanned(),
                result.bytesScanned(),
                false,
                List.of(),
                0,
                new UnrecognisedFailure(null, result.unrecognisedFailure().lastLines(), 7));
        DeploymentReport report = deployment().capture("maven", untold).build();

        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .contains(
                        "FAILED: exit status unknown, no known error recognised.",
                        "The deployment command failed with an unknown exit status, and Deploy Gate",
                        "The command failed with an unknown exit status: no known error recognised")
                .doesNotContain("exit status 1", "exit status null");
        assertThat(ReportFormat.JSON.render(report, Audience.DEVELOPERS)).contains("\"exitStatus\":null");
    }

    @Test
    void lastLinesThatWereNotKeptAreNotReportedAsAnEmptyOutput() {
        // As Jenkins rebuilds a failure whose stored output end was lost.
        ScanResult lost = new ScanResult(
                result.linesScanned(),
                result.bytesScanned(),
                false,
                List.of(),
                0,
                new UnrecognisedFailure(1, List.of(), 16));
        ScanResult empty = new ScanResult(0, 0, false, List.of(), 0, new UnrecognisedFailure(1, List.of(), 1));

        assertThat(ReportFormat.TEXT.render(deployment().capture("maven", lost).build(), Audience.DEVELOPERS))
                .contains(
                        "Its last lines were not kept; read them in the whole output.",
                        "read the end of its output (maven)")
                .doesNotContain("printed nothing");
        assertThat(ReportFormat.TEXT.render(deployment().capture("maven", empty).build(), Audience.DEVELOPERS))
                .contains("It printed nothing.", "it printed nothing, so run the command by hand");
        assertThat(ReportFormat.MARKDOWN.write(
                        PostMortemDraft.of(deployment().capture("maven", empty).build())))
                .contains("The command failed (maven): exit status 1, no known error recognised")
                .doesNotContain("stopped at line");
    }

    @Test
    void theOutputsEndLinksToWhereItCanBeRead() {
        LogLinks links = line -> Optional.of(new LogLinks.LogLink("line " + line + " of step 3 (sh)", "log/#" + line));
        DeploymentReport linked = deployment().capture("maven", result, links).build();

        assertThat(ReportFormat.MARKDOWN.render(linked, Audience.DEVELOPERS))
                .contains("The whole output: [line 16 of step 3 (sh)](log/#16)");
    }

    @Test
    void theJsonCarriesItWithoutACause() {
        String json = ReportFormat.JSON.render(report, Audience.DEVELOPERS);

        assertThat(json)
                .contains("\"causeUnrecognised\":true")
                .contains("\"rootCause\":null")
                .contains("\"unrecognisedFailure\":{\"exitStatus\":1,\"message\":\"no known error recognised\","
                        + "\"firstLine\":7,\"lastLines\":[\"[INFO] Finished at: 2026-12-02T01:26:30Z\"");
    }

    @Test
    void thePostMortemDraftStartsTheRootCauseFromTheLastLines() {
        String draft = ReportFormat.MARKDOWN.write(PostMortemDraft.of(report));

        assertThat(draft)
                .contains(
                        "| during the run | The command stopped at line 16 of its output (maven): exit status 1, no known error"
                                + " recognised |")
                .containsSubsequence(
                        "## Root cause",
                        "The command failed with exit status 1: no known error recognised in its output (maven).",
                        "```text\n   7 | [INFO] Finished at",
                        "To fill in: why did the change fail? Start from the last lines of the output above.");
    }

    @Test
    void theScanSaysSoWithTheLastLines() {
        String text = ReportFormat.TEXT.write(ScanReport.of(result));

        assertThat(text)
                .contains("UNRECOGNISED FAILURE: Exit status 1, no known error recognised.")
                .contains("The command failed with exit status 1: no known error recognised in its output. Its last"
                        + " lines:")
                .contains("> 16 | \n");
    }

    @Test
    void sarifHasOneErrorResultForItAtTheOutputsLastLine() {
        String sarif = new SarifWriter("1.0").write(List.of(new SarifWriter.ScannedLog("deploy.log", result)));

        assertThat(sarif)
                .contains("{\"id\":\"deploy-gate.unrecognised-failure\",\"shortDescription\":{\"text\":\"Failure with"
                        + " no known error\"}")
                .contains("\"defaultConfiguration\":{\"level\":\"error\"}")
                .contains("\"results\":[{\"ruleId\":\"deploy-gate.unrecognised-failure\",\"level\":\"error\","
                        + "\"message\":{\"text\":\"exit status 1, no known error recognised\"},\"locations\":"
                        + "[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"deploy.log\"},\"region\":"
                        + "{\"startLine\":16,\"snippet\":{\"text\":\"\"}}}}]");
        assertThat(sarif.split("\"ruleId\"", -1)).hasSize(2);
    }

    @Test
    void aCommandThatPrintedNothingSaysSo() {
        ScanResult silent = ReportFixtures.scan("", 2);
        DeploymentReport nothing = deployment().capture("flyway", silent).build();

        assertThat(ReportFormat.TEXT.render(nothing, Audience.DEVELOPERS))
                .contains("FAILED: exit status 2, no known error recognised.")
                .contains("it printed nothing, so run the command by hand to see why it fails.")
                .contains("no known error recognised in its output (flyway). It printed nothing.");
        assertThat(new SarifWriter("1.0").write(List.of(new SarifWriter.ScannedLog("deploy.log", silent))))
                .contains("\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"deploy.log\"}}}]");
    }
}
