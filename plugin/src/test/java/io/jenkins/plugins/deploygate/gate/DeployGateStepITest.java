package io.jenkins.plugins.deploygate.gate;

import static io.jenkins.plugins.deploygate.gate.GateFixtures.approvedBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.job;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.post;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.rules;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.secure;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.startBy;
import static io.jenkins.plugins.deploygate.gate.GateFixtures.verdictLine;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jenkins.model.InterruptedBuildAction;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The deployGate step opens, blocks, waits, resumes on approval and times out. */
@WithJenkins
class DeployGateStepITest {

    @Test
    void anOpenGateReturnsTheDecision(JenkinsRule r) throws Exception {
        rules(new EnvironmentConfig("dev"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'dev', changeId: 'CHG-1')
                echo "verdict=${decision.verdict} rule=${decision.rule} change=${decision.change}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=OPEN rule=dev change=CHG-1", build);
        GateRecord gate = build.getAction(GateAction.class).getGates().get(0);
        assertThat(gate.getState()).isEqualTo(GateState.OPEN);
        assertThat(gate.getEnvironment()).isEqualTo("dev");
    }

    @Test
    void theSnippetGeneratorSuggestsEnvironmentsToThoseWhoMayConfigureTheJob(JenkinsRule r) throws Exception {
        rules(new EnvironmentConfig("production"), new EnvironmentConfig("staging*"), new EnvironmentConfig("dev"));
        WorkflowJob job = job(r, "deploy", "echo 'nothing'");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                .everywhere()
                .to("developer"));
        DeployGateStep.DescriptorImpl step = r.jenkins.getDescriptorByType(DeployGateStep.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("developer", true).impersonate2())) {
            // Globs are rules, not names one deploys to.
            assertThat(step.doFillEnvironmentItems(job)).containsExactly("production", "dev");
            assertThat(step.doCheckTimeout(job, "soon").kind).isEqualTo(FormValidation.Kind.ERROR);
        }
        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            assertThat(step.doFillEnvironmentItems(job)).isEmpty();
            assertThat(step.doFillEnvironmentItems(null)).isEmpty();
            // No access error on every field: a reader's checks say nothing.
            assertThat(step.doCheckTimeout(job, "soon").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(step.doCheckTimeout(null, "soon").kind).isEqualTo(FormValidation.Kind.ERROR);
        }
    }

    @Test
    void aDeclarativeGateStageNeedsNoAgent(JenkinsRule r) throws Exception {
        rules(new EnvironmentConfig("dev"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                pipeline {
                  agent none
                  stages {
                    stage('Gate') {
                      steps {
                        deployGate environment: 'dev', changeId: 'CHG-1'
                      }
                    }
                  }
                }
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains(verdictLine("OPEN", "dev"), build);
    }

    @Test
    void anEnvironmentWithoutARuleIsBlocked(JenkinsRule r) throws Exception {
        rules(new EnvironmentConfig("production"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'reporting', changeId: 'CHG-1')
                echo 'deployed'
                """);

        WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("no rule for environment \"reporting\"; configured: production", build);
        r.assertLogNotContains("deployed", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(GateState.BLOCKED);
    }

    @Test
    void aMisspeltEnvironmentDoesNotFallThroughToTheCatchAll(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production, new EnvironmentConfig("*"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'Prodution', changeId: 'CHG-1')
                echo 'deployed'
                """);

        WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("[deployGate] Prodution: BLOCKED: did you mean production?", build);
        r.assertLogContains("is BLOCKED: did you mean production?", build);
        r.assertLogNotContains("deployed", build);
    }

    @Test
    void anEnvironmentIsMatchedWithoutRegardToCase(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production, new EnvironmentConfig("*"));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'Production ', changeId: 'CHG-1', wait: false)
                echo "verdict=${decision.verdict} rule=${decision.rule}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=WAIT rule=production", build);
    }

    @Test
    void aGateWaitsForApprovalAndResumesWhenAnEligibleUserApproves(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-2')
                echo 'deployed'
                """);
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production") + ": waiting for 1 approval from dba", build);
        assertThat(build.isBuilding()).isTrue();

        assertThat(post(r, "alice", build, "approve?comment=looks+good").getStatusCode())
                .isEqualTo(200);

        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        r.assertLogContains(verdictLine("OPEN", "production"), build);
        r.assertLogContains("deployed", build);
        GateRecord gate = build.getAction(GateAction.class).getGates().get(0);
        assertThat(gate.getRequestedBy()).isEqualTo("carol");
        assertThat(gate.getVotes()).singleElement().satisfies(vote -> {
            assertThat(vote.getUser()).isEqualTo("alice");
            assertThat(vote.isApproved()).isTrue();
            assertThat(vote.getComment()).isEqualTo("looks good");
            assertThat(vote.getGroups()).containsExactly("dba");
        });
    }

    @Test
    void aRejectionByAnEligibleUserFailsTheGate(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "change-board", false));
        WorkflowJob job = job(r, "deploy", "deployGate(environment: 'production', changeId: 'CHG-3')");
        WorkflowRun build = startBy(job, "alice");
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        assertThat(post(r, "carol", build, "reject?comment=not+tonight").getStatusCode())
                .isEqualTo(200);

        r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
        r.assertLogContains("rejected by carol (change-board)", build);
        r.assertLogContains("[deployGate] production (change CHG-3) rejected by carol: not tonight", build);
        InterruptedBuildAction interrupted = build.getAction(InterruptedBuildAction.class);
        assertThat(interrupted).isNotNull();
        assertThat(interrupted.getCauses()).singleElement().isInstanceOfSatisfying(GateRejection.class, cause -> {
            assertThat(cause.getUser()).isEqualTo("carol");
            assertThat(cause.getComment()).isEqualTo("not tonight");
            assertThat(cause.getShortDescription())
                    .isEqualTo("Deploy gate for production rejected by carol: not tonight");
        });
    }

    @Test
    void aWaitingGateIsShownAsPausedUntilItEnds(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(r, "deploy", "deployGate(environment: 'production', changeId: 'CHG-8')");
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);
        FlowNode gateNode = build.getExecution().getCurrentHeads().get(0);
        await(() -> PauseAction.isPaused(gateNode));

        assertThat(post(r, "alice", build, "approve").getStatusCode()).isEqualTo(200);

        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        assertThat(PauseAction.isPaused(build.getExecution().getNode(gateNode.getId())))
                .isFalse();
        assertThat(PauseAction.getPauseActions(build.getExecution().getNode(gateNode.getId())))
                .singleElement()
                .extracting(PauseAction::getCause)
                .isEqualTo("Waiting at the deploy gate");
    }

    /** The pause is added on the timer thread right after the WAIT line is printed. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void aWaitingGateLooksAgainWhenTheRulesChange(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-9')
                echo 'deployed'
                """);
        WorkflowRun build = startBy(job, "carol");
        r.waitForMessage(verdictLine("WAIT", "production"), build);

        // No vote: the new rules alone, saved as the form or JCasC saves them, open the gate.
        rules(new EnvironmentConfig("production"));

        r.assertBuildStatusSuccess(r.waitForCompletion(build));
        r.assertLogContains(verdictLine("OPEN", "production"), build);
    }

    @Test
    void aGateThatStillWaitsAtItsTimeoutFails(JenkinsRule r) throws Exception {
        secure(r);
        rules(approvedBy("production", "dba", true));
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-4', timeout: '2s')
                echo 'deployed'
                """);

        WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("timed out while waiting: waiting for 1 approval from dba", build);
        r.assertLogContains("Deploy gate for production timed out: it was still waiting at ", build);
        r.assertLogNotContains("deployed", build);
        assertThat(build.getAction(InterruptedBuildAction.class).getCauses())
                .singleElement()
                .isInstanceOf(GateTimeout.class);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(GateState.TIMED_OUT);
    }

    @Test
    void withoutWaitingTheStepReturnsTheWaitDecision(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'production', changeId: 'CHG-5', wait: false)
                echo "verdict=${decision.verdict} check=${decision.checks[0].id}:${decision.checks[0].state}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=WAIT check=leadTime:PENDING", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(GateState.NOT_WAITED);
    }

    @Test
    void aTrustedRequestedAtStartsTheLeadTimeAndIsShownAsDeclared(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        production.setTrustRequestedAt(true);
        rules(production);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'production', changeId: 'CHG-6',
                                          requestedAt: '2020-01-06T09:00:00Z')
                echo "verdict=${decision.verdict} source=${decision.requestSource}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=OPEN source=DECLARED", build);
        // The build log gives times in the rules' zone (UTC by default), to the minute, zone named.
        r.assertLogContains("; the pipeline declares requestedAt Mon 6 Jan 2020 09:00 UTC;", build);
        r.assertLogContains("requested Mon 6 Jan 2020 09:00 UTC (declared by the pipeline)", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).isRequestDeclared())
                .isTrue();
    }

    @Test
    void anUntrustedRequestedAtDoesNotShortenTheLeadTime(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'production', changeId: 'CHG-6',
                                          requestedAt: '2020-01-06T09:00:00Z', wait: false)
                echo "verdict=${decision.verdict} source=${decision.requestSource}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=WAIT source=FIRST_SEEN", build);
        r.assertLogContains("(the pipeline's requestedAt, Mon 6 Jan 2020 09:00 UTC, does not count", build);
    }

    @Test
    void theLeadTimeOfAChangeSeenBeforeCountsFromItsFirstSighting(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'production', changeId: 'CHG-7', wait: false)
                echo "requestedAt=${decision.requestedAt}"
                """);

        WorkflowRun first = r.buildAndAssertSuccess(job);
        WorkflowRun second = r.buildAndAssertSuccess(job);

        long firstSeen = first.getAction(GateAction.class).getGates().get(0).getFirstSeenAt();
        assertThat(second.getAction(GateAction.class).getGates().get(0).getFirstSeenAt())
                .isEqualTo(firstSeen);
        assertThat(firstSeen)
                .isBetween(first.getStartTimeInMillis(), first.getStartTimeInMillis() + first.getDuration());
    }

    @Test
    void aChangeIdReusedADayAfterItsDeploymentCountsFromItsOwnStart(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production);
        Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
        GateLedger.start("deploy", "production", "CHG-30", fiveDaysAgo);
        GateLedger.end("deploy", "production", "CHG-30", fiveDaysAgo.plusSeconds(60), true);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'production', changeId: 'CHG-30', wait: false)
                echo "verdict=${decision.verdict}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        // The old sighting went through five days ago: the id is a new request, 48h from now.
        r.assertLogContains("verdict=WAIT", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getFirstSeenAt())
                .isGreaterThan(fiveDaysAgo.plus(Duration.ofDays(4)).toEpochMilli());
    }

    @Test
    void aRerunTheDayOfItsDeploymentStillCountsFromTheFirstSighting(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setLeadTime("48h");
        rules(production);
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        GateLedger.start("deploy", "production", "CHG-31", threeDaysAgo);
        GateLedger.end("deploy", "production", "CHG-31", Instant.now().minus(Duration.ofHours(1)), true);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                def decision = deployGate(environment: 'Production', changeId: 'CHG-31', wait: false)
                echo "verdict=${decision.verdict}"
                """);

        WorkflowRun build = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=OPEN", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getFirstSeenAt())
                .isEqualTo(threeDaysAgo.toEpochMilli());
    }

    @Test
    void aGateThatCannotOpenBeforeItsTimeoutFailsAtOnce(JenkinsRule r) throws Exception {
        EnvironmentConfig production = new EnvironmentConfig("production");
        production.setWindows(List.of(GateFixtures.windowInThreeDays()));
        rules(production);
        WorkflowJob job = job(
                r,
                "deploy",
                """
                deployGate(environment: 'production', changeId: 'CHG-32', timeout: '1h')
                echo 'deployed'
                """);

        WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("[deployGate] production: BLOCKED (rule production): cannot open before ", build);
        r.assertLogContains("beyond the 1h timeout", build);
        r.assertLogNotContains("deployed", build);
        assertThat(build.getAction(GateAction.class).getGates().get(0).getState())
                .isEqualTo(GateState.BLOCKED);
    }
}
