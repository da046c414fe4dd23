package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code deploy-gate report} on the documented examples, as a user would. */
class ReportCommandTest {

    private static final String RULES = "../docs/examples/rules.yaml";
    private static final String LOG = "../docs/examples/flyway-failure.log";

    @TempDir
    Path temp;

    private Path decision;

    @BeforeEach
    void decideWithCheck() throws IOException {
        CliRun check = CliRun.of(
                "check",
                "--rules",
                RULES,
                "--environment",
                "production",
                "--change",
                "CHG-1234",
                "--first-seen",
                "2026-11-20T15:00",
                "--requested-by",
                "alice",
                "--committer",
                "gina",
                "--approval",
                "alice",
                "--approval",
                "bob",
                "--approval",
                "carol",
                "--approval",
                "dave",
                "--now",
                "2026-11-24T18:30",
                "--format",
                "json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        decision = Files.writeString(temp.resolve("decision.json"), check.out());
    }

    @Test
    void stakeholdersGetTheStatusWithoutAnyTechnicalDetail() {
        CliRun report = report("--audience", "stakeholders", "--format", "text", "--exit-code", "1");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .startsWith("CHG-1234 to production: failed")
                .contains("The deployment of change CHG-1234 to production did not complete on ")
                .containsPattern("Finished: +\\w{3} \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC")
                .contains("Approved by:     bob, carol, dave")
                .doesNotContain("42P01", "customers", "db-prod-1", "S3cr3t", "V3__", "CREATE", "flyway");
    }

    @Test
    void developersGetEveryFindingItsFixAndTheGateRedacted() {
        CliRun report = report("--format", "markdown", "--exit-code", "1");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .containsSubsequence(
                        "## What broke the deployment",
                        "### ERROR 42P01 (Relation does not exist)",
                        "Flyway reported: `Migration V3__add_orders.sql failed`",
                        "- **Migration:** `V3__add_orders.sql (version 3, line 12)`",
                        "Failing statement:\n\n```sql\nCREATE TABLE orders (\n")
                .contains("relation \"customers\" does not exist")
                .contains("## Gate")
                .contains("alice (requester)")
                // carol counted for the change board; that she is no DBA is not news in the DBA row.
                .doesNotContain("carol (not in dba)")
                .doesNotContain("S3cr3t-Flyway");
    }

    @Test
    void writesOneSelfContainedHtmlFile() throws IOException {
        Path html = temp.resolve("report.html");

        CliRun report = report("-o", html.toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .contains("<style>", "relation &quot;customers&quot; does not exist")
                .doesNotContain("<script", "<link", "S3cr3t");
    }

    @Test
    void writesThePostMortemDraftOfAFailedDeployment() {
        CliRun draft = report("--post-mortem", "--format", "markdown", "--exit-code", "1", "--zone", "Europe/Berlin");

        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(draft.out())
                .startsWith("# Post-mortem draft: CHG-1234 to production")
                .contains("| Fri 20 Nov 2026 15:00 CET | Requested by alice |")
                .contains("## Root cause");
    }

    @Test
    void jsonForDevelopersHoldsTheScanAndTheDecisionAsTheOtherCommandsPrintThem() {
        CliRun report = report("--format", "json");

        assertThat(report.out())
                .contains("\"audience\":\"developers\"")
                .contains("\"findings\":[{\"id\":\"postgresql.42P01\"")
                .contains("\"gates\":[{\"environment\":\"production\",\"rule\":\"production\",\"verdict\":\"OPEN\"");
    }

    @Test
    void refusesAnUnknownAudienceNamingTheOption() {
        CliRun report = report("--audience", "managers");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err())
                .startsWith("deploy-gate report: Invalid value for option '--audience': expected one of"
                        + " [STAKEHOLDERS, DEVELOPERS] (case-insensitive) but was 'managers'");
    }

    @Test
    void refusesAMissingLogNamingIt() {
        CliRun report = CliRun.of("report", "--log", "no-such.log");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("--log: no-such.log: no such file").doesNotContain("\tat ");
    }

    @Test
    void refusesADecisionThatIsNotChecksJsonNamingTheField() throws IOException {
        Path broken = Files.writeString(
                temp.resolve("broken.json"), "{\"environment\":\"production\",\"verdict\":\"MAYBE\"}");

        CliRun report = CliRun.of("report", "--log", LOG, "--decision", broken.toString());

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("broken.json: verdict: \"MAYBE\" is not one of [OPEN, WAIT, BLOCKED]");
    }

    private CliRun report(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "report";
        args[1] = "--log";
        args[2] = LOG;
        args[3] = "--decision";
        args[4] = decision.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.of(args);
    }
}
