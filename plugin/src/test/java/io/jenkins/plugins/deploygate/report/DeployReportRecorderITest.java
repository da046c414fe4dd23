package io.jenkins.plugins.deploygate.report;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.deploygate.capture.PipelineFixtures;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DeployReportRecorderITest {

    @Test
    void freestyleBuildLogIsScannedAndAFailedStepIsReportedAsFailed(JenkinsRule r) throws Exception {
        FreeStyleProject project = project(r, PipelineFixtures.flywayOutput(), false);

        FreeStyleBuild build = r.buildAndAssertStatus(Result.FAILURE, project);

        DeployReportAction action = build.getAction(DeployReportAction.class);
        assertThat(action.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getName()).isEqualTo("build log");
            assertThat(capture.getErrors()).isEqualTo(1);
            assertThat(capture.isBodyFailed()).isTrue();
        });
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        assertThat(action.getEnvironment()).isEqualTo("production");
        String page = r.createWebClient()
                .getPage(build, "deploy-report/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page).contains("42P01").doesNotContain(PipelineFixtures.SECRET);
        // A freestyle capture is the console itself: a finding's line is the console's line.
        assertThat(page).containsPattern("<a href=\"[^\"]*/job/deploy/1/console\"[^>]*>line \\d+ of the console</a>");
    }

    @Test
    void errorsInTheLogOfASucceedingBuildFailItAsASilentFailure(JenkinsRule r) throws Exception {
        FreeStyleProject project = project(r, PipelineFixtures.flywayOutput(), true);

        FreeStyleBuild build = r.buildAndAssertStatus(Result.FAILURE, project);

        r.assertLogContains("Silent failure: the build log deployment reported success", build);
        assertThat(build.getAction(DeployReportAction.class).isSilentFailure()).isTrue();
    }

    @Test
    void aFailedBuildWhoseLogHoldsNoKnownErrorIsAnUnrecognisedFailureOfUnknownStatus(JenkinsRule r) throws Exception {
        FreeStyleProject project = project(r, "Deploying release 42\n", false);

        FreeStyleBuild build = r.buildAndAssertStatus(Result.FAILURE, project);

        // Jenkins keeps no build step's exit status: the failure is told, its status is not.
        r.assertLogContains(
                "[captureDeployErrors] build log failed: exit status unknown, no known error recognised.", build);
        DeployReportAction action = build.getAction(DeployReportAction.class);
        assertThat(action.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getErrors()).isZero();
            assertThat(capture.getUnrecognisedFailure()).isNotNull();
            assertThat(capture.getUnrecognisedFailure().getExitStatus()).isNull();
        });
        assertThat(action.getOutcome()).isEqualTo("FAILED");
        assertThat(action.report()
                        .captures()
                        .get(0)
                        .result()
                        .unrecognisedFailure()
                        .lastLines())
                .contains("Deploying release 42");
    }

    @Test
    void cleanFreestyleDeploymentSucceeds(JenkinsRule r) throws Exception {
        FreeStyleProject project = project(r, "Successfully applied 3 migrations to schema \"public\"\n", true);

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        DeployReportAction action = build.getAction(DeployReportAction.class);
        assertThat(action.getErrors()).isZero();
        assertThat(action.getOutcome()).isEqualTo("SUCCESS");
        assertThat(r.createWebClient().getPage(build).getWebResponse().getContentAsString())
                .contains("Deployed", "CHG-9");
    }

    @Test
    void settingsSurviveTheConfigurationForm(JenkinsRule r) throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("deploy");
        DeployReportRecorder recorder = recorder();
        recorder.setDevelopers("culprits, dba@example.com");
        recorder.setOutcome("ROLLED_BACK");
        project.getPublishersList().add(recorder);

        r.configRoundtrip(project);

        r.assertEqualDataBoundBeans(recorder, project.getPublishersList().get(DeployReportRecorder.class));
    }

    private static FreeStyleProject project(JenkinsRule r, String output, boolean succeeds) throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("deploy");
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) {
                listener.getLogger().print(output);
                return succeeds;
            }
        });
        project.getPublishersList().add(recorder());
        return project;
    }

    private static DeployReportRecorder recorder() {
        DeployReportRecorder recorder = new DeployReportRecorder();
        recorder.setEnvironment("production");
        recorder.setChangeId("CHG-9");
        recorder.setStakeholders("pm@example.com");
        return recorder;
    }
}
