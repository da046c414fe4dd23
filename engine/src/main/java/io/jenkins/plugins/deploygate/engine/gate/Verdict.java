package io.jenkins.plugins.deploygate.engine.gate;

/** Whether the deployment may start: now, later, or not without a change to the request. */
public enum Verdict {
    OPEN,
    WAIT,
    BLOCKED
}
