package io.jenkins.plugins.deploygate.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jenkins.model.CauseOfInterruption;
import org.kohsuke.stapler.export.Exported;

/**
 * Why a {@code deployGate} step stopped the build: an eligible user rejected the deployment. Shown
 * where Pipeline shows why a build was interrupted (as pipeline-input-step's {@code Rejection}),
 * with who rejected and their comment. Stored with the build: plain fields only.
 */
public final class GateRejection extends CauseOfInterruption {

    private static final long serialVersionUID = 1L;

    private final String environment;
    private final String user;
    private final String comment;
    private final long time;

    GateRejection(String environment, Vote rejection) {
        this.environment = environment;
        this.user = rejection.getUser();
        this.comment = rejection.getComment();
        this.time = rejection.getTime();
    }

    @Exported
    public String getEnvironment() {
        return environment;
    }

    /** The id of the user who rejected. */
    @Exported
    public String getUser() {
        return user;
    }

    @Exported
    public @CheckForNull String getComment() {
        return comment;
    }

    /** When, in epoch milliseconds. */
    @Exported
    public long getTime() {
        return time;
    }

    @Override
    public String getShortDescription() {
        return Messages.GateRejection_ShortDescription(
                environment, user, comment == null ? Messages.GateRejection_NoComment() : comment);
    }
}
