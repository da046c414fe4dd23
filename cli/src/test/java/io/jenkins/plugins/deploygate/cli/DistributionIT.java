package io.jenkins.plugins.deploygate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    private static Path only(String glob) throws IOException {
        try (var matches = Files.newDirectoryStream(TARGET, glob)) {
            List<Path> found = new java.util.ArrayList<>();
            matches.forEach(found::add);
            assertThat(found).as(glob + " in " + TARGET).hasSize(1);
            return found.get(0);
        }
    }
}
