package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.capture.PipelineFixtures;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DeployTrendActionITest {

    @Test
    void jobPageShowsErrorsPerDeploymentLinkingEachBuildsReport(JenkinsRule r) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "captureDeployErrors(tool: 'flyway', failOnSilentErrors: false) {\n" + PipelineFixtures.flywayFailure()
                        + "}",
                true));
        r.buildAndAssertSuccess(job);
        job.setDefinition(new CpsFlowDefinition(
                "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywaySuccess() + "}", true));
        r.buildAndAssertSuccess(job);

        JenkinsRule.WebClient web = r.createWebClient();
        String svg = web.goTo(job.getUrl() + "deploy-trend/chart", "image/svg+xml")
                .getWebResponse()
                .getContentAsString();
        assertThat(svg)
                .startsWith("<svg")
                .contains("#1", "#2", "postgresql")
                .contains("<a href=\"../1/deploy-report/\" target=\"_top\">")
                .contains("<a href=\"../2/deploy-report/\" target=\"_top\">");
        assertThat(web.getPage(job).getWebResponse().getContentAsString()).contains("deploy-trend/chart");
    }

    @Test
    void theChartFollowsTheLastCompletedBuildNotTheHistory(JenkinsRule r) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "captureDeployErrors(tool: 'flyway') {\n" + PipelineFixtures.flywaySuccess() + "}", true));
        r.buildAndAssertSuccess(job);
        JenkinsRule.WebClient web = r.createWebClient();
        assertThat(web.getPage(job).getWebResponse().getContentAsString()).contains("deploy-trend/chart");

        job.setDefinition(new CpsFlowDefinition("echo 'compiling'", true));
        r.buildAndAssertSuccess(job);

        assertThat(web.getPage(job).getWebResponse().getContentAsString()).doesNotContain("deploy-trend/chart");
    }

    @Test
    void jobWithoutDeploymentReportsShowsNoChart(JenkinsRule r) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "build-only");
        job.setDefinition(new CpsFlowDefinition("echo 'compiling'", true));
        r.buildAndAssertSuccess(job);

        assertThat(r.createWebClient().getPage(job).getWebResponse().getContentAsString())
                .doesNotContain("deploy-trend/chart");
    }
}
