package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.FLYWAY_MISSING_TABLE;
import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.LIQUIBASE_SYNTAX_ERROR;
import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.genuine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fix report of genuine tool runs, as developers read it. */
class DeveloperFixReportTest {

    private final DeploymentReport failed = deployment()
            .gate(ReportFixtures.openGate())
            .capture("flyway", ReportFixtures.scanned(FLYWAY_MISSING_TABLE, 1))
            .build();

    @Test
    void showsTheErrorThatBrokeTheDeploymentWithItsMigrationTheToolsReportAndTheFailingStatement() {
        String text = ReportFormat.TEXT.render(failed, Audience.DEVELOPERS);

        assertThat(text)
                .contains("FAILED: 1 error found in 1 migration.\n")
                .contains(
                        """
                What to do next
                ===============

                  - Fix the error that broke the deployment first: 42P01 (Relation does not exist) in \
                V2__create_orders.sql (version 2, line 1), at line 29 of the log.
                  - When it is fixed, run the pipeline again.

                What broke the deployment
                =========================

                ERROR 42P01 (Relation does not exist)
                -------------------------------------

                relation "customer" does not exist

                Flyway reported: Migration V2__create_orders.sql failed (log line 25)

                Migration:  V2__create_orders.sql (version 2, line 1)
                Log line:   29
                Tool:       flyway
                Database:   postgresql
                Finding:    postgresql.42P01

                Failing statement:

                    CREATE TABLE orders (
                        id BIGINT PRIMARY KEY,
                        customer_id BIGINT NOT NULL REFERENCES customer (id)
                    )

                  26 | [ERROR] --------------------------------------
                """)
                .contains("> 29 | [ERROR] Message    : ERROR: relation \"customer\" does not exist")
                .contains("Fix: The table or view is not where the statement looks.")
                .contains("Reference: https://www.postgresql.org/docs/current/errcodes-appendix.html")
                .doesNotContain("Other findings", "flyway.migration-failed", "Findings at a glance");
    }

    @Test
    void namesALiquibaseChangesetByItsIdAuthorAndChangelog() {
        DeploymentReport report = deployment()
                .capture("liquibase", ReportFixtures.scanned(LIQUIBASE_SYNTAX_ERROR, 1))
                .build();

        String markdown = ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS);

        assertThat(markdown)
                .contains("- Fix the error that broke the deployment first: 42601 (Syntax error) in changeset"
                        + " create-orders by bob in changelog.sql, at line 35 of the log.")
                .contains("Liquibase reported: `Migration failed for changeset changelog.sql::create-orders::bob`"
                        + " (log line 34)")
                .contains("- **Migration:** `changeset create-orders by bob in changelog.sql`")
                .contains("Failing statement:\n\n```sql\nCREATE TABEL orders (id BIGINT PRIMARY KEY)\n```");
    }

    @Test
    void groupsTheOtherFindingsByMigrationInTheOrderOfTheLog() {
        // One deployment script that ran Flyway, then Liquibase, then the MariaDB client with --force.
        DeploymentReport report = deployment()
                .capture("deploy", ReportFixtures.scan(threeTools(), 1))
                .build();

        assertThat(ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS))
                .containsSubsequence(
                        "## What broke the deployment",
                        "### ERROR 42P01 (Relation does not exist)",
                        "## Other findings",
                        "### changeset create-orders by bob in changelog.sql",
                        "#### ERROR 42601 (Syntax error)",
                        "### Other output",
                        "#### ERROR 1146 (Table doesn't exist)",
                        "#### ERROR 1062 (Duplicate entry for key)");
    }

    @Test
    void theWrappersLineLinksToWhereTheCaptureSaysItCanBeRead() {
        LogLinks links = line ->
                Optional.of(new LogLinks.LogLink("line " + line + " of step 7 (sh)", "execution/node/7/log/#" + line));
        DeploymentReport linked = deployment()
                .capture("flyway", ReportFixtures.scanned(FLYWAY_MISSING_TABLE, 1), links)
                .build();

        String html = ReportFormat.HTML.render(linked, Audience.DEVELOPERS);

        assertThat(html)
                .contains(
                        "<p>Flyway reported: <code>Migration V2__create_orders.sql failed</code> (<a"
                                + " href=\"execution/node/7/log/#25\" rel=\"noopener noreferrer\">line 25 of step 7 (sh)</a>)</p>")
                .contains("<tr><th scope=\"row\">Log line</th><td><a href=\"execution/node/7/log/#29\""
                        + " rel=\"noopener noreferrer\">line 29 of step 7 (sh)</a></td></tr>");
        assertThat(ReportFormat.HTML.render(failed, Audience.DEVELOPERS)).doesNotContain("execution/node");
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
                .capture("psql", ReportFixtures.scanned(ReportFixtures.PSQL_CONTINUES, 0))
                .build();

        assertThat(ReportFormat.TEXT.render(silent, Audience.DEVELOPERS))
                .contains("FAILED: 1 error found.")
                .contains("SILENT FAILURE: The deployment command reported success, but its output holds errors.")
                .contains("Failing statement:\n\n    INSERT INTO customer (id, name) VALUES (1, 'Alice');\n");
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
                .capture("flyway", new ScanResult(300, 9000, false, List.of(), 0))
                .build();

        assertThat(ReportFormat.TEXT.render(clean, Audience.DEVELOPERS))
                .contains("SUCCEEDED: No database or migration-tool errors were found in the deployment's output.")
                .doesNotContain("What to do next");
    }

    /** Flyway, Liquibase and the MariaDB client with --force, one after the other, genuine output each. */
    static String threeTools() {
        return genuine(FLYWAY_MISSING_TABLE) + genuine(LIQUIBASE_SYNTAX_ERROR) + genuine(ReportFixtures.MARIADB_FORCE);
    }
}
