package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.Functions;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A genuine Flyway failure's finding keeps its statement, wrapper and lines in the build's records,
 * and a restarted controller reads them back and shows them.
 */
class CaptureRestartITest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void aFlywayFailuresStatementWrapperAndLinesSurviveARestart() throws Throwable {
        assumeFalse(Functions.isWindows(), "sh needs a Unix shell");
        sessions.then(r -> {
            WorkflowJob job = PipelineFixtures.jobPrinting(
                    r,
                    "flyway.log",
                    PipelineFixtures.flyway9MissingTable(),
                    // flyway-maven-plugin exited 1 when it printed this.
                    "node { captureDeployErrors(tool: 'flyway') { sh 'cat flyway.log; exit 1' } }");
            WorkflowRun run = r.buildAndAssertStatus(Result.FAILURE, job);

            assertTheRootCauseIsKept(run);
            // build.xml holds numbers only; the statement is in the details file beside it.
            assertThat(Run.XSTREAM2.toXML(run.getAction(CaptureAction.class))).doesNotContain("CREATE TABLE");
            assertThat(Files.readString(
                            new File(run.getRootDir(), CaptureDetails.FILE_NAME).toPath(), StandardCharsets.UTF_8))
                    .contains("<statement>CREATE TABLE orders (", "<wrapperMessage>Migration V2__create_orders.sql");
        });
        sessions.then(r -> {
            WorkflowRun run =
                    r.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);

            assertTheRootCauseIsKept(run);
            String page = r.createWebClient()
                    .getPage(run, "deploy-report/")
                    .getWebResponse()
                    .getContentAsString();
            // The statement's last lines are in no context excerpt: only the statement shows them.
            assertThat(page).contains("REFERENCES customer (id)", "Migration V2__create_orders.sql failed");
        });
    }

    private static void assertTheRootCauseIsKept(WorkflowRun run) {
        CaptureAction captured = run.getAction(CaptureAction.class);
        assertThat(captured.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getErrors()).isEqualTo(1);
            assertThat(capture.isBodyFailed()).isTrue();
            // The body failed with status 1, and its output says why.
            assertThat(capture.getUnrecognisedFailure()).isNull();
            assertThat(captured.findings(capture.getId())).singleElement().satisfies(stored -> {
                assertThat(stored.getId()).isEqualTo("postgresql.42P01");
                assertThat(stored.getStatement()).isEqualTo(PipelineFixtures.FLYWAY9_STATEMENT);
                assertThat(stored.getWrapper()).isEqualTo("Migration V2__create_orders.sql failed");
                assertThat(stored.getLines()).containsExactly(stored.getLine());
                Finding finding = stored.toFinding();
                assertThat(finding.migration()).isEqualTo(new MigrationRef("2", "V2__create_orders.sql", 1));
                assertThat(finding.wrapper().id()).isEqualTo("flyway.migration-failed");
                // Flyway's "Migration ... failed" comes before the "Message" line the finding points at.
                assertThat(finding.wrapper().line()).isLessThan(finding.line());
            });
        });
    }
}
