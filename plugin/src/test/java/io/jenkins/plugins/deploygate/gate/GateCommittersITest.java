package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.User;
import hudson.tasks.Mailer;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The committers a gate bars are the authors of every build since the last successful deployment
 * of the environment, read again when a vote arrives, and matched to Jenkins users by id and by
 * e-mail address. Commits come from the test harness's fake SCM, checked out by a script that is
 * not sandboxed (the fake SCM is built in the script).
 */
@WithJenkins
class GateCommittersITest {

    /** A build that checks out one commit by {@code author}, then gates production. */
    private static String commitThenGate(String author, String change, boolean wait) {
        return """
                node {
                  def commits = new org.jvnet.hudson.test.FakeChangeLogSCM()
                  commits.addChange().withAuthor('%s').withMsg('change by %s')
                  checkout commits
                }
                deployGate(environment: 'production', changeId: '%s', wait: %s)
                """
                .formatted(author, author, change, wait);
    }

    @Test
    void theCommittersAreThoseOfEveryBuildSinceTheLastSuccessfulDeployment(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");

        // #1 deploys alice's commit (dave approves): alice's change went out.
        job.setDefinition(new CpsFlowDefinition(commitThenGate("alice", "CHG-60", true), false));
        WorkflowRun deployed = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), deployed);
        assertThat(post(r, "dave", deployed, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(deployed));
        // #2 carries dave's commit but deploys nothing (it does not wait).
        job.setDefinition(new CpsFlowDefinition(commitThenGate("dave", "CHG-61", false), false));
        r.buildAndAssertSuccess(job);
        // #3 carries bob's commit, and dave's, which no deployment took out yet.
        job.setDefinition(new CpsFlowDefinition(commitThenGate("bob", "CHG-62", true), false));
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        WebResponse byDave = post(r, "dave", build, "approve");

        r.assertLogContains(
                "[deployGate] committers since the last successful deployment to production: bob, dave", build);
        assertThat(byDave.getStatusCode()).isEqualTo(403);
        assertThat(byDave.getContentAsString())
                .contains("dave committed to the change and separation of duties bars them from approving it");
        assertThat(post(r, "alice", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        assertThat(build.getAction(GateAction.class).getGates().get(0).getCommitters())
                .containsExactly("bob", "dave");
    }

    @Test
    void aCommitCheckedOutWhileTheGateWaitsBarsItsAuthorFromTheNextVote(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                """
                parallel(
                  gate: { deployGate(environment: 'production', changeId: 'CHG-63') },
                  code: {
                    waitUntil { currentBuild.rawBuild.getAction(io.jenkins.plugins.deploygate.gate.GateAction) != null }
                    node {
                      def commits = new org.jvnet.hudson.test.FakeChangeLogSCM()
                      commits.addChange().withAuthor('alice').withMsg('late change')
                      checkout commits
                    }
                    echo 'checked out'
                  })
                """,
                false));
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage("checked out", build);

        WebResponse byAlice = post(r, "alice", build, "approve");

        assertThat(byAlice.getStatusCode()).isEqualTo(403);
        assertThat(byAlice.getContentAsString()).contains("alice committed to the change");
        assertThat(post(r, "dave", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        assertThat(build.getAction(GateAction.class).getGates().get(0).getCommitters())
                .containsExactly("alice");
    }

    @Test
    void aCommitRecordedUnderAnotherIdBarsTheUserWithTheSameAddress(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        User.getById("alice.smith", true).addProperty(new Mailer.UserProperty("alice@example.com"));
        User.getById("alice", true).addProperty(new Mailer.UserProperty("Alice@Example.com"));
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(commitThenGate("alice.smith", "CHG-64", true), false));
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        WebResponse byAlice = post(r, "alice", build, "approve");

        assertThat(byAlice.getStatusCode()).isEqualTo(403);
        assertThat(byAlice.getContentAsString()).contains("alice committed to the change");
        assertThat(post(r, "dave", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
    }
}
