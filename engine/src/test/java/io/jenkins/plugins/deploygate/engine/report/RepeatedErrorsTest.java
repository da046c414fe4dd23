package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.PSQL_CONTINUES;
import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.report.sarif.SarifWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An error that occurred again and again is one finding that lists the line of every occurrence:
 * here psql's genuine output, printed once per run by a pipeline that ran the same script again.
 */
class RepeatedErrorsTest {

    @Test
    void listsTheLineOfEveryOccurrence() {
        DeploymentReport report = deployment().capture("psql", runs(3)).build();

        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .contains("Log lines:  2, 7, 12\n")
                .doesNotContain("Log line:");
        assertThat(ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS)).contains("- **Log lines:** 2, 7, 12\n");
        assertThat(ReportFormat.MARKDOWN.write(PostMortemDraft.of(report)))
                .contains("| 2, 7, 12 | 42P01 (Relation does not exist): relation \"customer\" does not exist |");
    }

    @Test
    void saysHowManyMoreOccurredThanTheFindingLists() {
        ScanResult result = runs(Finding.MAX_LINES + 5);
        Finding finding = result.findings().get(0);

        String text =
                ReportFormat.TEXT.render(deployment().capture("psql", result).build(), Audience.DEVELOPERS);

        assertThat(finding.lines()).hasSize(Finding.MAX_LINES);
        assertThat(text).contains("Log lines:  2, 7, 12, ").contains(", 242, 247 and 5 more\n");
        assertThat(new SarifWriter("1.0").write(List.of(new SarifWriter.ScannedLog("deploy.log", result))))
                .contains("\"occurrenceCount\":55");
    }

    @Test
    void eachOccurrenceLinksToWhereItsLineCanBeRead() {
        LogLinks links = line -> line == 12
                ? Optional.empty()
                : Optional.of(
                        new LogLinks.LogLink("line " + line + " of step 9 (sh)", "execution/node/9/log/#" + line));
        DeploymentReport report = deployment().capture("psql", runs(3), links).build();

        assertThat(ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS))
                .contains("- **Log lines:** [line 2 of step 9 (sh)](execution/node/9/log/#2),"
                        + " [line 7 of step 9 (sh)](execution/node/9/log/#7), 12\n");
    }

    @Test
    void anErrorRepeatedOnOneLineIsCountedWithoutInventingMoreLines() {
        // psql's genuine error line, run together three times as a long line holds it.
        String line = "psql:deploy.sql:2: ERROR:  relation \"customer\" does not exist ";
        ScanResult result =
                ReportFixtures.scan("-".repeat(1200) + " " + (line + "x".repeat(300) + " ").repeat(3) + "\n", 0);
        Finding finding = result.findings().get(0);
        DeploymentReport report = deployment().capture("psql", result).build();

        assertThat(finding.lines()).containsExactly(1L);
        assertThat(finding.count()).isGreaterThan(1);
        assertThat(ReportFormat.TEXT.render(report, Audience.DEVELOPERS))
                .contains("Log lines:  1 (" + finding.count() + " occurrences)\n")
                .doesNotContain(" more\n");
    }

    private static ScanResult runs(int times) {
        return ReportFixtures.scan(ReportFixtures.genuine(PSQL_CONTINUES).repeat(times), 0);
    }
}
