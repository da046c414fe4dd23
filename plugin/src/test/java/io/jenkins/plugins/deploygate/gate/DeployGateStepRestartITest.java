package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A gate waiting across a controller restart keeps its request and opens on the approval given after it. */
class DeployGateStepRestartITest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void aWaitingGateSurvivesARestartAndOpensOnApproval() throws Throwable {
        sessions.then(r -> {
            secure(r);
            rules(approvedBy("production", "dba", true));
            WorkflowJob job = job(
                    r,
                    "deploy",
                    """
                    deployGate(environment: 'production', changeId: 'CHG-20')
                    echo 'deployed'
                    """);
            WorkflowRun build = startBy(job, "carol");
            r.waitForMessage(verdictLine("WAIT", "production"), build);
        });
        sessions.then(r -> {
            // The realm and authorisation are set again: the dummy realm's groups live in memory only.
            secure(r);
            WorkflowRun build =
                    r.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
            assertThat(build.isBuilding()).isTrue();
            assertThat(build.getAction(GateAction.class).getGates().get(0).getRequestedBy())
                    .isEqualTo("carol");

            assertThat(post(r, "alice", build, "approve").getStatusCode()).isEqualTo(200);

            r.assertBuildStatusSuccess(r.waitForCompletion(build));
            r.assertLogContains("deployed", build);
            assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                    .isEqualTo(GateState.OPEN);
        });
    }
}
