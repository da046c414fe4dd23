package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateDecisionText;
import io.jenkins.plugins.deploygate.engine.report.Times;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The build-log lines of a gate: who and what it saw when it started, and the decision as the
 * engine words it ({@link GateDecisionText}: the headline with what sets the date and who can act,
 * then one line per check) whenever the verdict, the summary or a check's state changes. Times are
 * the engine's, in the rules' zone with the zone named.
 */
final class GateLog {

    private static final String PREFIX = "[deployGate] ";

    private GateLog() {}

    static void started(TaskListener listener, Run<?, ?> run, GateRecord gate, ZoneId zone) throws IOException {
        PrintStream log = listener.getLogger();
        String declared = gate.getDeclaredRequestedAt() == 0
                ? ""
                : Messages.GateLog_Declared(Times.format(Instant.ofEpochMilli(gate.getDeclaredRequestedAt()), zone));
        log.println(Messages.GateLog_Started(
                gate.getEnvironment(),
                changeOf(gate),
                Times.format(Instant.ofEpochMilli(gate.getFirstSeenAt()), zone),
                declared,
                requester(gate.getRequesters())));
        log.print(Messages.GateLog_Page());
        listener.hyperlink("/" + run.getUrl() + "deploy-gate/", run.getFullDisplayName());
        log.println();
    }

    /** Who separation of duties bars as committers: printed at the start and when the history changes. */
    static void committers(TaskListener listener, GateDecision decision) {
        listener.getLogger()
                .println(Messages.GateLog_Committers(
                        decision.environment(),
                        decision.request().committers().isEmpty()
                                ? Messages.GateLog_NoCommitters()
                                : String.join(", ", decision.request().committers())));
    }

    static void decision(TaskListener listener, GateDecision decision) {
        PrintStream log = listener.getLogger();
        for (String line : GateDecisionText.lines(decision)) {
            log.println(PREFIX + line);
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

    /** Who requested the change, as far as the build's causes tell. */
    static String requester(Requesters requesters) {
        if (requesters.getUser() != null) {
            return Messages.GateLog_RequestedBy(requesters.getUser());
        }
        if (requesters.isAnyone()) {
            return Messages.GateLog_AnyoneRequested(requesters.getStartedBy());
        }
        if (requesters.getJobs().isEmpty()) {
            return Messages.GateLog_SeveralRequested(requesters.getStartedBy());
        }
        return Messages.GateLog_BuildersRequested(requesters.getStartedBy(), String.join(", ", requesters.getJobs()));
    }
}
