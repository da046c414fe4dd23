package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.deploygate.capture.PipelineFixtures;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import io.jenkins.plugins.deploygate.gate.GateFixtures;
import java.io.File;
import java.util.logging.Level;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PublishDeployReportITest {

    private static final String FAILED_DEPLOYMENT = "try {\n"
            + "  captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywayFailure()
            + "    error 'flyway exited with status 1'\n  }\n"
            + "} finally {\n"
            + "  publishDeployReport(environment: 'production', changeId: 'CHG-1234', developers: 'culprits')\n"
            + "}";

    @Test
    void failedFlywayDeploymentHasAFixReportPageAndAStakeholderSummary(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, FAILED_DEPLOYMENT, Result.FAILURE);

        r.assertLogContains("[publishDeployReport] The deployment failed; 1 error(s)", run);
        JenkinsRule.WebClient web = r.createWebClient();
        String page = web.getPage(run, "deploy-report/").getWebResponse().getContentAsString();
        assertThat(page)
                .contains("dg-report", "42P01", "relation &quot;customers&quot; does not exist", "V3__add_orders.sql")
                .contains("deploy-report/stylesheet", "postmortem")
                .doesNotContain(PipelineFixtures.SECRET);
        // The report's own markup has no inline style (core's header has one, in its search box).
        assertThat(run.getAction(DeployReportAction.class).getDeveloperHtml())
                .doesNotContain("style=")
                .doesNotContain("<style")
                // One heading, the app bar's: the themed fragment has no <h1> of its own.
                .doesNotContain("<h1")
                .startsWith("<div class=\"dg-report dg-themed\">");
        String buildPage = web.getPage(run).getWebResponse().getContentAsString();
        assertThat(buildPage).contains("CHG-1234", "production", "Not completed");
        String summary = buildPage.substring(buildPage.indexOf("dg-report"));
        assertThat(summary.substring(0, summary.indexOf("Developer fix report")))
                .doesNotContain("42P01")
                .doesNotContain("customers")
                .doesNotContain("V3__add_orders");
    }

    @Test
    void theBuildPageAndTheRestSummaryShowWhatWasStoredAtPublication(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, FAILED_DEPLOYMENT, Result.FAILURE);
        // Neither the findings nor the rules are read again: without the details file, and with
        // other rules, the status and the summary are still what was published.
        assertThat(new File(run.getRootDir(), "deploy-gate-report.xml").delete())
                .isTrue();
        GateFixtures.rules();

        JenkinsRule.WebClient web = r.createWebClient();
        String buildPage = web.getPage(run).getWebResponse().getContentAsString();
        JSONObject summary = JSONObject.fromObject(web.goTo(run.getUrl() + "deploy-report/api/json", "application/json")
                .getWebResponse()
                .getContentAsString());

        assertThat(buildPage).contains("CHG-1234", "production", "Not completed");
        assertThat(summary.getString("outcome")).isEqualTo("FAILED");
        assertThat(summary.getString("environment")).isEqualTo("production");
        assertThat(summary.getInt("errors")).isEqualTo(1);
    }

    @Test
    void hostileLogTextIsEscapedOnTheReportPage(JenkinsRule r) throws Exception {
        String hostile = "psql:deploy.sql:12: ERROR:  relation \"<script>alert(1)</script>\" does not exist";
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'psql', failOnSilentErrors: false) {\n" + PipelineFixtures.echoLines(hostile)
                        + "}\npublishDeployReport()",
                Result.SUCCESS);

        String page = r.createWebClient()
                .getPage(run, "deploy-report/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void cleanDeploymentIsReportedAsSucceededWithoutPostMortem(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywaySuccess() + "}\n"
                        + "publishDeployReport(environment: 'staging', changeId: 'CHG-7')",
                Result.SUCCESS);

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        assertThat(action.isFailed()).isFalse();
        JenkinsRule.WebClient web = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        assertThat(web.getPage(run).getWebResponse().getContentAsString()).contains("Deployed", "CHG-7", "staging");
        assertThat(web.getPage(run, "deploy-report/postmortem").getWebResponse().getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void failedDeploymentOffersThePostMortemDraftAsMarkdown(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, FAILED_DEPLOYMENT, Result.FAILURE);

        var response = r.createWebClient()
                .goTo(run.getUrl() + "deploy-report/postmortem", "text/markdown")
                .getWebResponse();
        assertThat(response.getResponseHeaderValue("Content-Disposition"))
                .startsWith("attachment")
                .contains(".md");
        assertThat(response.getContentAsString())
                .contains("Post-mortem draft: CHG-1234 to production", "V3__add_orders.sql")
                .doesNotContain(PipelineFixtures.SECRET);
    }

    @Test
    void summaryIsAvailableAsJson(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, FAILED_DEPLOYMENT, Result.FAILURE);

        String json = r.createWebClient()
                .goTo(run.getUrl() + "deploy-report/api/json", "application/json")
                .getWebResponse()
                .getContentAsString();
        JSONObject summary = JSONObject.fromObject(json);
        assertThat(summary.getString("outcome")).isEqualTo("FAILED");
        assertThat(summary.getString("environment")).isEqualTo("production");
        assertThat(summary.getString("change")).isEqualTo("CHG-1234");
        assertThat(summary.getInt("errors")).isEqualTo(1);
        assertThat(summary.getBoolean("published")).isTrue();
        assertThat(summary.getString("reportUrl")).endsWith(run.getUrl() + "deploy-report/");
        assertThat(summary.getJSONArray("captures").getJSONObject(0).getString("name"))
                .isEqualTo("flyway");
        JSONObject missingTable = summary.getJSONArray("findings").stream()
                .map(JSONObject.class::cast)
                .filter(finding -> finding.getString("id").equals("postgresql.42P01"))
                .findFirst()
                .orElseThrow();
        assertThat(missingTable.getString("id")).isEqualTo("postgresql.42P01");
        assertThat(missingTable.getString("severity")).isEqualTo("ERROR");
        assertThat(missingTable.getString("code")).isEqualTo("42P01");
        assertThat(missingTable.getString("message")).contains("does not exist");
        assertThat(missingTable.getString("migration")).isEqualTo("V3__add_orders.sql");
        assertThat(missingTable.getLong("line")).isPositive();
        assertThat(json).doesNotContain(PipelineFixtures.SECRET);
    }

    @Test
    void reportStylesheetIsTheEnginesOwn(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, "captureDeployErrors {\n" + PipelineFixtures.flywaySuccess() + "}", Result.SUCCESS);

        String css = r.createWebClient()
                .goTo(run.getUrl() + "deploy-report/stylesheet", "text/css")
                .getWebResponse()
                .getContentAsString();
        assertThat(css).isEqualTo(HtmlWriter.themedStylesheet());
    }

    @Test
    void rollbackIsReportedAsGiven(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "captureDeployErrors {\n" + PipelineFixtures.flywaySuccess() + "}\n"
                        + "publishDeployReport(outcome: 'rolled_back', environment: 'production')",
                Result.SUCCESS);

        assertThat(run.getAction(DeployReportAction.class).getOutcome()).isEqualTo("ROLLED_BACK");
        assertThat(r.createWebClient().getPage(run).getWebResponse().getContentAsString())
                .contains("Rolled back");
    }

    @Test
    void unknownOutcomeFailsTheStepAndNamesTheChoices(JenkinsRule r) throws Exception {
        WorkflowRun run = build(r, "publishDeployReport(outcome: 'sort of')", Result.FAILURE);

        r.assertLogContains("outcome \"sort of\" is not one of [SUCCESS, FAILED, ROLLED_BACK]", run);
    }

    @Test
    void aMailThatCannotBeSentIsOneWarningLineNamingTheServer(JenkinsRule r) throws Exception {
        // Mailer is installed in the test instance; nothing listens on this port.
        hudson.tasks.Mailer.descriptor().setSmtpHost("127.0.0.1");
        hudson.tasks.Mailer.descriptor().setSmtpPort("1");
        try (LogRecorder logs = new LogRecorder()
                .record(DeployReportPublisher.class, Level.WARNING)
                .capture(10)) {

            WorkflowRun run = build(r, "publishDeployReport(stakeholders: 'pm@example.com')", Result.SUCCESS);

            r.assertLogContains(
                    "Could not e-mail the stakeholders: could not send through the mail server 127.0.0.1:1", run);
            assertThat(logs.getRecords()).singleElement().satisfies(record -> {
                assertThat(record.getThrown()).isNull();
                assertThat(record.getMessage()).contains("127.0.0.1:1").contains("stakeholders");
            });
        }
    }

    @Test
    void declarativePostAlwaysPublishesAfterAFailedStage(JenkinsRule r) throws Exception {
        WorkflowRun run = build(
                r,
                "pipeline {\n  agent none\n  stages {\n    stage('Migrate') {\n      steps {\n"
                        + "        captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywayFailure()
                        + "          error 'flyway exited with status 1'\n        }\n      }\n    }\n  }\n"
                        + "  post {\n    always {\n"
                        + "      publishDeployReport(environment: 'production', stakeholders: 'pm@example.com')\n"
                        + "    }\n  }\n}",
                Result.FAILURE);

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.isPublished()).isTrue();
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        // Mailer is installed in the test instance but no mail server answers: logged, not fatal.
        r.assertLogContains("[publishDeployReport]", run);
    }

    @Test
    void approvedGateIsReportedWithItsApproverAndAudit(JenkinsRule r) throws Exception {
        GateFixtures.secure(r);
        GateFixtures.rules(GateFixtures.approvedBy("production", "dba", true));
        WorkflowJob job = GateFixtures.job(
                r,
                "deploy",
                "deployGate(environment: 'production', changeId: 'CHG-2')\n"
                        + "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywaySuccess() + "}\n"
                        + "publishDeployReport()");
        WorkflowRun run = GateFixtures.startBy(job, "carol");
        r.waitForMessage(GateFixtures.verdictLine("WAIT", "production"), run);
        GateFixtures.post(r, "alice", run, "approve?comment=looks+good");
        r.assertBuildStatusSuccess(r.waitForCompletion(run));

        DeployReportAction action = run.getAction(DeployReportAction.class);
        assertThat(action.getEnvironment()).isEqualTo("production");
        assertThat(action.getChange()).isEqualTo("CHG-2");
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        JenkinsRule.WebClient web = r.createWebClient();
        assertThat(web.getPage(run, "deploy-report/").getWebResponse().getContentAsString())
                .contains("OPEN", "carol", "alice", "looks good", "1 of dba");
        assertThat(web.getPage(run).getWebResponse().getContentAsString()).contains("Deployed", "CHG-2", "Approved by");
    }

    private static WorkflowRun build(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.buildAndAssertStatus(expected, job);
    }
}
