package io.jenkins.plugins.deploygate.engine.capture.detect;

/** Where detectors report what they recognise. */
public interface HitSink {

    /** Records {@code hit}; returns a handle for {@link #retract}. */
    Object found(Hit hit);

    /**
     * Takes back a hit reported provisionally (Flyway's one-line "Migration of schema ... failed!"
     * summary, superseded by the detailed block that follows it), unless it was repeated since.
     */
    void retract(Object handle);
}
