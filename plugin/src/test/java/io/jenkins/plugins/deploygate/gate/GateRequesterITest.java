package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startByTimer;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startFrom;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startRemotely;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import jenkins.model.Jenkins;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The requester is found through the build's causes, and separation of duties does not switch off
 * when no user started the build: those who could have started it may not approve, and when
 * nothing narrows who did, no approval counts.
 */
@WithJenkins
class GateRequesterITest {

    private static final String GATE =
            """
            deployGate(environment: 'production', changeId: 'CHG-50')
            echo 'deployed'
            """;

    @Test
    void theUserWhoStartedTheUpstreamBuildIsTheRequester(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob release = job(r, "release", "echo 'release notes'");
        WorkflowRun upstream = startBy(release, "alice");
        r.assertBuildStatusSuccess(r.waitForCompletion(upstream));
        WorkflowJob deploy = job(r, "deploy", GATE);

        WorkflowRun build = startFrom(deploy, upstream);
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        WebResponse byAlice = post(r, "alice", build, "approve");

        assertThat(build.getAction(GateAction.class).getGates().get(0).getRequestedBy())
                .isEqualTo("alice");
        r.assertLogContains("requested by alice", build);
        assertThat(byAlice.getStatusCode()).isEqualTo(403);
        assertThat(byAlice.getContentAsString())
                .contains("alice requested the change and separation of duties bars them from approving it");
        assertThat(post(r, "dave", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
    }

    @Test
    void everyoneWhoMayBuildTheJobIsBarredWhenATimerStartedIt(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob deploy = job(r, "deploy", GATE);
        // alice and dave are both in dba; only alice may build the job.
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .toEveryone()
                .grant(Item.BUILD)
                .onItems(deploy)
                .to("alice"));

        WorkflowRun build = startByTimer(deploy);
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        WebResponse byAlice = post(r, "alice", build, "approve");

        r.assertLogContains("no user started the build (Started by timer): everyone who may build deploy", build);
        assertThat(byAlice.getStatusCode()).isEqualTo(403);
        assertThat(byAlice.getContentAsString())
                .contains("the requester is unknown and alice could have started the build");
        assertThat(post(r, "dave", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        assertThat(gate(build).getVotes()).extracting(Vote::getUser).containsExactly("dave");
    }

    @Test
    void aBuildStartedWithTheJobsTokenIsRefusedUnderSeparationOfDuties(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob deploy = job(r, "deploy", GATE);

        WorkflowRun build = startRemotely(deploy);

        r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
        r.assertLogContains("nothing narrows who did", build);
        r.assertLogContains("[deployGate] production: BLOCKED (rule production)", build);
        r.assertLogContains("the requester is unknown, so under separation of duties no approval can count", build);
        r.assertLogNotContains("deployed", build);
    }

    @Test
    void withoutSeparationOfDutiesAnUnknownRequesterChangesNothing(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", false));
        WorkflowJob deploy = job(r, "deploy", GATE);

        WorkflowRun build = startRemotely(deploy);
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        assertThat(post(r, "alice", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
    }

    private static GateRecord gate(Run<?, ?> build) {
        return build.getAction(GateAction.class).getGates().get(0);
    }
}
