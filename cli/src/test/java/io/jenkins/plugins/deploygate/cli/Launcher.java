package io.jenkins.plugins.deploygate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The unpacked distribution the build made ({@code cli/target/deploy-gate/}), run as a user runs
 * it: {@code bin/deploy-gate} (or {@code bin\deploy-gate.bat} on Windows) as a process of its own,
 * in the repository's root, with the Java that runs the tests as {@code JAVA_HOME}. Failsafe
 * passes both directories as system properties.
 */
final class Launcher {

    static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private Launcher() {}

    /** The distribution's directory, which holds {@code bin/} and {@code lib/}. */
    static Path home() {
        return Path.of(System.getProperty("deploy-gate.home", "target/deploy-gate"));
    }

    /** The repository's root, where the documentation's examples run. */
    static Path repository() {
        return Path.of(System.getProperty("deploy-gate.repository", ".."));
    }

    /** The launcher script of the platform. */
    static Path script() {
        return home().resolve("bin").resolve(WINDOWS ? "deploy-gate.bat" : "deploy-gate");
    }

    /** {@code deploy-gate ARGS} as a user types it in the repository's root. */
    static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (WINDOWS) {
            command.addAll(List.of("cmd.exe", "/c"));
        }
        command.add(script().toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder process =
                new ProcessBuilder(command).directory(repository().toFile());
        process.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return run(process, null);
    }

    /**
     * Runs {@code process}, feeding it {@code input} (none when null), and waits for it: a minute
     * at most, which is far more than a command on a small log takes.
     */
    static Run run(ProcessBuilder process, Path input) throws IOException, InterruptedException {
        Path out = Files.createTempFile("deploy-gate", ".out");
        Path err = Files.createTempFile("deploy-gate", ".err");
        try {
            process.redirectOutput(out.toFile()).redirectError(err.toFile());
            process.redirectInput(
                    input == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(input.toFile()));
            Process started = process.start();
            if (input == null) {
                started.getOutputStream().close();
            }
            if (!started.waitFor(1, TimeUnit.MINUTES)) {
                started.destroyForcibly();
                throw new AssertionError("deploy-gate did not finish within a minute: " + process.command());
            }
            return new Run(
                    started.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A process for {@code script} with {@code environment} as its whole environment. */
    static ProcessBuilder process(Path script, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder process =
                new ProcessBuilder(command).directory(repository().toFile());
        process.environment().clear();
        process.environment().putAll(environment);
        return process;
    }

    /** What one run printed and its exit status. */
    record Run(int exitCode, String out, String err) {}
}
