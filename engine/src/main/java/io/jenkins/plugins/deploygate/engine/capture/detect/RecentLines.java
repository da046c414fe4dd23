package io.jenkins.plugins.deploygate.engine.capture.detect;

/**
 * The lines a scan still holds before the current one (the context a finding takes), decoded and
 * redacted when asked for: a detector reads back a line that held no anchor of its own, such as
 * SQL*Plus's bare {@code ERROR:} above the error it introduces.
 */
@FunctionalInterface
public interface RecentLines {

    /** The display text of line {@code line}, or null when it is no longer held. */
    String display(long line);
}
