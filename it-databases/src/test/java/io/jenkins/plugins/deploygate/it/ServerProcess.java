package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A database server process started by the tests, its output in a log file. Servers are started
 * from one thread that lives as long as the test process: {@code setpriv --pdeathsig} signals the
 * server when the thread that started it ends, so that thread must not be a pool thread that may
 * retire before the run is over.
 */
final class ServerProcess implements AutoCloseable {

    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-server-launcher");
        thread.setDaemon(true);
        return thread;
    });
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} and waits until {@code ready} says it accepts connections. */
    static ServerProcess start(String name, List<String> command, Path log, BooleanSupplier ready) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(log.getParent().toFile());
        builder.environment().clear();
        builder.environment().putAll(Tools.environment());
        Process process;
        try {
            process = LAUNCHER.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot start the " + name + " server: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the " + name + " server", e);
        }
        ServerProcess server = new ServerProcess(name, process, log);
        server.awaitReady(ready);
        return server;
    }

    private void awaitReady(BooleanSupplier ready) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The " + name + " server stopped at start, exit status " + process.exitValue() + ":\n" + log());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("The " + name + " server was not ready within " + STARTUP + ":\n" + log());
    }

    /** Asks the server to stop (SIGTERM), and kills it if it has not within ten seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                ChildProcess.kill(process);
            }
        } catch (InterruptedException e) {
            ChildProcess.kill(process);
            Thread.currentThread().interrupt();
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
