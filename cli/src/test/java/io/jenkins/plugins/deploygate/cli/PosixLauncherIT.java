package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/deploy-gate}, the POSIX launcher: where it finds Java, how it finds its own
 * directory, and that it hands arguments, standard input and the exit status through untouched.
 * Like {@link PosixCompletionIT}, it needs a POSIX shell: the build leaves both out on Windows
 * (cli/pom.xml, profile "windows"), where {@code bin\deploy-gate.bat} is the launcher.
 */
class PosixLauncherIT {

    private static final String RULES = "docs/examples/rules.yaml";
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;

    @Test
    void theUnpackedLauncherIsExecutable() throws IOException {
        assertThat(Files.getPosixFilePermissions(Launcher.home().resolve("bin/deploy-gate")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void argumentsReachTheCommandExactlyAsGiven() throws Exception {
        String change = "CHG 1 'quoted' \"double\" * ? $HOME `date` \\ ; | &";

        Launcher.Run run = Launcher.run(
                List.of("check", "--rules", RULES, "--environment", "qa", "--change", change, "--format", "json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"change\":" + Json.quote(change) + ",");
    }

    @Test
    void anEmptyArgumentStaysAnArgument() throws Exception {
        Launcher.Run run = Launcher.run(
                List.of("check", "--rules", RULES, "--environment", "qa", "--change", "", "--format", "json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"change\":\"\",");
    }

    @Test
    void theCommandsExitStatusIsTheLaunchers() throws Exception {
        assertThat(Launcher.run(List.of("scan", "docs/examples/flyway-failure.log"))
                        .exitCode())
                .isEqualTo(1);
        assertThat(Launcher.run(List.of(
                                "check",
                                "--rules",
                                RULES,
                                "--environment",
                                "production",
                                "--first-seen",
                                "2026-11-20T15:00",
                                "--requested-by",
                                "dave",
                                "--now",
                                "2026-11-23T10:00"))
                        .exitCode())
                .isEqualTo(CheckCommand.EXIT_WAIT);
        assertThat(Launcher.run(List.of("no-such-command")).exitCode()).isEqualTo(2);
    }

    @Test
    void standardInputReachesTheCommand() throws Exception {
        Path log = Launcher.repository().resolve("docs/examples/flyway-failure.log");

        Launcher.Run run = Launcher.run(
                Launcher.process(Launcher.script().toAbsolutePath(), javaHome(), "scan", "--format", "json", "-"), log);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"id\":\"postgresql.42P01\"");
    }

    @Test
    void findsItsDistributionThroughAChainOfSymlinks() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("usr/local/bin"));
        Files.createSymbolicLink(
                temp.resolve("deploy-gate-real"), Launcher.script().toAbsolutePath());
        // A relative link to a link, as package managers make them.
        Path relative = Files.createSymbolicLink(bin.resolve("deploy-gate"), Path.of("../../../deploy-gate-real"));

        Launcher.Run run = Launcher.run(Launcher.process(relative, javaHome(), "--version"), null);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("deploy-gate ");
    }

    @Test
    void withoutJavaHomeRunsTheJavaOnThePath() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path marker = temp.resolve("java-was-run");
        Path java =
                Files.writeString(bin.resolve("java"), "#!/bin/sh\n: > '" + marker + "'\nexec '" + JAVA + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Launcher.Run run = Launcher.run(
                Launcher.process(
                        Launcher.script().toAbsolutePath(), Map.of("PATH", bin + ":/usr/bin:/bin"), "--version"),
                null);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(marker).exists();
    }

    @Test
    void aJavaHomeWithoutJavaIsRefusedWithWhatToDo() throws Exception {
        Launcher.Run run = Launcher.run(
                Launcher.process(
                        Launcher.script().toAbsolutePath(),
                        Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", temp.toString()),
                        "--version"),
                null);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("deploy-gate: JAVA_HOME is '" + temp + "', but it has no bin/java: set JAVA_HOME to a Java"
                        + " 17 or later, or unset it to use java from PATH.\n");
    }

    @Test
    void noJavaAtAllIsRefusedWithWhatToDo() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : List.of("ls", "dirname")) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }

        Launcher.Run run = Launcher.run(
                Launcher.process(Launcher.script().toAbsolutePath(), Map.of("PATH", bin.toString()), "--version"),
                null);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("deploy-gate: no java found: set JAVA_HOME to a Java 17 or later, or put its bin directory"
                        + " on PATH.\n");
    }

    private static Map<String, String> javaHome() {
        return Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home"));
    }

    private static Path which(String tool) throws IOException {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException(tool + " is in neither /usr/bin nor /bin");
    }
}
