package io.jenkins.plugins.deploygate.capture;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@code captureDeployErrors}. The scan happens when the body has ended, on a pool thread
 * (never on the CPS VM thread, which must not do I/O), reading the output of the block's flow nodes
 * on the controller. The saved state is the step's two options and the block's node id, all JDK
 * types, so a resumed build never depends on engine classes.
 */
final class CaptureDeployErrorsExecution extends GeneralNonBlockingStepExecution {

    private static final long serialVersionUID = 1L;

    private final String tool;
    private final boolean failOnSilentErrors;
    private String blockId;

    CaptureDeployErrorsExecution(CaptureDeployErrorsStep step, StepContext context) {
        super(context);
        this.tool = step.getTool();
        this.failOnSilentErrors = step.isFailOnSilentErrors();
    }

    @Override
    public boolean start() throws Exception {
        blockId = getContext().get(FlowNode.class).getId();
        getContext().newBodyInvoker().withCallback(new Scan()).start();
        return false;
    }

    /**
     * Scans the block's output once the body ends. Not a {@code TailCall}: the scan must know how
     * the body ended (exit status 0 for the silent-failure rule, the status of a failure for an
     * unrecognised one), which a tail call does not tell.
     */
    private final class Scan extends BodyExecutionCallback {

        private static final long serialVersionUID = 1L;

        @Override
        public void onSuccess(StepContext context, Object result) {
            run(() -> {
                CaptureSummary summary = capture(ExitStatus.succeeded());
                if (summary.isSilentFailure() && failOnSilentErrors) {
                    context.onFailure(new AbortException(
                            Messages.CaptureDeployErrors_SilentFailure(summary.getErrors(), name())));
                } else {
                    context.onSuccess(result);
                }
            });
        }

        @Override
        public void onFailure(StepContext context, Throwable failure) {
            run(() -> {
                try {
                    capture(ExitStatus.failedWith(failure));
                } catch (Exception scanFailed) {
                    failure.addSuppressed(scanFailed);
                }
                context.onFailure(failure);
            });
        }
    }

    /** Scans the block's output and records the findings on the build, which prints a short summary. */
    private CaptureSummary capture(ExitStatus exit) throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FlowExecution execution = getContext().get(FlowExecution.class);
        FlowNode block = execution.getNode(blockId);
        if (block == null) {
            throw new IOException("The flow node " + blockId + " of captureDeployErrors is gone");
        }
        CaptureDeployErrorsLog.Scanned scanned = CaptureDeployErrorsLog.scan(execution, block, DeployScan.start(exit));
        return CaptureAction.record(run, listener, blockId, name(), scanned.result(), exit, scanned.parts());
    }

    private String name() {
        return tool != null ? tool : "captureDeployErrors";
    }
}
