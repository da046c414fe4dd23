package io.jenkins.plugins.deploygate.capture;

import io.jenkins.plugins.deploygate.engine.capture.UnrecognisedFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines a deployment printed before it failed without a known error (the engine's {@link
 * UnrecognisedFailure}, redacted there), as stored in the build's details file: where a failing
 * tool usually says why. The exit status is the capture's summary's, which the build page reads
 * without this file.
 */
final class CapturedOutputEnd {

    private final List<String> lines;
    /** The line number of the first of {@link #lines} in the captured output. */
    private final long firstLine;

    private CapturedOutputEnd(UnrecognisedFailure failure) {
        lines = new ArrayList<>(failure.lastLines());
        firstLine = failure.firstLine();
    }

    static CapturedOutputEnd of(UnrecognisedFailure failure) {
        return new CapturedOutputEnd(failure);
    }

    /** The engine's value again, with the status the summary kept. */
    UnrecognisedFailure toFailure(Integer exitStatus) {
        return new UnrecognisedFailure(exitStatus, lines == null ? List.of() : lines, firstLine);
    }
}
