package io.jenkins.plugins.deploygate.engine.report;

import static io.jenkins.plugins.deploygate.engine.report.ReportFixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a deployment's log can say reaches HTML only escaped: the failing statement, the tool's
 * report around the error, the last lines of a failure nobody recognised. Genuine output, with a
 * table and a migration whose names are markup (both legal: a quoted identifier, a file name).
 */
class HostileLogTextTest {

    private static final String TABLE = "<script>alert(1)</script>";
    private static final String MIGRATION = "V2__<script>alert(2)</script>";
    /** A tag Markdown would pass through: one without the backslash that makes it text. */
    private static final String UNESCAPED_TAG = "(?<!\\\\)<script";

    @Test
    void theStatementAndTheToolsReportAreEscaped() {
        String log = ReportFixtures.genuine(ReportFixtures.FLYWAY_MISSING_TABLE)
                .replace("\"customer\"", "\"" + TABLE + "\"")
                .replace("REFERENCES customer", "REFERENCES \"" + TABLE + "\"")
                .replace("V2__create_orders", MIGRATION);
        DeploymentReport report =
                deployment().capture("flyway", ReportFixtures.scan(log, 1)).build();

        String html = ReportFormat.HTML.render(report, Audience.DEVELOPERS);

        assertThat(report.rootCause().orElseThrow().statement()).contains(TABLE);
        assertThat(html)
                .doesNotContain("<script")
                .contains("<p>Flyway reported: <code>Migration V2__&lt;script&gt;alert(2)&lt;/script&gt;.sql"
                        + " failed</code> (log line 25)</p>")
                .contains("customer_id BIGINT NOT NULL REFERENCES &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"
                        + " (id)\n)</code></pre>");
        assertThat(outsideCode(ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS)))
                .doesNotContainPattern(UNESCAPED_TAG);
        assertThat(ReportFormat.HTML.write(PostMortemDraft.of(report))).doesNotContain("<script");
    }

    @Test
    void theLastLinesOfAFailureNobodyRecognisedAreEscaped() {
        String log = ReportFixtures.pluginNotResolved() + "[ERROR] " + TABLE + "\n";
        DeploymentReport report =
                deployment().capture("maven", ReportFixtures.scan(log, 1)).build();

        String html = ReportFormat.HTML.render(report, Audience.DEVELOPERS);

        assertThat(html)
                .doesNotContain("<script")
                .contains("<span class=\"dg-ln\">16</span>[ERROR] &lt;script&gt;alert(1)&lt;/script&gt;</span>");
        assertThat(ReportFormat.HTML.write(
                        ScanReport.of(report.captures().get(0).result())))
                .doesNotContain("<script");
        assertThat(outsideCode(ReportFormat.MARKDOWN.render(report, Audience.DEVELOPERS)))
                .doesNotContainPattern(UNESCAPED_TAG);
    }

    /** Markdown shows code spans and fenced blocks as they are: only there may a tag stay. */
    private static String outsideCode(String markdown) {
        return markdown.replaceAll("(?s)(`{3,})[a-z]+\n.*?\n\\1\n", "").replaceAll("`[^`\n]*`", "");
    }
}
