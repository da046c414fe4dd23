package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What the build ships: the archives, the unpacked distribution and its completion script. */
class DistributionIT {

    private static final Path TARGET = Launcher.home().getParent();
    private static final List<String> CONTENTS = List.of(
            "bin/deploy-gate", "bin/deploy-gate.bat", "lib/deploy-gate.jar", "completion/deploy-gate_completion");

    @Test
    void bothArchivesHoldTheLaunchersTheJarAndTheCompletionScriptInAVersionedDirectory() throws IOException {
        Path zip = only("deploy-gate-*.zip");
        String base = zip.getFileName().toString().replace(".zip", "/");
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String file : CONTENTS) {
            expected.put(base + file, file.equals("bin/deploy-gate") ? 0755 : 0644);
        }

        assertThat(ArchiveModes.ofZip(zip)).isEqualTo(expected);
        assertThat(ArchiveModes.ofTarGz(TARGET.resolve(base.replace("/", ".tar.gz"))))
                .isEqualTo(expected);
    }

    @Test
    void theBuildLeavesOneRunnableJarBesideTheDistribution() throws IOException {
        try (var jars = Files.newDirectoryStream(TARGET, "*.jar")) {
            assertThat(jars).extracting(path -> path.getFileName().toString()).containsExactly("deploy-gate.jar");
        }
        for (String file : CONTENTS) {
            assertThat(Launcher.home().resolve(file)).isRegularFile();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theUnpackedLauncherIsExecutable() throws IOException {
        assertThat(Files.getPosixFilePermissions(Launcher.home().resolve("bin/deploy-gate")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theCompletionScriptCompletesCommandsAndFormats() throws Exception {
        assertThat(complete("deploy-gate sc")).isEqualTo("scan");
        assertThat(complete("deploy-gate scan --format ")).isEqualTo("text json markdown html sarif");
        assertThat(complete("deploy-gate report --audience ")).isEqualTo("STAKEHOLDERS DEVELOPERS");
    }

    /** What bash offers for {@code line} with the completion script sourced, as one line. */
    private static String complete(String line) throws Exception {
        String script = String.join(
                "\n",
                "source \"$1\"",
                "read -r -a COMP_WORDS <<< \"$2\"",
                "[[ \"$2\" == *' ' ]] && COMP_WORDS+=('')",
                "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=$2; COMP_POINT=${#2}",
                "_complete_deploy-gate deploy-gate \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
                "echo \"${COMPREPLY[*]}\"");
        ProcessBuilder bash = new ProcessBuilder(
                "bash",
                "-c",
                script,
                "complete",
                Launcher.home().resolve("completion/deploy-gate_completion").toString(),
                line);
        Launcher.Run run = Launcher.run(bash, null);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static Path only(String glob) throws IOException {
        try (var matches = Files.newDirectoryStream(TARGET, glob)) {
            List<Path> found = new java.util.ArrayList<>();
            matches.forEach(found::add);
            assertThat(found).as(glob + " in " + TARGET).hasSize(1);
            return found.get(0);
        }
    }
}
