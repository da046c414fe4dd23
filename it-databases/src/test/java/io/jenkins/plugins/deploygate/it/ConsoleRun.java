package io.jenkins.plugins.deploygate.it;

import java.nio.charset.StandardCharsets;

/**
 * What one command printed, standard output and standard error interleaved as a console shows
 * them, and its exit status.
 */
record ConsoleRun(String command, int exitStatus, String output) {

    byte[] bytes() {
        return output.getBytes(StandardCharsets.UTF_8);
    }

    /** For a preparation step that must succeed before the step under test runs. */
    ConsoleRun requireExit(int expected) {
        if (exitStatus != expected) {
            throw new IllegalStateException(
                    command + " exited " + exitStatus + " where " + expected + " was expected:\n" + output);
        }
        return this;
    }
}
