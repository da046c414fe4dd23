package io.jenkins.plugins.deploygate.gate;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Run;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.deploygate.config.ApprovalConfig;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.EnvironmentConfig;
import io.jenkins.plugins.deploygate.config.ExceptionConfig;
import io.jenkins.plugins.deploygate.config.FreezeConfig;
import io.jenkins.plugins.deploygate.config.GroupConfig;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/**
 * The world of the gate tests: alice and dave are in the realm's {@code dba} group, carol is in the
 * {@code change-board} group the rules define, bob is in neither; everyone may read jobs.
 */
public final class GateFixtures {

    private GateFixtures() {}

    public static void secure(JenkinsRule r) {
        JenkinsRule.DummySecurityRealm realm = r.createDummySecurityRealm();
        realm.addGroups("alice", "dba");
        realm.addGroups("dave", "dba");
        r.jenkins.setSecurityRealm(realm);
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .toEveryone());
    }

    /** Installs {@code environments} as the rules, with the {@code change-board} group (carol). */
    public static void rules(EnvironmentConfig... environments) {
        GroupConfig changeBoard = new GroupConfig("change-board");
        changeBoard.setMembers(List.of("carol"));
        DeployGateConfiguration config = DeployGateConfiguration.get();
        config.setGroups(List.of(changeBoard));
        config.setEnvironments(List.of(environments));
    }

    /** A rule needing {@code count} approvals from {@code group}. */
    public static EnvironmentConfig approvedBy(String environment, String group, boolean separationOfDuties) {
        ApprovalConfig approval = new ApprovalConfig();
        approval.setGroup(group);
        approval.setCount(1);
        EnvironmentConfig rule = new EnvironmentConfig(environment);
        rule.setApprovals(List.of(approval));
        rule.setSeparationOfDuties(separationOfDuties);
        return rule;
    }

    public static WorkflowJob job(JenkinsRule r, String name, String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    /** Starts a build as if {@code user} had clicked Build: the gate's requester. */
    public static WorkflowRun startBy(WorkflowJob job, String user) throws Exception {
        return job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause(user)))
                .waitForStart();
    }

    /** POSTs to the build's gate action as {@code user}, with an API token and no crumb, like curl. */
    public static WebResponse post(JenkinsRule r, String user, Run<?, ?> build, String pathAndQuery) throws Exception {
        return request(r, user, build, pathAndQuery, HttpMethod.POST);
    }

    public static WebResponse request(
            JenkinsRule r, String user, Run<?, ?> build, String pathAndQuery, HttpMethod method) throws Exception {
        JenkinsRule.WebClient client =
                r.createWebClient().withThrowExceptionOnFailingStatusCode(false).withBasicApiToken(user);
        client.getOptions().setJavaScriptEnabled(false);
        WebRequest request =
                new WebRequest(new URL(r.getURL(), build.getUrl() + "deploy-gate/" + pathAndQuery), method);
        return client.getPage(request).getWebResponse();
    }

    /** A change window of one hour, three days from today (the rules' zone is UTC): closed now and for days. */
    public static String windowInThreeDays() {
        DayOfWeek day = LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek();
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT) + " 10:00-11:00";
    }

    /** A freeze from yesterday to ten days from now, in the rules' zone (UTC). */
    public static FreezeConfig freezeAroundNow() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        FreezeConfig freeze = new FreezeConfig(
                today.minusDays(1).atStartOfDay().toString(),
                today.plusDays(10).atStartOfDay().toString());
        freeze.setReason("Release freeze");
        return freeze;
    }

    /** An exception policy: {@code group} may grant one that waives {@code checks}. */
    public static ExceptionConfig exceptions(String group, boolean requireTicket, String... checks) {
        ExceptionConfig policy = new ExceptionConfig(group);
        policy.setWaive(List.of(checks));
        policy.setRequireTicket(requireTicket);
        return policy;
    }

    /** Starts a build as a timer would: no user behind it. */
    public static WorkflowRun startByTimer(WorkflowJob job) throws Exception {
        return job.scheduleBuild2(0, new CauseAction(new TimerTrigger.TimerTriggerCause()))
                .waitForStart();
    }

    /** Starts a build as a remote call with the job's token would: anyone holding it could have. */
    public static WorkflowRun startRemotely(WorkflowJob job) throws Exception {
        return job.scheduleBuild2(0, new CauseAction(new Cause.RemoteCause("192.0.2.10", "nightly")))
                .waitForStart();
    }

    /** Starts a build as {@code build job: ...} in {@code upstream} would. */
    public static WorkflowRun startFrom(WorkflowJob job, Run<?, ?> upstream) throws Exception {
        return job.scheduleBuild2(0, new CauseAction(new Cause.UpstreamCause(upstream)))
                .waitForStart();
    }

    /** The headline the step prints each time the decision changes, for an environment named as its rule. */
    public static String verdictLine(String verdict, String rule) {
        return "[deployGate] " + rule + ": " + verdict + " (rule " + rule + ")";
    }
}
