package io.jenkins.plugins.deploygate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A tool run as a child process with its output captured the way a CI console captures it: one
 * pipe for standard output and standard error, so their lines interleave as the tool wrote them.
 * Every run is bounded: past its time-out the process and its descendants are killed and the run
 * fails.
 */
final class ChildProcess {

    private final Process process;
    private final String command;
    private final Duration timeout;
    private final CompletableFuture<String> output;

    private ChildProcess(Process process, String command, Duration timeout) {
        this.process = process;
        this.command = command;
        this.timeout = timeout;
        this.output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    }

    /** Starts {@code command} in {@code directory} with exactly {@code environment}. */
    static ChildProcess start(
            List<String> command, Path directory, Map<String, String> environment, Duration timeout, String input) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            return new ChildProcess(process, String.join(" ", command), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        }
    }

    static ConsoleRun run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) {
        return start(command, directory, environment, timeout, "").await();
    }

    /** Waits for the process to end, at most its time-out. */
    ConsoleRun await() {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new IllegalStateException(command + " did not end within " + timeout + ":\n" + output.join());
            }
            return new ConsoleRun(command, process.exitValue(), output.join());
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command + " was interrupted", e);
        }
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
