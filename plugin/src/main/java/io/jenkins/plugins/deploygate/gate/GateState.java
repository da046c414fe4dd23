package io.jenkins.plugins.deploygate.gate;

/** Where a gate of a build stands; stored in {@code build.xml}. */
public enum GateState {
    /** The step waits for time or approvals. */
    WAITING,
    /** The gate opened and the step returned. */
    OPEN,
    /** A check failed and the step failed. */
    BLOCKED,
    /** The approval timeout passed while the gate waited. */
    TIMED_OUT,
    /** The build was aborted while the gate waited. */
    STOPPED,
    /** The gate could not be evaluated (an unexpected error, shown in the build log). */
    FAILED,
    /** The gate would wait, but the step was told not to ({@code wait: false}) and returned. */
    NOT_WAITED;

    /** The state in words, for pages and messages. */
    public String getDisplayName() {
        return switch (this) {
            case WAITING -> Messages.GateState_WAITING();
            case OPEN -> Messages.GateState_OPEN();
            case BLOCKED -> Messages.GateState_BLOCKED();
            case TIMED_OUT -> Messages.GateState_TIMED_OUT();
            case STOPPED -> Messages.GateState_STOPPED();
            case FAILED -> Messages.GateState_FAILED();
            case NOT_WAITED -> Messages.GateState_NOT_WAITED();
        };
    }
}
