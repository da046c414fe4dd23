package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.Functions;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.deploygate.report.DeployReportAction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class CaptureDeployErrorsStepITest {

    @Test
    void flywayFailureIsRecordedWithoutItsPasswordAndTheBodysErrorIsKept(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywayFailure()
                        + "error 'flyway exited with status 1'\n}",
                Result.FAILURE);

        r.assertLogContains("flyway exited with status 1", run);
        // One error: Flyway's "Migration V3__add_orders.sql failed" is the context of the database's.
        r.assertLogContains("[captureDeployErrors] flyway: 1 error(s)", run);
        r.assertLogNotContains("Silent failure", run);
        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getName()).isEqualTo("flyway");
            assertThat(capture.getErrors()).isEqualTo(1);
            assertThat(capture.isBodyFailed()).isTrue();
            assertThat(capture.isSilentFailure()).isFalse();
            // The body failed, but its output says why: not an unrecognised failure.
            assertThat(capture.getUnrecognisedFailure()).isNull();
            assertThat(capture.getErrorsByEngine()).isEqualTo(Map.of("postgresql", 1));
        });
        String details =
                Files.readString(new File(run.getRootDir(), "deploy-gate-report.xml").toPath(), StandardCharsets.UTF_8);
        assertThat(details).contains("postgresql.42P01", "flyway.migration-failed", "V3__add_orders.sql");
        assertThat(details).doesNotContain(PipelineFixtures.SECRET);
        // The plugin's own records in build.xml, not the whole file: that also holds this test's script.
        String records = Run.XSTREAM2.toXML(run.getAction(CaptureAction.class));
        assertThat(records).contains("flyway").doesNotContain("42P01").doesNotContain(PipelineFixtures.SECRET);
        r.assertLogContains("[captureDeployErrors] The findings and their fixes: Deployment report", run);
    }

    @Test
    void aFindingsLineLinksToTheLogOfTheStepThatPrintedIt(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'flyway', failOnSilentErrors: false) {\n" + PipelineFixtures.flywayFailure()
                        + "}",
                Result.SUCCESS);

        CaptureSummary capture =
                run.getAction(CaptureAction.class).getCaptures().get(0);
        CapturedFinding first =
                run.getAction(CaptureAction.class).findings(capture.getId()).get(0);
        String html = run.getAction(DeployReportAction.class).getDeveloperHtml();

        // Each echo step's log holds one line: the finding is line 1 of the step that printed it.
        assertThat(capture.logLinks("/jenkins/" + run.getUrl()).at(first.getLine()))
                .hasValueSatisfying(link -> {
                    assertThat(link.text()).startsWith("line 1 of the log of step echo, ");
                    assertThat(link.url())
                            .startsWith("/jenkins/" + run.getUrl() + "execution/node/")
                            .endsWith("/log/");
                });
        assertThat(html).contains("execution/node/").contains("line 1 of the log of step echo, ");
    }

    @Test
    void errorsPrintedByASucceedingBodyAreASilentFailure(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r, "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywayFailure() + "}", Result.FAILURE);

        r.assertLogContains("Silent failure: the flyway deployment reported success", run);
        assertThat(run.getAction(DeployReportAction.class).isSilentFailure()).isTrue();
    }

    @Test
    void silentErrorsAreRecordedWithoutFailingWhenAskedTo(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'flyway', failOnSilentErrors: false) {\n" + PipelineFixtures.flywayFailure()
                        + "}",
                Result.SUCCESS);

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.isSilentFailure()).isTrue();
        assertThat(action.getErrors()).isEqualTo(1);
    }

    @Test
    void cleanOutputRecordsACleanCapture(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r, "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywaySuccess() + "}", Result.SUCCESS);

        r.assertLogContains("[captureDeployErrors] flyway: 0 error(s), 0 warning(s) in 2 line(s)", run);
        assertThat(run.getAction(DeployReportAction.class).getCaptures())
                .singleElement()
                .extracting(CaptureSummary::getErrors, CaptureSummary::getLinesScanned)
                .containsExactly(0, 2L);
    }

    @Test
    void onlyTheBlocksOwnOutputIsScanned(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                PipelineFixtures.flywayFailure() + "captureDeployErrors {\n" + PipelineFixtures.flywaySuccess() + "}",
                Result.SUCCESS);

        assertThat(run.getAction(DeployReportAction.class).getCaptures())
                .singleElement()
                .satisfies(capture -> {
                    assertThat(capture.getName()).isEqualTo("captureDeployErrors");
                    assertThat(capture.getErrors()).isZero();
                });
    }

    @Test
    void eachBlockOfAParallelDeploymentScansItsOwnBranch(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "parallel(failing: { captureDeployErrors(tool: 'flyway', failOnSilentErrors: false) {\n"
                        + PipelineFixtures.flywayFailure() + "} }, clean: { captureDeployErrors(tool: 'liquibase') {\n"
                        + PipelineFixtures.flywaySuccess() + "} })",
                Result.SUCCESS);

        assertThat(run.getAction(DeployReportAction.class).getCaptures())
                .extracting(CaptureSummary::getName, CaptureSummary::getErrors)
                .containsExactlyInAnyOrder(tuple("flyway", 1), tuple("liquibase", 0));
    }

    @Test
    void shOutputIsReadToItsLastLineEvenWithoutALineEnd(JenkinsRule r) throws Exception {
        assumeFalse(Functions.isWindows(), "sh needs a Unix shell");
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        String output =
                PipelineFixtures.flywayOutput() + "psql:deploy.sql:99: ERROR:  relation \"audit_tail\" does not exist";
        r.jenkins.getWorkspaceFor(job).child("flyway.log").write(output, "UTF-8");
        job.setDefinition(new CpsFlowDefinition(
                "node { captureDeployErrors(tool: 'flyway', failOnSilentErrors: false) { sh 'cat flyway.log' } }",
                true));

        WorkflowRun run = r.buildAndAssertSuccess(job);

        assertThat(run.getAction(DeployReportAction.class).getCaptures())
                .singleElement()
                .extracting(CaptureSummary::getErrors)
                .isEqualTo(2);
    }

    private static WorkflowRun build(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.buildAndAssertStatus(expected, job);
    }
}
