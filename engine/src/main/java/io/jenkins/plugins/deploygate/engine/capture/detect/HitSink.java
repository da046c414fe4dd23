package io.jenkins.plugins.deploygate.engine.capture.detect;

/** Where detectors report what they recognise. */
public interface HitSink {

    /** Records {@code hit}; returns a handle for {@link #retract} and {@link #addStatement} when it made a new finding. */
    Object found(Hit hit);

    /**
     * Takes back a hit reported provisionally (Flyway's one-line "Migration of schema ... failed!"
     * summary, Liquibase's "Migration failed for changeset", superseded by the database error that
     * follows them), unless it was repeated since.
     */
    void retract(Object handle);

    /** The failing statement of a finding, printed after its error (psql's {@code LINE n:}); kept when it has none. */
    void addStatement(Object handle, String statement);

    /**
     * A new run of a tool or command starts at line {@code line} (Maven's "Scanning for projects",
     * a migration tool's banner, a shell's trace of the next command): what it reports repeats
     * nothing reported before, so none of it is an echo of an earlier finding.
     */
    void runStarted(long line);
}
