package io.jenkins.plugins.deploygate.gate;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One check of the latest decision, as the engine explained it; a plugin-defined copy for {@code build.xml}. */
@ExportedBean(defaultVisibility = 3)
public final class CheckLine {

    private final String id;
    private final String state;
    private final String message;
    private final long notBefore;

    public CheckLine(String id, String state, String message, long notBefore) {
        this.id = id;
        this.state = state;
        this.message = message;
        this.notBefore = notBefore;
    }

    /** The check id of the contract: {@code leadTime}, {@code window}, {@code freeze}, {@code approvals}... */
    @Exported
    public String getId() {
        return id;
    }

    /** {@code PASSED}, {@code PENDING}, {@code FAILED} or {@code WAIVED}. */
    @Exported
    public String getState() {
        return state;
    }

    /** The state in words, for the pages. */
    public String getStateText() {
        return switch (state) {
            case "PASSED" -> Messages.CheckLine_PASSED();
            case "PENDING" -> Messages.CheckLine_PENDING();
            case "FAILED" -> Messages.CheckLine_FAILED();
            case "WAIVED" -> Messages.CheckLine_WAIVED();
            default -> state;
        };
    }

    @Exported
    public String getMessage() {
        return message;
    }

    /** When this check alone passes, in epoch milliseconds; 0 when it does not depend on time. */
    @Exported
    public long getNotBefore() {
        return notBefore;
    }
}
