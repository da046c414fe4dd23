package io.jenkins.plugins.deploygate.engine.capture.catalog;

/**
 * How much a finding matters. Only {@link #ERROR} fails a scan (exit status 1) and counts towards
 * a silent failure; {@link #WARNING} marks consequences of an earlier error (PostgreSQL's "current
 * transaction is aborted"), {@link #INFO} context such as Oracle's ORA-06512 back-trace lines.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
