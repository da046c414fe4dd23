package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** More than three findings are summed up in a table above their details. */
class FindingTableTest {

    @Test
    void moreThanThreeFindingsAreListedAtAGlanceInTheOrderOfTheLog() {
        DeploymentReport report = deployment()
                .capture("deploy", ReportFixtures.scan(DeveloperFixReportTest.threeTools(), 1))
                .build();

        String markdown = ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS);

        assertThat(markdown)
                .containsSubsequence(
                        "## What to do next",
                        """
                ## Findings at a glance

                | Severity | Code | Title | Migration | First line | Count |
                | --- | --- | --- | --- | --- | --- |
                | ERROR | `42P01` | Relation does not exist | `V2__create_orders.sql (version 2, line 1)` | 29 | 1 |
                | ERROR | `42601` | Syntax error | `changeset create-orders by bob in changelog.sql` | 77 | 1 |
                | ERROR | `1146` | Table doesn't exist | \\- | 85 | 1 |
                | ERROR | `1062` | Duplicate entry for key | \\- | 90 | 1 |
                """,
                        "## What broke the deployment");
    }

    @Test
    void theFirstLineLinksWhereThePageShowsIt() {
        LogLinks links = line -> Optional.of(new LogLinks.LogLink("line " + line + " of step 4 (sh)", "log/#" + line));
        DeploymentReport report = deployment()
                .capture("deploy", ReportFixtures.scan(DeveloperFixReportTest.threeTools(), 1), links)
                .build();

        assertThat(ReportFormat.HTML.render(report, Audience.DEVELOPERS))
                .contains(
                        "<td><a href=\"log/#77\" rel=\"noopener noreferrer\">line 77 of step 4 (sh)</a></td><td>1</td>");
    }

    @Test
    void threeFindingsOrFewerNeedNoTable() {
        String mariadb = ReportFixtures.genuine(ReportFixtures.MARIADB_FORCE);
        DeploymentReport report = deployment()
                .capture(
                        "mariadb",
                        ReportFixtures.scan(mariadb + ReportFixtures.genuine(ReportFixtures.PSQL_CONTINUES), 0))
                .build();

        assertThat(report.findings()).hasSize(3);
        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS)).doesNotContain("Findings at a glance");
    }
}
