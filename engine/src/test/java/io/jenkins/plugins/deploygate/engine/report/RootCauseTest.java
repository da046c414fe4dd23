package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.real.ExpectationsTable;
import io.jenkins.plugins.deploygate.engine.capture.real.ExpectedFinding;
import io.jenkins.plugins.deploygate.engine.capture.real.ExpectedScan;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every genuine failed tool run of {@code logs/real}: the report starts from the error the
 * expectations table names first (the database error that broke the deployment), and the tool's
 * report around it is context, not a second error, in the report's counts and on the trend.
 */
class RootCauseTest {

    static Stream<Arguments> failedRuns() {
        return ExpectationsTable.load().stream()
                .filter(expected -> !expected.findings().isEmpty())
                .map(expected -> Arguments.of(expected.scenario(), expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedRuns")
    void theFirstFindingAndTheFirstStepAreTheErrorThatBrokeTheDeployment(String scenario, ExpectedScan expected) {
        DeploymentReport report = report(scenario, expected);
        ExpectedFinding broke = expected.findings().get(0);
        Finding cause = report.rootCause().orElseThrow();

        assertThat(ExpectedFinding.of(cause)).isEqualTo(broke);
        String text = ReportFormat.TEXT.render(report, Audience.DEVELOPERS);
        String heading = "ERROR " + NextSteps.label(cause);
        assertThat(text)
                .containsSubsequence(
                        "What to do next",
                        "  - Fix the error that broke the deployment first: " + NextSteps.label(cause),
                        "What broke the deployment",
                        heading + "\n" + "-".repeat(heading.length()) + "\n\n" + cause.message());
        if (cause.migration() != null) {
            assertThat(text)
                    .contains("  - Fix the error that broke the deployment first: " + NextSteps.label(cause) + " in "
                            + MigrationText.of(cause) + ", at line " + cause.line() + " of the log");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedRuns")
    void theToolsReportIsContextOfTheErrorAndTheReportAndTrendCountEachErrorOnce(
            String scenario, ExpectedScan expected) {
        DeploymentReport report = report(scenario, expected);
        String text = ReportFormat.TEXT.render(report, Audience.DEVELOPERS);
        int errors = expected.findings().size();

        assertThat(report.errorCount()).isEqualTo(errors);
        assertThat(text).startsWith("Deployment report: orders-db #42\n").contains("FAILED: " + errors + " error");
        assertThat(text.split("\nERROR ", -1)).as("ERROR headings").hasSize(errors + 1);
        assertThat(TrendPoint.errorsByEngine(report.captures().get(0).result()).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(errors);
        Finding cause = report.rootCause().orElseThrow();
        if (cause.wrapper() != null) {
            assertThat(text)
                    .containsOnlyOnce(" reported: " + cause.wrapper().message() + " (log line "
                            + cause.wrapper().line() + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedRuns")
    void theFailingStatementStandsUnderTheErrorAsCode(String scenario, ExpectedScan expected) {
        DeploymentReport report = report(scenario, expected);
        Finding cause = report.rootCause().orElseThrow();
        String markdown = ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS);

        if (cause.statement() == null) {
            assertThat(markdown).doesNotContain("Failing statement:");
        } else {
            assertThat(markdown)
                    .containsSubsequence(
                            "## What broke the deployment",
                            "Failing statement:\n\n```sql\n" + cause.statement() + "\n```\n",
                            "Fix: ");
        }
    }

    @Test
    void aToolLevelErrorFirstInTheLogIsTheCauseWhenItNamesNoMigration() {
        // psql could not read an included file, went on, and later statements failed without what it held.
        String log = ReportFixtures.genuine(ReportFixtures.PSQL_MISSING_INCLUDE)
                + ReportFixtures.genuine(ReportFixtures.PSQL_CONTINUES);
        DeploymentReport report =
                deployment().capture("psql", ReportFixtures.scan(log, 0)).build();

        assertThat(report.rootCause()).map(Finding::id).contains("psql.file-not-found");
    }

    @Test
    void aDatabaseErrorOfTheSameMigrationIsTheCauseWhenTheToolsReportOfItComesFirst() {
        DeploymentReport report = deployment()
                .capture("flyway", ReportFixtures.unfoldedToolReport(false))
                .build();

        assertThat(report.rootCause()).map(Finding::id).contains("postgresql.42P01");
        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .containsSubsequence(
                        "  - Fix the error that broke the deployment first: 42P01 (Relation does not exist) in"
                                + " V3__add_orders.sql (version 3, line 12), at line 43 of the log; later errors"
                                + " are often its consequences.",
                        // The tool's finding is not the cause, so its advice stays among the next steps.
                        "  - Migration failed: Fix the migration script, then repair the schema history",
                        "What broke the deployment",
                        "ERROR 42P01 (Relation does not exist)",
                        "Other findings",
                        "ERROR flyway.migration-failed (Migration failed)");
    }

    @Test
    void theCauseIsInTheFirstCaptureThatFailed() {
        DeploymentReport report = deployment()
                .capture("schema", ReportFixtures.scanned(ReportFixtures.FLYWAY_MISSING_TABLE, 1))
                .capture("data", ReportFixtures.scanned(ReportFixtures.MARIADB_FORCE, 0))
                .build();

        assertThat(report.rootCause()).map(Finding::id).contains("postgresql.42P01");
        assertThat(report.errorCount()).isEqualTo(3);
    }

    @Test
    void warningsAloneHaveNoCause() {
        List<Finding> findings = new ArrayList<>();
        findings.add(ReportFixtures.finding(
                "postgresql.25P02",
                "postgresql",
                "psql",
                "25P02",
                Severity.WARNING,
                "Transaction aborted",
                "current transaction is aborted",
                3,
                null,
                null,
                null,
                List.of()));
        DeploymentReport report = deployment()
                .capture("psql", new ScanResult(3, 90, false, findings, 0))
                .build();

        assertThat(report.rootCause()).isEmpty();
        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .doesNotContain("What broke the deployment")
                .contains("Findings\n========");
    }

    private static DeploymentReport report(String scenario, ExpectedScan expected) {
        return deployment()
                .capture(scenario, ReportFixtures.scanned(scenario, expected.exitStatus()))
                .build();
    }
}
