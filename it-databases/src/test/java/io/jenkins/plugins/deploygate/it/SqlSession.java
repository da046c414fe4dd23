package io.jenkins.plugins.deploygate.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second session on a scenario's database, kept open by the test while the tool runs: it holds
 * the lock a migration waits for, or takes the other side of a deadlock. Runs the engine's own
 * client (psql or mariadb) as the superuser, statement by statement.
 */
final class SqlSession implements AutoCloseable {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
    private static final String DONE = "session-step-done";

    private final Process process;
    private final Writer stdin;
    private final String markerStatement;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /**
     * @param markerStatement the client's way of printing a word, with {@code %s} for it: psql's
     *     {@code \echo %s}, MariaDB's {@code SELECT '%s';}
     */
    SqlSession(List<String> command, String markerStatement) {
        this.markerStatement = markerStatement;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(Tools.environment());
            process = builder.directory(
                            Path.of(System.getProperty("java.io.tmpdir")).toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "sql-session-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends {@code sql} and waits until the session has run it. */
    void execute(String sql) {
        send(sql);
        awaitDone();
    }

    /** Sends {@code sql} without waiting: for a statement that blocks until the tool's session moves. */
    void send(String sql) {
        try {
            stdin.write(sql + "\n" + markerStatement.formatted(DONE) + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the statements sent last to have run. */
    void awaitDone() {
        StringBuilder seen = new StringBuilder();
        try {
            long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.strip().equals(DONE)) {
                    return;
                }
                if (line != null) {
                    seen.append(line).append('\n');
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(
                "The test's own SQL session did not answer within " + STEP_TIMEOUT + ":\n" + seen);
    }

    private void readLines() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("session output failed: " + e.getMessage());
        }
    }

    /** Ends the session: what it holds is rolled back. */
    @Override
    public void close() {
        try {
            stdin.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                ChildProcess.kill(process);
            }
        } catch (IOException e) {
            ChildProcess.kill(process);
        } catch (InterruptedException e) {
            ChildProcess.kill(process);
            Thread.currentThread().interrupt();
        }
    }
}
