package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.report.Times;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The build-log lines of a gate: printed when it starts and whenever its verdict or a check's state
 * changes. Times are in the rules' zone, with the zone named, as the checks' own messages give them.
 */
final class GateLog {

    private GateLog() {}

    static void started(TaskListener listener, Run<?, ?> run, GateRecord gate, ZoneId zone) throws IOException {
        PrintStream log = listener.getLogger();
        log.println(Messages.GateLog_Started(
                gate.getEnvironment(),
                changeOf(gate),
                Times.format(Instant.ofEpochMilli(gate.getRequestedAt()), zone),
                gate.getRequestedBy() == null ? Messages.GateLog_NoRequester() : gate.getRequestedBy(),
                gate.getCommitters().isEmpty()
                        ? Messages.GateLog_NoCommitters()
                        : String.join(", ", gate.getCommitters())));
        log.print(Messages.GateLog_Page());
        listener.hyperlink("/" + run.getUrl() + "deploy-gate/", run.getFullDisplayName());
        log.println();
    }

    static void decision(TaskListener listener, GateRecord gate, GateDecision decision, ZoneId zone) {
        PrintStream log = listener.getLogger();
        log.println(Messages.GateLog_Decision(
                gate.getEnvironment(),
                changeOf(gate),
                decision.verdict(),
                decision.rule() == null ? Messages.GateLog_NoRule() : decision.rule(),
                decision.notBefore() == null ? Messages.GateLog_Now() : Times.format(decision.notBefore(), zone)));
        for (CheckResult check : decision.checks()) {
            log.println(Messages.GateLog_Check(check.id().id(), check.state(), check.message()));
        }
        if (decision.exception() != null && !decision.exception().valid()) {
            log.println(Messages.GateLog_ExceptionRefused(decision.exception().problem()));
        }
    }

    /** Where the build manager looks first: who rejected, and why. */
    static void rejected(TaskListener listener, GateRecord gate, Vote rejection) {
        listener.getLogger()
                .println(Messages.GateLog_Rejected(
                        gate.getEnvironment(),
                        changeOf(gate),
                        rejection.getUser(),
                        rejection.getComment() == null ? Messages.GateRejection_NoComment() : rejection.getComment()));
    }

    static String changeOf(GateRecord gate) {
        return gate.getChangeId() == null ? Messages.GateLog_NoChange() : gate.getChangeId();
    }
}
