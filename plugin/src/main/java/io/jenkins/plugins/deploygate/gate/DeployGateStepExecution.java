package io.jenkins.plugins.deploygate.gate;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import io.jenkins.plugins.deploygate.config.InvalidConfigurationException;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.InstantText;
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
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@code deployGate}: evaluates on a timer thread (never on the CPS thread, never on an
 * executor), completes at once when the gate opens or is blocked, and otherwise evaluates again at
 * the instant the rules next allow or the deadline, whichever comes first, and at once when someone
 * acts on the build's gate page or the rules change ({@link GateWaiter}). The request, votes and
 * latest decision live in the build's {@link GateAction}; this object keeps only the step's
 * arguments and the gate's id, so that it survives a restart and {@link #onResume()} simply
 * evaluates again. How a gate ends is {@link GateEnd}'s business.
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
                EnvironmentRule.parseApprovalTimeout(timeout); // refuse a bad timeout before anything is recorded
            } catch (IllegalArgumentException refused) {
                throw new AbortException(Messages.DeployGateStepExecution_BadTimeout(refused.getMessage()));
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
        Timer.get().submit(() -> end().abandoned(GateState.STOPPED));
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
            Instant now = Instant.now();
            GateRecord gate = action.find(gateId);
            boolean first = gate == null;
            if (first) {
                gate = action.add(create(run, rules, now));
                GateLog.started(listener, run, gate, rules.calendar().zone());
            }
            GateInputs inputs = GateInputs.fresh(run, gate, rules, null);
            GateDecision decision = inputs.decide(now, deadline(gate));
            boolean committersChanged =
                    !gate.getCommitters().equals(decision.request().committers());
            boolean changed = gate.update(decision);
            if (first || committersChanged) {
                GateLog.committers(listener, decision);
            }
            if (first || changed) {
                GateLog.decision(listener, decision);
                action.save();
            }
            GateEnd end = end();
            switch (decision.verdict()) {
                case OPEN -> end.opened(action, gate, decision, GateState.OPEN);
                case BLOCKED -> end.blocked(listener, action, gate, decision);
                case WAIT -> waitFor(run, listener, action, gate, inputs, decision, now);
            }
        } catch (InvalidConfigurationException | IllegalArgumentException refused) {
            stopTimer();
            end().abandoned(GateState.BLOCKED);
            getContext().onFailure(new AbortException(Messages.DeployGateStepExecution_Refused(refused.getMessage())));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            schedule(RETRY_MILLIS);
        } catch (Exception unexpected) {
            // The gate must not stay WAITING with live buttons: it is recorded as failed first.
            LOGGER.log(Level.WARNING, "deployGate could not evaluate " + environment, unexpected);
            stopTimer();
            end().abandoned(GateState.FAILED);
            getContext().onFailure(unexpected);
        }
    }

    /**
     * The gate's record, when it first evaluates: the ledger's sighting of the change (the start of
     * the lead time, unless the rule trusts the pipeline's time), the declared time, who started the
     * build.
     */
    private GateRecord create(Run<?, ?> run, GateRules rules, Instant now) throws IOException {
        Instant declared = requestedAt == null
                ? null
                : InstantText.parse(requestedAt, rules.calendar().zone());
        Instant firstSeen = changeId == null
                ? Instant.ofEpochMilli(run.getStartTimeInMillis())
                : GateLedger.start(run.getParent().getFullName(), environment, changeId, now)
                        .firstSeenAt();
        return new GateRecord(gateId, environment, changeId, firstSeen, declared, now, Requesters.of(run));
    }

    /** How long the step waits: from the gate's start, for its own timeout or the rule's; none with {@code wait: false}. */
    private Deadline deadline(GateRecord gate) {
        if (!wait) {
            return Deadline.NONE;
        }
        Duration limit = timeout == null ? null : EnvironmentRule.parseApprovalTimeout(timeout);
        return Deadline.from(Instant.ofEpochMilli(gate.getStartedAt()), limit);
    }

    private void waitFor(
            Run<?, ?> run,
            TaskListener listener,
            GateAction action,
            GateRecord gate,
            GateInputs inputs,
            GateDecision decision,
            Instant now)
            throws Exception {
        GateEnd end = end();
        if (!wait) {
            end.opened(action, gate, decision, GateState.NOT_WAITED);
            return;
        }
        if (decision.deadline() != null && !now.isBefore(decision.deadline())) {
            end.timedOut(listener, action, gate, decision);
            return;
        }
        end.pause();
        GateNotice.sendWhenAwaited(run, action, gate, inputs, decision, listener);
        // The next instant the rules name; until then only a vote or new rules wake the gate.
        Instant next = decision.notBefore();
        if (decision.deadline() != null && (next == null || decision.deadline().isBefore(next))) {
            next = decision.deadline();
        }
        if (next != null) {
            schedule(Math.max(0, next.toEpochMilli() - now.toEpochMilli()));
        }
    }

    private GateEnd end() {
        return new GateEnd(getContext(), gateId, this::stopTimer);
    }

    private void stopTimer() {
        finished = true;
        ScheduledFuture<?> scheduled = task;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
