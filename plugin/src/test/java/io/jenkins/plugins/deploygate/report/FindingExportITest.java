package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatList;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.Functions;
import hudson.model.Result;
import io.jenkins.plugins.deploygate.capture.PipelineFixtures;
import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import java.util.stream.LongStream;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What a finding keeps beyond its message (the failing statement, the tool's report around it,
 * the changeset's author, every occurrence's line) reaches the REST API and the report page, as
 * text.
 */
@WithJenkins
class FindingExportITest {

    @BeforeEach
    void unix() {
        assumeFalse(Functions.isWindows(), "sh needs a Unix shell");
    }

    @Test
    void aLiquibaseFindingExportsItsStatementWrapperAndAuthor(JenkinsRule r) throws Exception {
        WorkflowRun run = r.buildAndAssertStatus(
                Result.FAILURE,
                PipelineFixtures.jobPrinting(
                        r,
                        "liquibase.log",
                        PipelineFixtures.liquibaseSyntaxError(),
                        // The Liquibase command line exited 1 when it printed this.
                        "node { captureDeployErrors(tool: 'liquibase') { sh 'cat liquibase.log; exit 1' } }"));

        JSONArray findings = findings(r, run);

        // One error: Liquibase's "Migration failed for changeset" is the context of the database's.
        assertThatList(findings).hasSize(1);
        JSONObject finding = findings.getJSONObject(0);
        assertThat(finding.getString("id")).isEqualTo("postgresql.42601");
        assertThat(finding.getString("statement")).isEqualTo("CREATE TABEL orders (id BIGINT PRIMARY KEY)");
        assertThat(finding.getString("wrapper"))
                .isEqualTo("Migration failed for changeset changelog.sql::create-orders::bob");
        assertThat(finding.getString("migration")).isEqualTo("changelog.sql");
        assertThat(finding.getString("migrationAuthor")).isEqualTo("bob");
        assertThat(finding.getLong("count")).isEqualTo(1);
        assertThatList(finding.getJSONArray("lines")).containsExactly(finding.getInt("line"));
    }

    @Test
    void aRepeatedErrorListsItsOccurrencesAndItsStatementStaysText(JenkinsRule r) throws Exception {
        int times = Finding.MAX_LINES + 2;
        WorkflowRun run = r.buildAndAssertSuccess(PipelineFixtures.jobPrinting(
                r,
                "psql.out",
                PipelineFixtures.psqlRepeatedHostileInsert(times),
                // psql without ON_ERROR_STOP exits 0 after failed statements.
                "node { captureDeployErrors(tool: 'psql', failOnSilentErrors: false) { sh 'cat psql.out' } }"));

        JSONObject finding = findings(r, run).getJSONObject(0);
        assertThat(finding.getString("id")).isEqualTo("postgresql.42P01");
        assertThat(finding.getLong("count")).isEqualTo(times);
        // sh's log starts with its "+ cat psql.out" trace; each failed insert prints three lines.
        assertThatList(finding.getJSONArray("lines"))
                .containsExactlyElementsOf(LongStream.range(0, Finding.MAX_LINES)
                        .mapToObj(i -> (int) (2 + 3 * i))
                        .toList());
        assertThat(finding.getString("statement"))
                .isEqualTo("INSERT INTO customer (id, name) VALUES (1, '" + PipelineFixtures.HOSTILE + "');");

        String page = r.createWebClient()
                .getPage(run, "deploy-report/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(PipelineFixtures.HOSTILE)
                .contains(HtmlWriter.escape("VALUES (1, '" + PipelineFixtures.HOSTILE + "')"))
                // Each occurrence links to its line of the sh step's log; the ones past the list are counted.
                .contains("line 2 of the log of step sh, ", "line 5 of the log of step sh, ", "and 2 more");
    }

    private static JSONArray findings(JenkinsRule r, WorkflowRun run) throws Exception {
        return JSONObject.fromObject(r.createWebClient()
                        .goTo(run.getUrl() + "deploy-report/api/json", "application/json")
                        .getWebResponse()
                        .getContentAsString())
                .getJSONArray("findings");
    }
}
