package io.jenkins.plugins.deploygate.gate;

import hudson.model.Run;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A running {@code deployGate} step that can be told to look again, e.g. after an approval. Kept
 * as an interface here so that the approval endpoints do not depend on the step's class.
 */
public interface GateWaiter {

    /** The id of the gate (its flow node) this execution waits on. */
    String getGateId();

    /** Evaluates the gate again soon, off the caller's thread. */
    void reevaluate();

    /**
     * Tells the live execution of gate {@code gateId} in {@code run}, if any, to evaluate again. The
     * lookup is the one pipeline-input-step uses; when it fails the step's own periodic
     * re-evaluation still sees the change within a minute.
     */
    static void wake(Run<?, ?> run, String gateId) {
        if (!(run instanceof FlowExecutionOwner.Executable executable)) {
            return;
        }
        Logger logger = Logger.getLogger(GateWaiter.class.getName());
        try {
            FlowExecutionOwner owner = executable.asFlowExecutionOwner();
            if (owner == null) {
                return;
            }
            List<StepExecution> executions =
                    owner.get().getCurrentExecutions(true).get(60, TimeUnit.SECONDS);
            for (StepExecution execution : executions) {
                if (execution instanceof GateWaiter waiter && waiter.getGateId().equals(gateId)) {
                    waiter.reevaluate();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | ExecutionException | TimeoutException unavailable) {
            logger.log(
                    Level.WARNING,
                    "Could not reach the deployGate step of " + run + "; it will look again shortly",
                    unavailable);
        }
    }
}
