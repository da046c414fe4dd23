package io.jenkins.plugins.deploygate.engine.capture.detect;

/**
 * The last line in which a migration tool said what it is doing ({@link Anchors#PROGRESS}:
 * Liquibase's "Running Changeset: changelog.sql::create-orders::bob"). Such lines are frequent and
 * hold no error, so a scan keeps the last one as it came and decodes it only when an error needs
 * to know which changeset it broke.
 */
public interface ProgressLines {

    /** The last progress line read, decoded and redacted; null when there was none. */
    Progress last();

    /** A progress line: its number and its display text. */
    record Progress(long line, String text) {}
}
