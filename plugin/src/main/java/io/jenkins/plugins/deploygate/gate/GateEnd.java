package io.jenkins.plugins.deploygate.gate;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import io.jenkins.plugins.deploygate.engine.gate.ApprovalAudit;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import io.jenkins.plugins.deploygate.engine.gate.Verdict;
import io.jenkins.plugins.deploygate.engine.report.Times;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;

/**
 * How a {@code deployGate} step ends, on every path: the gate's final state is recorded and saved,
 * the ledger learns that a gate for the change ended (and whether it opened), the node's pause
 * ends, and the step completes. Rejection and timeout end the step as Pipeline ends a rejected or
 * timed-out {@code input}: with a {@link FlowInterruptedException} whose cause says who rejected,
 * or that the timeout passed.
 */
final class GateEnd {

    private static final Logger LOGGER = Logger.getLogger(GateEnd.class.getName());

    private final StepContext context;
    private final String gateId;
    private final Runnable stopTimer;

    GateEnd(StepContext context, String gateId, Runnable stopTimer) {
        this.context = context;
        this.gateId = gateId;
        this.stopTimer = stopTimer;
    }

    /** The step returns the decision: the gate opened, or would wait and was told not to. */
    void opened(GateAction action, GateRecord gate, GateDecision decision, GateState state) throws IOException {
        finish(action, gate, state, decision.verdict() == Verdict.OPEN);
        context.onSuccess(GateResult.toMap(decision));
    }

    /**
     * A blocked gate fails the step at once. When an eligible user rejected it, the step ends as
     * Pipeline ends an input that was rejected: with the rejection as the cause, and its comment in
     * the log.
     */
    void blocked(TaskListener listener, GateAction action, GateRecord gate, GateDecision decision) throws IOException {
        String explanation = Messages.DeployGateStepExecution_Blocked(
                gate.getEnvironment(), GateLog.changeOf(gate), GateResult.explain(decision));
        Vote rejection = rejection(gate, decision);
        finish(action, gate, GateState.BLOCKED, false);
        if (rejection == null) {
            context.onFailure(new AbortException(explanation));
            return;
        }
        GateLog.rejected(listener, gate, rejection);
        listener.getLogger().println(explanation);
        context.onFailure(new FlowInterruptedException(
                Result.FAILURE, true, new GateRejection(gate.getEnvironment(), rejection)));
    }

    /** The timeout passed while the gate still waited. */
    void timedOut(TaskListener listener, GateAction action, GateRecord gate, GateDecision decision) throws IOException {
        listener.getLogger()
                .println(Messages.DeployGateStepExecution_TimedOut(
                        gate.getEnvironment(), GateLog.changeOf(gate), GateResult.explain(decision)));
        Instant deadline = decision.deadline();
        String when = Times.format(deadline, DeployGateConfiguration.get().getZone());
        finish(action, gate, GateState.TIMED_OUT, false);
        context.onFailure(new FlowInterruptedException(
                Result.FAILURE, true, new GateTimeout(gate.getEnvironment(), deadline.toEpochMilli(), when)));
    }

    /**
     * Records {@code state} on a gate that still says it waits, when it ended without a decision
     * (the build was aborted, the rules were refused, an error); the caller completes the step.
     */
    void abandoned(GateState state) {
        try {
            Run<?, ?> run = context.get(Run.class);
            GateAction action = GateAction.of(run);
            GateRecord gate = action.find(gateId);
            if (gate != null && gate.isWaiting()) {
                gate.setState(state);
                action.save();
                ledger(run, gate, false);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not record that deploy gate " + gateId + " ended " + state, e);
        }
        endPause();
    }

    /**
     * Marks the step's node as paused, as an input step does, so that Stage View and Pipeline Graph
     * show the build waiting; every end of the gate ends the pause.
     */
    void pause() throws IOException, InterruptedException {
        FlowNode node = context.get(FlowNode.class);
        if (!PauseAction.isPaused(node)) {
            node.addAction(new PauseAction(Messages.DeployGateStepExecution_Pause()));
        }
    }

    private void finish(GateAction action, GateRecord gate, GateState state, boolean opened) throws IOException {
        stopTimer.run();
        gate.setState(state);
        action.save();
        ledger(action.getRun(), gate, opened);
        endPause();
    }

    /** Tells the ledger that a gate for the change ended: a change that went through is not a new request for a day. */
    private static void ledger(Run<?, ?> run, GateRecord gate, boolean opened) throws IOException {
        if (gate.getChangeId() != null) {
            GateLedger.end(
                    run.getParent().getFullName(), gate.getEnvironment(), gate.getChangeId(), Instant.now(), opened);
        }
    }

    /** The vote that failed the approvals: the first rejection the engine counted, with its comment. */
    private static Vote rejection(GateRecord gate, GateDecision decision) {
        ApprovalAudit approvals = decision.approvals();
        if (approvals == null) {
            return null;
        }
        UserIdentity ids = JenkinsMembership.identity();
        return approvals.requirements().stream()
                .flatMap(requirement -> requirement.rejectedBy().stream())
                .findFirst()
                .flatMap(user -> gate.getVotes().stream()
                        .filter(vote -> !vote.isApproved() && ids.same(vote.getUser(), user))
                        .findFirst())
                .orElse(null);
    }

    private void endPause() {
        try {
            PauseAction.endCurrentPause(context.get(FlowNode.class));
        } catch (IOException | InterruptedException e) {
            LOGGER.log(Level.FINE, "Could not end the pause of the deployGate node", e);
        }
    }
}
