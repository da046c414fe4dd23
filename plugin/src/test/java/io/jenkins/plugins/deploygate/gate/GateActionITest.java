package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.request;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Executor;
import hudson.model.Item;
import hudson.model.Result;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import io.jenkins.plugins.deploygate.config.ExceptionConfig;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The approval endpoints check everything on the server: method, group, separation of duties. */
@WithJenkins
class GateActionITest {

    private static WorkflowRun waitingProductionGate(JenkinsRule r, String requester) throws Exception {
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-10')
                echo 'deployed'
                """);
        WorkflowRun build = startBy(job, requester);
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        return build;
    }

    private static void abort(JenkinsRule r, WorkflowRun build) throws Exception {
        Executor executor = build.getExecutor();
        assertThat(executor).isNotNull();
        executor.interrupt();
        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
    }

    @Test
    void theRequesterCannotApproveUnderSeparationOfDuties(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "alice");

        WebResponse response = post(r, "alice", build, "approve");

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getContentAsString())
                .contains("alice requested the change and separation of duties bars them from approving it");
        assertThat(build.getAction(GateAction.class).getGates().get(0).getVotes())
                .isEmpty();
        assertThat(build.isBuilding()).isTrue();
        abort(r, build);
    }

    @Test
    void aUserOutsideTheRequiredGroupCannotApprove(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");

        WebResponse response = post(r, "bob", build, "approve");

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("bob is not among the approvers of production (dba)");
        assertThat(build.getAction(GateAction.class).getGates().get(0).getVotes())
                .isEmpty();
        abort(r, build);
    }

    @Test
    void aRejectionNeedsAComment(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");

        WebResponse response = post(r, "alice", build, "reject");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("A rejection needs a comment");
        assertThat(build.getAction(GateAction.class).getGates().get(0).getVotes())
                .isEmpty();
        abort(r, build);
    }

    @Test
    void thePagesSayWhatTheGateWaitsForAndWhyAUserCannotAct(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");
        JenkinsRule.WebClient bob = r.createWebClient().withBasicApiToken("bob");
        JenkinsRule.WebClient alice = r.createWebClient().withBasicApiToken("alice");

        String forBob = bob.getPage(build, "deploy-gate/").asNormalizedText();
        String forAlice = alice.getPage(build, "deploy-gate/").asNormalizedText();
        String confirmation = alice.getPage(
                        build,
                        "deploy-gate/confirmReject?gate="
                                + build.getAction(GateAction.class)
                                        .getGates()
                                        .get(0)
                                        .getId())
                .asNormalizedText();
        String buildPage = alice.getPage(build).asNormalizedText();

        assertThat(forBob)
                .contains("State: waiting. Rule: production.")
                .contains("Decision: waiting for 1 approval from dba.")
                .contains("Requester: requested by carol.")
                .contains("bob is not among the approvers of production (dba)")
                .doesNotContain("WAITING");
        assertThat(forAlice).contains("Approve").contains("Reject");
        assertThat(confirmation).contains("Reject the deployment to production (change CHG-10)?");
        assertThat(buildPage).contains("Deploy gate for production (change CHG-10): waiting");
        abort(r, build);
    }

    @Test
    void approvingWithGetIsRefused(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");

        WebResponse response = request(r, "alice", build, "approve", HttpMethod.GET);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getVotes())
                .isEmpty();
        abort(r, build);
    }

    @Test
    void anExceptionFromTheGrantingGroupWaivesTheLeadTime(JenkinsRule r) throws Exception {
        secure(r);
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        production.setSeparationOfDuties(true);
        ExceptionConfig policy = new ExceptionConfig("dba");
        policy.setWaive(List.of("leadTime"));
        policy.setRequireTicket(true);
        production.setExceptions(policy);
        rules(production);
        WorkflowRun build = waitingProductionGate(r, "alice");

        assertThat(post(r, "bob", build, "grantException?reason=outage&ticket=INC-1")
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(post(r, "alice", build, "grantException?reason=outage&ticket=INC-1")
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(post(r, "dave", build, "grantException?reason=outage").getStatusCode())
                .isEqualTo(400);
        assertThat(post(r, "dave", build, "grantException?reason=outage&ticket=INC-1")
                        .getStatusCode())
                .isEqualTo(200);

        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        r.assertLogContains("waived by dave", build);
        r.assertLogContains("outage (ticket INC-1)", build);
        ExceptionRecord exception =
                build.getAction(GateAction.class).getGates().get(0).getException();
        assertThat(exception.getUser()).isEqualTo("dave");
        assertThat(exception.getTicket()).isEqualTo("INC-1");
    }

    @Test
    void withoutAGateIdTheAnswerSaysWhichGatesWait(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true), approvedBy("staging", "dba", true));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                parallel(a: { deployGate(environment: 'production', changeId: 'CHG-11') },
                         b: { deployGate(environment: 'staging', changeId: 'CHG-12') })
                """);
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        r.waitForMessage(verdictLine("WAIT", "staging"), build);

        WebResponse several = post(r, "alice", build, "approve");
        WebResponse unknown = post(r, "alice", build, "approve?gate=999");

        assertThat(several.getStatusCode()).isEqualTo(400);
        assertThat(several.getContentAsString())
                .contains("2 deploy gates of this build are waiting")
                .contains("production, change CHG-11")
                .contains("staging, change CHG-12")
                .contains("gate=ID");
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("This build has no deploy gate \"999\"");
        abort(r, build);
        WebResponse none = post(r, "alice", build, "approve");
        assertThat(none.getStatusCode()).isEqualTo(409);
        assertThat(none.getContentAsString()).contains("No deploy gate of this build is waiting");
    }

    @Test
    void waitingGatesAreListedWithWhatTheyWaitFor(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");
        JenkinsRule.WebClient client = r.createWebClient().withBasicApiToken("bob");

        String page = client.goTo("deploy-gates/").asNormalizedText();
        String json = client.goTo("deploy-gates/api/json?depth=1", "application/json")
                .getWebResponse()
                .getContentAsString();
        String gateJson = client.goTo(build.getUrl() + "deploy-gate/api/json", "application/json")
                .getWebResponse()
                .getContentAsString();

        assertThat(page).contains("deploy #1").contains("CHG-10").contains("waiting for 1 approval from dba");
        assertThat(json).contains("\"environment\":\"production\"").contains("\"state\":\"WAITING\"");
        assertThat(gateJson)
                .contains("\"changeId\":\"CHG-10\"")
                .contains("\"requestedBy\":\"carol\"")
                .contains("\"summary\":\"waiting for 1 approval from dba\"")
                .contains("\"deadline\":0");
        abort(r, build);
        assertThat(r.createWebClient().goTo("deploy-gates/").asNormalizedText()).doesNotContain("CHG-10");
    }

    @Test
    void theWaitingGatesPageShowsOnlyBuildsTheUserCanRead(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowRun build = waitingProductionGate(r, "carol");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ)
                .everywhere()
                .toEveryone()
                .grant(Item.READ)
                .onItems(build.getParent())
                .to("alice"));

        String forAlice = r.createWebClient()
                .withBasicApiToken("alice")
                .goTo("deploy-gates/api/json?depth=1", "application/json")
                .getWebResponse()
                .getContentAsString();
        String forBob = r.createWebClient()
                .withBasicApiToken("bob")
                .goTo("deploy-gates/api/json?depth=1", "application/json")
                .getWebResponse()
                .getContentAsString();

        assertThat(forAlice).contains("CHG-10");
        assertThat(forBob).doesNotContain("CHG-10");
        abort(r, build);
    }
}
