package io.jenkins.plugins.deploygate.engine.gate;

/**
 * What a waiting gate waits for, so that the caller knows whom to tell and when to look again;
 * the decision's summary says the same in words.
 */
public enum Awaited {
    /** The time rules: look again at the decision's {@code notBefore}. */
    TIME,
    /** Approvals: tell the approvers who can still act. */
    APPROVALS,
    /**
     * An emergency exception: without one the gate cannot open (a freeze, a rejection, or a time it
     * would only reach after its deadline, each of which the rule lets an exception waive); tell
     * the group that grants exceptions. The gate waits for it until its deadline.
     */
    EXCEPTION
}
