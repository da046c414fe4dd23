package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeveloperFixReportTest {

    private final DeploymentReport failed = deployment()
            .gate(ReportFixtures.openGate())
            .capture("flyway", ReportFixtures.flywayFailure(false))
            .build();

    @Test
    void groupsFindingsByMigrationInTheOrderOfTheLog() {
        String markdown = ReportFormat.MARKDOWN.render(failed, Audience.DEVELOPERS);

        assertThat(markdown)
                .containsSubsequence(
                        "### V3\\_\\_add\\_orders.sql (version 3, line 12)",
                        "#### ERROR flyway.migration-failed (Migration failed)",
                        "#### ERROR 42P01 (Relation does not exist)",
                        "### Other output",
                        "#### WARNING 25P02 (Transaction aborted)");
    }

    @Test
    void showsEachFindingsMessageContextFixAndVendorLink() {
        String markdown = ReportFormat.MARKDOWN.render(failed, Audience.DEVELOPERS);

        assertThat(markdown)
                .contains("`relation \"orders\" does not exist`")
                .contains("SQL State  : 42P01")
                .contains("Fix: Create the table in an earlier migration, or correct its name or schema.")
                .contains("Reference: [https://www.postgresql.org/docs/current/errcodes-appendix.html]"
                        + "(https://www.postgresql.org/docs/current/errcodes-appendix.html)");
    }

    @Test
    void aFindingsLogLineLinksToWhereTheCaptureSaysItCanBeRead() {
        LogLinks links = line -> line == 41
                ? Optional.of(new LogLinks.LogLink("line 3 of step 7 (sh)", "job/deploy/1/execution/node/7/log/"))
                : Optional.empty();
        DeploymentReport linked = deployment()
                .gate(ReportFixtures.openGate())
                .capture("flyway", ReportFixtures.flywayFailure(false), links)
                .build();

        String markdown = ReportFormat.MARKDOWN.render(linked, Audience.DEVELOPERS);
        String html = ReportFormat.HTML.render(linked, Audience.DEVELOPERS);

        assertThat(markdown).contains("[line 3 of step 7 (sh)](job/deploy/1/execution/node/7/log/)");
        assertThat(html)
                .contains(
                        "<a href=\"job/deploy/1/execution/node/7/log/\" rel=\"noopener noreferrer\">line 3 of step 7 (sh)</a>");
        // Lines the capture has no page for keep their number.
        assertThat(ReportFormat.MARKDOWN.render(failed, Audience.DEVELOPERS)).doesNotContain("execution/node");
    }

    @Test
    void summarisesErrorsAndStartsTheNextStepsWithTheFirstError() {
        String text = ReportFormat.TEXT.render(failed, Audience.DEVELOPERS);

        assertThat(text)
                .contains("FAILED: 2 errors found in 1 migration, and 1 warning or note.")
                .containsSubsequence(
                        "What to do next",
                        "  - Start with the first error, flyway.migration-failed (Migration failed) at line 41 of the log",
                        "  - When it is fixed, run the pipeline again.",
                        "Findings");
        // The first error's fix is under it in the findings, not repeated in the steps.
        assertThat(text.substring(0, text.indexOf("Findings"))).doesNotContain("repair the schema history");
    }

    @Test
    void repeatsAToolsAdviceWhenItsFindingIsNotTheFirstError() {
        ScanResult flyway = ReportFixtures.flywayFailure(false);
        List<Finding> findings = new ArrayList<>(flyway.findings());
        findings.add(ReportFixtures.finding(
                "postgresql.42501",
                "postgresql",
                "psql",
                "42501",
                Severity.ERROR,
                "Insufficient privilege",
                "permission denied for table audit",
                7,
                null,
                "Grant the deployment user the privilege.",
                null,
                List.of()));
        DeploymentReport report = deployment()
                .capture("psql", new ScanResult(100, 4000, false, findings, 0))
                .build();

        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .containsSubsequence(
                        "  - Start with the first error, 42501 (Insufficient privilege) at line 7 of the log",
                        "  - Migration failed: Fix the migration script, then repair the schema history",
                        "  - When it is fixed, run the pipeline again.");
    }

    @Test
    void namesThePipelineElseTheChangeAndEnvironmentInTheTitle() {
        assertThat(ReportFormat.TEXT.render(failed, Audience.DEVELOPERS))
                .startsWith("Deployment report: orders-db #42\n");
        DeploymentReport withoutJob =
                DeploymentReport.builder().gate(ReportFixtures.openGate()).build();
        assertThat(ReportFormat.TEXT.render(withoutJob, Audience.DEVELOPERS))
                .startsWith("Deployment report: CHG-1234 to production\n");
        assertThat(ReportFormat.TEXT.render(DeploymentReport.builder().build(), Audience.DEVELOPERS))
                .startsWith("Deployment report\n");
    }

    @Test
    void callsOutASilentFailure() {
        DeploymentReport silent = deployment()
                .capture("flyway", ReportFixtures.flywayFailure(true))
                .build();

        assertThat(ReportFormat.TEXT.render(silent, Audience.DEVELOPERS))
                .contains("SILENT FAILURE: The deployment command reported success, but its output holds errors.");
    }

    @Test
    void listsTheChecksAndWhoseApprovalDidNotCountAndWhy() {
        String text = ReportFormat.TEXT.render(failed, Audience.DEVELOPERS);

        assertThat(text)
                .contains("Rule applied:  production")
                .contains("leadTime | PASSED |")
                .contains("1 of dba | alice | frank (not in dba) | -");
    }

    @Test
    void recordsTheExceptionWithWhoWhenWhyAndWhatItWaived() {
        DeploymentReport report = deployment()
                .gate(ReportFixtures.gateOpenedByException())
                .audit(new AuditEvent(
                        java.time.Instant.parse("2026-11-25T08:55:00Z"),
                        "bob",
                        AuditEvent.Action.EXCEPTION_GRANTED,
                        "Hotfix for the checkout outage"))
                .build();

        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .contains("Granted by:  bob")
                .contains("Granted:     Wed 25 Nov 2026 09:55 CET")
                .contains("Reason:      Hotfix for the checkout outage")
                .contains("Ticket:      INC-42")
                .contains("Waived:      window")
                .contains("Wed 25 Nov 2026 09:55 CET | bob | granted an exception | Hotfix for the checkout outage");
    }

    @Test
    void escapesHostileLogTextAndRefusesScriptLinksInHtml() {
        DeploymentReport report =
                deployment().capture("sqlplus", ReportFixtures.hostileFinding()).build();

        String html = ReportFormat.HTML.render(report, Audience.DEVELOPERS);

        assertThat(html)
                .doesNotContain("<script>", "href=\"javascript:", "\" onclick=\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("javascript:alert(1)");
    }

    @Test
    void aCleanRunSaysNoErrorsWereFound() {
        DeploymentReport clean = deployment()
                .gate(ReportFixtures.openGate())
                .capture(
                        "flyway",
                        new io.jenkins.plugins.deploygate.engine.capture.ScanResult(300, 9000, false, List.of(), 0))
                .build();

        assertThat(ReportFormat.TEXT.render(clean, Audience.DEVELOPERS))
                .contains("SUCCEEDED: No database or migration-tool errors were found in the deployment's output.")
                .doesNotContain("What to do next");
    }
}
