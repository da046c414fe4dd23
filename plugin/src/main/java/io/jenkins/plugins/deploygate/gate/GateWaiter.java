package io.jenkins.plugins.deploygate.gate;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.Extension;
import hudson.XmlFile;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import io.jenkins.plugins.deploygate.config.DeployGateConfiguration;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionList;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A running {@code deployGate} step that can be told to look again. A waiting gate has no periodic
 * timer: it evaluates at the instants the rules name and when something changes, which is a vote
 * or an exception on its build ({@link #wake}) or a change of the rules ({@link RulesChanged}).
 * Kept as an interface so that the approval endpoints do not depend on the step's class.
 */
public interface GateWaiter {

    /** The id of the gate (its flow node) this execution waits on. */
    String getGateId();

    /** Evaluates the gate again soon, off the caller's thread. */
    void reevaluate();

    /**
     * Tells the live execution of gate {@code gateId} in {@code run}, if any, to evaluate again. The
     * lookup is the one pipeline-input-step uses, but it does not wait for the program to load:
     * the request that cast a vote returns at once, and the gate looks when the program is there.
     */
    static void wake(Run<?, ?> run, String gateId) {
        if (run instanceof FlowExecutionOwner.Executable executable) {
            FlowExecutionOwner owner = executable.asFlowExecutionOwner();
            if (owner != null) {
                try {
                    wake(owner.get(), waiter -> waiter.getGateId().equals(gateId));
                } catch (IOException unavailable) {
                    Logger.getLogger(GateWaiter.class.getName())
                            .log(Level.WARNING, "Could not reach the deployGate steps of " + run, unavailable);
                }
            }
        }
    }

    private static void wake(FlowExecution execution, Predicate<GateWaiter> which) {
        ListenableFuture<List<StepExecution>> executions = execution.getCurrentExecutions(true);
        executions.addListener(
                () -> {
                    try {
                        for (StepExecution step : executions.get()) {
                            if (step instanceof GateWaiter waiter && which.test(waiter)) {
                                waiter.reevaluate();
                            }
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException unavailable) {
                        Logger.getLogger(GateWaiter.class.getName())
                                .log(Level.FINE, "A Pipeline's steps could not be listed", unavailable);
                    }
                },
                Timer.get());
    }

    /** New rules may open, block or fail a waiting gate: every waiting gate looks again. */
    @Extension
    final class RulesChanged extends SaveableListener {

        @Override
        public void onChange(Saveable saved, XmlFile file) {
            if (!(saved instanceof DeployGateConfiguration)) {
                return;
            }
            for (FlowExecution execution : FlowExecutionList.get()) {
                try {
                    Queue.Executable executable = execution.getOwner().getExecutable();
                    if (executable instanceof Run<?, ?> run) {
                        GateAction action = run.getAction(GateAction.class);
                        if (action != null && !action.getWaitingGates().isEmpty()) {
                            wake(execution, waiter -> true);
                        }
                    }
                } catch (IOException unreadable) {
                    Logger.getLogger(GateWaiter.class.getName())
                            .log(Level.FINE, "Skipping a Pipeline whose build cannot be loaded", unreadable);
                }
            }
        }
    }
}
