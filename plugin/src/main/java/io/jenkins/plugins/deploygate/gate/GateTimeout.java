package io.jenkins.plugins.deploygate.gate;

import jenkins.model.CauseOfInterruption;
import org.kohsuke.stapler.export.Exported;

/**
 * Why a {@code deployGate} step stopped the build: it was still waiting when its timeout passed
 * (as workflow-basic-steps' {@code timeout} reports {@code ExceededTimeout}). Stored with the
 * build: plain fields only.
 */
public final class GateTimeout extends CauseOfInterruption {

    private static final long serialVersionUID = 1L;

    private final String environment;
    private final long deadline;
    private final String deadlineText;

    /** @param deadlineText the deadline as the gate page shows it, in the rules' zone */
    GateTimeout(String environment, long deadline, String deadlineText) {
        this.environment = environment;
        this.deadline = deadline;
        this.deadlineText = deadlineText;
    }

    @Exported
    public String getEnvironment() {
        return environment;
    }

    /** When the timeout passed, in epoch milliseconds. */
    @Exported
    public long getDeadline() {
        return deadline;
    }

    @Override
    public String getShortDescription() {
        return Messages.GateTimeout_ShortDescription(environment, deadlineText);
    }
}
