package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startByTimer;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import hudson.model.Executor;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.HudsonPrivateSecurityRealm;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import java.util.concurrent.atomic.AtomicBoolean;
import jenkins.model.IdStrategy;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A gate that ended takes no more votes, and every way a gate ends is recorded. */
@WithJenkins
class GateEndITest {

    @Test
    void aGateThatOpenedTakesNoMoreVotesWhileItsBuildRunsNorAfter(JenkinsRule r) throws Exception {
        secure(r);
        rules(new EnvironmentConfig("production"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-70')
                echo 'deploying'
                sleep 300
                """);
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage("deploying", build);
        String gate = build.getAction(GateAction.class).getGates().get(0).getId();

        WebResponse whileRunning = post(r, "alice", build, "approve?gate=" + gate);
        WebResponse grant = post(r, "alice", build, "grantException?gate=" + gate + "&reason=late");
        abort(r, build);
        WebResponse afterwards = post(r, "alice", build, "reject?gate=" + gate + "&comment=too+late");

        assertThat(whileRunning.getStatusCode()).isEqualTo(409);
        assertThat(whileRunning.getContentAsString())
                .contains("The gate for production is not waiting any more (it is open)")
                .contains("takes no more approvals, rejections or exceptions");
        assertThat(grant.getStatusCode()).isEqualTo(409);
        assertThat(afterwards.getStatusCode()).isEqualTo(409);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getVotes())
                .isEmpty();
    }

    @Test
    void aGateLeftWaitingByABuildThatNoLongerRunsTakesNoVotesAndSaysSo(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(r, "deploy", "deployGate(environment: 'production', changeId: 'CHG-71')");
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        abort(r, build);
        awaitState(build, GateState.STOPPED);
        // As if the controller had died before the gate could record how it ended.
        GateRecord gate = build.getAction(GateAction.class).getGates().get(0);
        gate.setState(GateState.WAITING);

        WebResponse vote = post(r, "alice", build, "approve?gate=" + gate.getId());
        String page = r.createWebClient()
                .withBasicApiToken("alice")
                .getPage(build, "deploy-gate/")
                .asNormalizedText();

        assertThat(vote.getStatusCode()).isEqualTo(409);
        assertThat(vote.getContentAsString())
                .contains("The build has finished, so the gate for production takes no more approvals");
        assertThat(page)
                .contains("ended without a decision (the build no longer runs)")
                .doesNotContain("Approve");
    }

    @Test
    void anAbortedGateIsRecordedAsStopped(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(r, "deploy", "deployGate(environment: 'production', changeId: 'CHG-72')");
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        abort(r, build);

        awaitState(build, GateState.STOPPED);
    }

    @Test
    void aGateThatCannotBeEvaluatedIsRecordedAsFailedNotLeftWaiting(JenkinsRule r) throws Exception {
        r.jenkins.setSecurityRealm(new FailingIdsRealm());
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(r, "deploy", "deployGate(environment: 'production', changeId: 'CHG-73')");
        WorkflowRun build = startByTimer(job);
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        FailingIdsRealm.FAIL_ONCE.set(true);
        // New rules wake the gate, and its evaluation meets an error nothing in it expects.
        rules(approvedBy("production", "dba", false));

        r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));

        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(GateState.FAILED);
        r.assertLogContains("the user directory is down", build);
    }

    private static void abort(JenkinsRule r, WorkflowRun build) throws Exception {
        Executor executor = build.getExecutor();
        assertThat(executor).isNotNull();
        executor.interrupt();
        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
    }

    /** The step records the end on a timer thread after the build is told to stop. */
    private static void awaitState(Run<?, ?> build, GateState state) throws InterruptedException {
        for (int i = 0;
                i < 100 && build.getAction(GateAction.class).getGates().get(0).getState() != state;
                i++) {
            Thread.sleep(100);
        }
        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(state);
    }

    /** A realm whose id strategy fails once when armed: an error nothing in the gate expects. */
    public static final class FailingIdsRealm extends HudsonPrivateSecurityRealm {

        static final AtomicBoolean FAIL_ONCE = new AtomicBoolean();

        FailingIdsRealm() {
            super(false, false, null);
        }

        @Override
        public IdStrategy getUserIdStrategy() {
            if (FAIL_ONCE.getAndSet(false)) {
                throw new IllegalStateException("the user directory is down");
            }
            return super.getUserIdStrategy();
        }

        @TestExtension("aGateThatCannotBeEvaluatedIsRecordedAsFailedNotLeftWaiting")
        public static final class DescriptorImpl extends Descriptor<SecurityRealm> {}
    }
}
