package io.jenkins.plugins.deploygate.gate;

import io.jenkins.plugins.deploygate.engine.gate.CheckResult;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One check of a decision as the pages and the REST API show it, made from the engine's {@link
 * CheckResult}. Builds stored before decisions were kept as the engine's JSON hold their checks in
 * this form; {@link LegacyDecision} reads them back.
 */
@ExportedBean(defaultVisibility = 3)
public final class CheckLine {

    private final String id;
    private final String state;
    private final String message;
    private final long notBefore;

    CheckLine(String id, String state, String message, long notBefore) {
        this.id = id;
        this.state = state;
        this.message = message;
        this.notBefore = notBefore;
    }

    static CheckLine of(CheckResult check) {
        return new CheckLine(
                check.id().id(),
                check.state().name(),
                check.message(),
                check.notBefore() == null ? 0 : check.notBefore().toEpochMilli());
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
