package io.jenkins.plugins.deploygate.gate;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.InvalidConfigurationException;
import io.jenkins.plugins.deploygate.config.JenkinsMembership;
import io.jenkins.plugins.deploygate.engine.gate.CheckState;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.UserIdentity;
import io.jenkins.plugins.deploygate.engine.report.Times;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.DurationText;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;

/**
 * Runs {@code deployGate}: evaluates on a timer thread (never on the CPS thread, never on an
 * executor), completes at once when the gate opens or is blocked, and otherwise evaluates again at
 * the instant the rules next allow or the deadline, whichever comes first, and at once when someone
 * acts on the build's gate page or the rules change ({@link GateWaiter}). The request, votes, deadline and latest decision live in
 * the build's {@link GateAction}; this object keeps only the step's arguments and the gate's id, so
 * that it survives a restart and {@link #onResume()} simply evaluates again.
 */
public class DeployGateStepExecution extends AbstractStepExecutionImpl implements GateWaiter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(DeployGateStepExecution.class.getName());
    /** After an interruption, when to try again. */
    private static final long RETRY_MILLIS = TimeUnit.MINUTES.toMillis(1);

    private final String environment;
    private final String changeId;
    private final String requestedAt;
    private final boolean wait;
    private final String timeout;
    private volatile String gateId;

    private transient volatile ScheduledFuture<?> task;
    private transient volatile boolean finished;
    /** Evaluations asked for and not yet done: one thread evaluates, the others only count. */
    private transient AtomicInteger asked;

    DeployGateStepExecution(DeployGateStep step, StepContext context) {
        super(context);
        this.environment = step.getEnvironment();
        this.changeId = step.getChangeId();
        this.requestedAt = step.getRequestedAt();
        this.wait = step.isWait();
        this.timeout = step.getTimeout();
    }

    @Override
    public boolean start() throws Exception {
        if (environment == null) {
            throw new AbortException(Messages.DeployGateStep_EnvironmentRequired());
        }
        if (timeout != null) {
            try {
                DurationText.parse(timeout); // refuse a bad timeout before anything is recorded
            } catch (IllegalArgumentException refused) {
                throw new AbortException(Messages.DeployGateStepExecution_Refused(refused.getMessage()));
            }
        }
        gateId = getContext().get(FlowNode.class).getId();
        schedule(0);
        return false;
    }

    @Override
    public void onResume() {
        // Not super.onResume(): it only re-injects deprecated @StepContextParameter fields.
        schedule(0);
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        // Not under this object's lock: an evaluation in progress must not hold up the CPS thread.
        // A task scheduled concurrently still sees finished and does nothing.
        stopTimer();
        Timer.get().submit(() -> record(GateState.STOPPED));
        super.stop(cause);
    }

    @Override
    public String getStatus() {
        return Messages.DeployGateStepExecution_Status(environment, changeId == null ? "-" : changeId);
    }

    @Override
    public String getGateId() {
        return gateId;
    }

    @Override
    public void reevaluate() {
        schedule(0);
    }

    private synchronized void schedule(long delayMillis) {
        if (finished) {
            return;
        }
        if (task != null) {
            task.cancel(false);
        }
        task = Timer.get().schedule(this::evaluate, delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized AtomicInteger asked() {
        if (asked == null) {
            asked = new AtomicInteger();
        }
        return asked;
    }

    /**
     * Evaluates until no one asked again meanwhile. No lock is held while it runs (realm lookups,
     * saves, mail): a request that comes in during an evaluation makes the running one go again.
     */
    private void evaluate() {
        AtomicInteger pending = asked();
        if (pending.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            evaluateOnce();
            missed = pending.addAndGet(-missed);
        } while (missed != 0);
    }

    private void evaluateOnce() {
        if (finished) {
            return;
        }
        try {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            GateRules rules = DeployGateConfiguration.get().getRules();
            GateAction action = GateAction.of(run);
            GateRecord gate = action.find(gateId);
            boolean first = gate == null;
            if (first) {
                gate = action.add(GateRequests.create(
                        gateId,
                        run,
                        environment,
                        changeId,
                        requestedAt,
                        rules.calendar().zone()));
                GateLog.started(listener, run, gate, rules.calendar().zone());
            }
            Instant now = Instant.now();
            GateDecision decision = new GateEvaluator(
                            JenkinsMembership.of(rules, gate.recordedGroups()), UserIdentity.EXACT)
                    .evaluate(rules, gate.toRequest(), gate.toApprovals(), gate.toExceptionGrant(), now, Deadline.NONE);
            boolean changed = gate.update(decision);
            if (first) {
                gate.setDeadline(deadline(decision, now));
            }
            if (changed || first) {
                GateLog.decision(listener, gate, decision, rules.calendar().zone());
                action.save();
            }
            switch (decision.verdict()) {
                case OPEN -> succeed(action, gate, GateState.OPEN, decision);
                case BLOCKED -> blocked(listener, action, gate, decision);
                case WAIT -> waitFor(run, listener, action, gate, decision, rules, now);
            }
        } catch (InvalidConfigurationException | IllegalArgumentException refused) {
            stopTimer();
            record(GateState.BLOCKED);
            getContext().onFailure(new AbortException(Messages.DeployGateStepExecution_Refused(refused.getMessage())));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            schedule(RETRY_MILLIS);
        } catch (Exception unexpected) {
            LOGGER.log(Level.WARNING, "deployGate could not evaluate " + environment, unexpected);
            stopTimer();
            getContext().onFailure(unexpected);
        }
    }

    private void waitFor(
            Run<?, ?> run,
            TaskListener listener,
            GateAction action,
            GateRecord gate,
            GateDecision decision,
            GateRules rules,
            Instant now)
            throws Exception {
        if (!wait) {
            succeed(action, gate, GateState.NOT_WAITED, decision);
            return;
        }
        long nowMillis = now.toEpochMilli();
        long deadline = gate.getDeadline();
        if (deadline > 0 && nowMillis >= deadline) {
            listener.getLogger()
                    .println(Messages.DeployGateStepExecution_TimedOut(
                            gate.getEnvironment(), GateLog.changeOf(gate), GateResult.explain(decision)));
            String when = Times.format(
                    Instant.ofEpochMilli(deadline), rules.calendar().zone());
            finish(action, gate, GateState.TIMED_OUT);
            getContext()
                    .onFailure(new FlowInterruptedException(
                            Result.FAILURE, true, new GateTimeout(gate.getEnvironment(), deadline, when)));
            return;
        }
        pause();
        boolean approvalsPending = decision.check(CheckId.APPROVALS)
                .map(check -> check.state() == CheckState.PENDING)
                .orElse(false);
        if (approvalsPending && !gate.isNotified()) {
            gate.setNotified();
            action.save();
            // Off this thread: a slow mail server must not delay the re-evaluation an approval asks for.
            Timer.get().submit(() -> ApproverNotice.send(run, gate, rules, listener));
        }
        // The next instant the rules name; until then only a vote or new rules wake the gate.
        long next = Long.MAX_VALUE;
        if (decision.notBefore() != null) {
            next = decision.notBefore().toEpochMilli();
        }
        if (deadline > 0) {
            next = Math.min(next, deadline);
        }
        if (next != Long.MAX_VALUE) {
            schedule(Math.max(0, next - nowMillis));
        }
    }

    /** The step's timeout, else the rule's approval timeout, from the first evaluation; 0 for none. */
    private long deadline(GateDecision decision, Instant now) {
        Duration limit = timeout != null ? DurationText.parse(timeout) : decision.approvalTimeout();
        return limit == null ? 0 : now.plus(limit).toEpochMilli();
    }

    /**
     * A blocked gate fails the step. When an eligible user rejected it, the step ends as Pipeline
     * ends an input that was rejected: with the rejection as the cause, and its comment in the log.
     */
    private void blocked(TaskListener listener, GateAction action, GateRecord gate, GateDecision decision)
            throws IOException {
        String explanation = Messages.DeployGateStepExecution_Blocked(
                environment, GateLog.changeOf(gate), GateResult.explain(decision));
        boolean approvalsFailed = decision.check(CheckId.APPROVALS)
                .map(check -> check.state() == CheckState.FAILED)
                .orElse(false);
        Vote rejection = approvalsFailed
                ? gate.getVotes().stream()
                        .filter(vote -> !vote.isApproved())
                        .findFirst()
                        .orElse(null)
                : null;
        if (rejection == null) {
            fail(action, gate, GateState.BLOCKED, explanation);
            return;
        }
        GateLog.rejected(listener, gate, rejection);
        listener.getLogger().println(explanation);
        finish(action, gate, GateState.BLOCKED);
        getContext()
                .onFailure(
                        new FlowInterruptedException(Result.FAILURE, true, new GateRejection(environment, rejection)));
    }

    /**
     * Marks the step's node as paused, as an input step does, so that Stage View and Pipeline Graph
     * show the build waiting; {@link #finish} ends the pause.
     */
    private void pause() throws IOException, InterruptedException {
        FlowNode node = getContext().get(FlowNode.class);
        if (!PauseAction.isPaused(node)) {
            node.addAction(new PauseAction(Messages.DeployGateStepExecution_Pause()));
        }
    }

    private void succeed(GateAction action, GateRecord gate, GateState state, GateDecision decision)
            throws IOException {
        finish(action, gate, state);
        getContext().onSuccess(GateResult.toMap(decision));
    }

    private void fail(GateAction action, GateRecord gate, GateState state, String explanation) throws IOException {
        finish(action, gate, state);
        getContext().onFailure(new AbortException(explanation));
    }

    private void finish(GateAction action, GateRecord gate, GateState state) throws IOException {
        stopTimer();
        gate.setState(state);
        action.save();
        endPause();
    }

    private void endPause() {
        try {
            PauseAction.endCurrentPause(getContext().get(FlowNode.class));
        } catch (IOException | InterruptedException e) {
            LOGGER.log(Level.FINE, "Could not end the pause of the deployGate node", e);
        }
    }

    private void stopTimer() {
        finished = true;
        ScheduledFuture<?> scheduled = task;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    /** Marks a gate that still says it waits, when it ended without a decision (aborted, or refused rules). */
    private void record(GateState state) {
        try {
            GateAction action = GateAction.of(getContext().get(Run.class));
            GateRecord gate = action.find(gateId);
            if (gate != null && gate.isWaiting()) {
                gate.setState(state);
                action.save();
            }
            endPause();
        } catch (Exception e) {
            LOGGER.log(Level.FINE, "Could not record that the gate stopped", e);
        }
    }
}
