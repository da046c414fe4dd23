package io.jenkins.plugins.deploygate.engine.gate;

/** The state of one check of a gate decision. */
public enum CheckState {
    PASSED,
    PENDING,
    FAILED,
    WAIVED
}
