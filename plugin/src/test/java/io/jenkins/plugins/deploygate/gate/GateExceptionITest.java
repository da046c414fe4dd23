package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.exceptions;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.freezeAroundNow;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.windowInThreeDays;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.config.ApprovalConfig;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import java.util.List;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A gate that only an emergency exception could open waits for one, says so, tells the group that
 * grants it, and opens when a valid one arrives; an exception the gate ignores may be replaced.
 */
@WithJenkins
class GateExceptionITest {

    private static final String GATE =
            """
            deployGate(environment: 'production', changeId: 'CHG-80')
            echo 'deployed'
            """;

    @Test
    void aFreezeAnExceptionMayWaiveWaitsForOneAndOpensWhenItIsGranted(JenkinsRule r) throws Exception {
        secure(r);
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setFreezes(List.of(freezeAroundNow()));
        production.setSeparationOfDuties(true);
        production.setExceptions(exceptions("change-board", true, "freeze"));
        rules(production);
        WorkflowJob deploy = job(r, "deploy", GATE);

        WorkflowRun build = startBy(deploy, "alice");
        r.waitForMessage(
                verdictLine("WAIT", "production") + ": waiting for an exception from change-board (carol)"
                        + " that waives the freeze, with a ticket",
                build);
        r.waitForMessage("[deployGate] waiting for an emergency exception", build);
        WebResponse withoutTicket = post(r, "carol", build, "grantException?reason=hotfix");
        WebResponse granted = post(r, "carol", build, "grantException?reason=hotfix&ticket=INC-7");

        assertThat(withoutTicket.getStatusCode()).isEqualTo(400);
        assertThat(withoutTicket.getContentAsString()).contains("The rule production requires a ticket");
        assertThat(granted.getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        r.assertLogContains("freeze: WAIVED: waived by carol", build);
        r.assertLogContains("deployed", build);
    }

    @Test
    void aClosedWindowAnExceptionMayWaiveWaitsForOneUntilTheTimeout(JenkinsRule r) throws Exception {
        secure(r);
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setWindows(List.of(windowInThreeDays()));
        production.setExceptions(exceptions("change-board", false, "window"));
        rules(production);
        WorkflowJob deploy = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-81', timeout: '1h')
                echo 'deployed'
                """);

        WorkflowRun build = startBy(deploy, "alice");
        r.waitForMessage(verdictLine("WAIT", "production") + ": waiting for an exception from change-board", build);

        assertThat(post(r, "carol", build, "grantException?reason=customer+outage")
                        .getStatusCode())
                .isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        r.assertLogContains("window: WAIVED: waived by carol", build);
    }

    @Test
    void anExceptionTheGateIgnoresMayBeReplacedByAValidOne(JenkinsRule r) throws Exception {
        secure(r);
        ApprovalConfig approval = new ApprovalConfig();
        approval.setGroup("dba");
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setFreezes(List.of(freezeAroundNow()));
        production.setApprovals(List.of(approval));
        production.setSeparationOfDuties(true);
        production.setExceptions(exceptions("dba", false, "freeze"));
        rules(production);
        WorkflowRun build = startBy(job(r, "deploy", GATE), "bob");
        r.waitForMessage(verdictLine("WAIT", "production") + ": waiting for an exception from dba", build);

        // alice's exception waives the freeze; the gate still waits for an approval.
        assertThat(post(r, "alice", build, "grantException?reason=hotfix").getStatusCode())
                .isEqualTo(200);
        r.waitForMessage("freeze: WAIVED: waived by alice", build);
        WebResponse second = post(r, "dave", build, "grantException?reason=hotfix");
        // Now only change-board grants: the gate ignores alice's exception and waits for another.
        production.setExceptions(exceptions("change-board", false, "freeze"));
        rules(production);
        r.waitForMessage("exception: exception by alice not applied: alice is not in change-board", build);
        WebResponse replaced = post(r, "carol", build, "grantException?reason=hotfix+approved+by+the+board");

        assertThat(second.getStatusCode()).isEqualTo(409);
        assertThat(second.getContentAsString()).contains("alice has already granted an exception");
        assertThat(replaced.getStatusCode()).isEqualTo(200);
        assertThat(post(r, "dave", build, "approve").getStatusCode()).isEqualTo(200);
        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        assertThat(build.getAction(GateAction.class)
                        .getGates()
                        .get(0)
                        .getException()
                        .getUser())
                .isEqualTo("carol");
    }

    @Test
    void withoutAnExceptionPolicyAFreezeBlocksAtOnce(JenkinsRule r) throws Exception {
        secure(r);
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setFreezes(List.of(freezeAroundNow()));
        rules(production);

        WorkflowRun build = startBy(job(r, "deploy", GATE), "alice");

        r.assertBuildStatus(hudson.model.Result.FAILURE, r.waitForCompletion(build));
        r.assertLogContains("the freeze check failed, and production allows no exceptions", build);
        WebResponse grant = post(r, "carol", build, "grantException?reason=hotfix");
        assertThat(grant.getStatusCode()).isEqualTo(409);
        assertThat(grant.getContentAsString()).contains("No deploy gate of this build is waiting");
    }
}
