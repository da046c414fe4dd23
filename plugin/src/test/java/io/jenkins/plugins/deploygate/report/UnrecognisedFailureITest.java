package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.Functions;
import hudson.model.Result;
import io.jenkins.plugins.deploygate.capture.CaptureSummary;
import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import io.jenkins.plugins.deploygate.engine.report.trend.TrendPoint;
import java.util.Map;
import net.sf.json.JSONNull;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A deployment that failed while its output holds no known error is reported as failed, never as clean. */
@WithJenkins
class UnrecognisedFailureITest {

    @Test
    void aShellStepsExitStatusIsReportedWithTheLastLines(JenkinsRule r) throws Exception {
        assumeFalse(Functions.isWindows(), "sh needs a Unix shell");
        WorkflowRun run = build(
                r, "node { captureDeployErrors(tool: 'flyway') { sh 'echo something; exit 3' } }", Result.FAILURE);

        r.assertLogContains("script returned exit code 3", run);
        r.assertLogContains(
                "[captureDeployErrors] flyway failed: exit status 3, no known error recognised. "
                        + "Its last lines are in the deployment report.",
                run);
        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getErrors()).isZero();
            assertThat(capture.isBodyFailed()).isTrue();
            assertThat(capture.getUnrecognisedFailure().getExitStatus()).isEqualTo(3);
            // The trend shows the failure as one error, not as a deployment without errors.
            assertThat(capture.getErrorsByEngine()).isEqualTo(Map.of(TrendPoint.NO_ENGINE, 1));
        });
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        // Handed back to the engine with the output's end, which the details file kept.
        UnrecognisedFailure failure = action.report().captures().get(0).result().unrecognisedFailure();
        assertThat(failure.exitStatus()).isEqualTo(3);
        assertThat(failure.lastLines()).contains("something");
        assertThat(failure.firstLine()).isEqualTo(1);

        JenkinsRule.WebClient web = r.createWebClient();
        assertThat(web.getPage(run).getWebResponse().getContentAsString())
                .contains("flyway failed: exit status 3, no known error recognised.");
        assertThat(web.getPage(run, "deploy-report/").getWebResponse().getContentAsString())
                .contains("exit status 3, no known error recognised", "something");
        JSONObject json = JSONObject.fromObject(web.goTo(run.getUrl() + "deploy-report/api/json", "application/json")
                .getWebResponse()
                .getContentAsString());
        assertThat(json.getBoolean("unrecognisedFailure")).isTrue();
        JSONObject exported = json.getJSONArray("captures").getJSONObject(0).getJSONObject("unrecognisedFailure");
        assertThat(exported.getInt("exitStatus")).isEqualTo(3);
        assertThat(exported.getString("message")).isEqualTo(UnrecognisedFailure.MESSAGE);
    }

    @Test
    void aFailureWithoutAStatusSaysTheStatusIsUnknown(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'liquibase') {\n  echo 'Liquibase: update stopped'\n"
                        + "  error 'liquibase update did not finish'\n}",
                Result.FAILURE);

        r.assertLogContains(
                "[captureDeployErrors] liquibase failed: exit status unknown, no known error recognised.", run);
        CaptureSummary capture =
                run.getAction(DeployReportAction.class).getCaptures().get(0);
        assertThat(capture.getUnrecognisedFailure().getExitStatus()).isNull();
        JenkinsRule.WebClient web = r.createWebClient();
        assertThat(web.getPage(run).getWebResponse().getContentAsString())
                .contains("liquibase failed: exit status unknown, no known error recognised.");
        // The engine's report says so too, never a stand-in status.
        assertThat(web.getPage(run, "deploy-report/").getWebResponse().getContentAsString())
                .contains("exit status unknown, no known error recognised", "failed with an unknown exit status")
                .doesNotContain("exit status 1");
        assertThat(run.getAction(DeployReportAction.class)
                        .report()
                        .captures()
                        .get(0)
                        .result()
                        .unrecognisedFailure()
                        .exitStatus())
                .isNull();
        JSONObject exported = JSONObject.fromObject(
                        web.goTo(run.getUrl() + "deploy-report/api/json", "application/json")
                                .getWebResponse()
                                .getContentAsString())
                .getJSONArray("captures")
                .getJSONObject(0)
                .getJSONObject("unrecognisedFailure");
        assertThat(exported.get("exitStatus")).isEqualTo(JSONNull.getInstance());
        assertThat(exported.getString("message")).isEqualTo(UnrecognisedFailure.MESSAGE);
    }

    @Test
    void aCaughtFailureIsPublishedAsFailedThoughTheBuildGoesOn(JenkinsRule r) throws Exception {
        assumeFalse(Functions.isWindows(), "sh needs a Unix shell");
        WorkflowRun run = build(
                r,
                "node {\n  try {\n    captureDeployErrors(tool: 'flyway') { sh 'exit 3' }\n"
                        + "  } catch (e) {\n    echo 'going on'\n  }\n"
                        + "  publishDeployReport(environment: 'production', changeId: 'CHG-3')\n}",
                Result.SUCCESS);

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        r.assertLogContains("[publishDeployReport] The deployment failed", run);
        assertThat(r.createWebClient().getPage(run).getWebResponse().getContentAsString())
                .contains("CHG-3", "Not completed");
    }

    @Test
    void aSucceedingBodyIsNoUnrecognisedFailure(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, "captureDeployErrors { echo 'Deploying release 42' }", Result.SUCCESS);

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getCaptures()).singleElement().satisfies(capture -> assertThat(
                        capture.getUnrecognisedFailure())
                .isNull());
        assertThat(action.isUnrecognisedFailure()).isFalse();
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        r.assertLogNotContains("no known error recognised", run);
    }

    private static WorkflowRun build(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.buildAndAssertStatus(expected, job);
    }
}
