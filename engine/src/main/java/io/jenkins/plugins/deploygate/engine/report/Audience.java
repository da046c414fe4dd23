package io.jenkins.plugins.deploygate.engine.report;

/** Who a report is for; each audience gets its own version. */
public enum Audience {
    /** Project managers and the business: status only, no technical detail. */
    STAKEHOLDERS,
    /** Developers and DBAs: every finding, its context and fix, the gate and its audit. */
    DEVELOPERS
}
