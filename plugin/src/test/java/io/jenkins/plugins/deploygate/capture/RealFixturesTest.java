package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plugin's copies of the engine's genuine tool output are the engine's: when it-databases
 * regenerates the engine's fixtures, the plugin's tests must not go on with an older text.
 */
class RealFixturesTest {

    /** The engine's fixtures, from the plugin module's directory (where Maven runs its tests). */
    private static final Path ENGINE_FIXTURES = Path.of("..", "engine", "src", "test", "resources", "logs", "real");

    @Test
    void eachCopyIsTheEnginesFixture() throws IOException {
        assumeTrue(Files.isDirectory(ENGINE_FIXTURES), "the plugin is built inside the project, beside the engine");
        for (String fixture : PipelineFixtures.REAL_FIXTURES) {
            assertThat(PipelineFixtures.real(fixture))
                    .as(fixture)
                    .isEqualTo(Files.readString(ENGINE_FIXTURES.resolve(fixture), StandardCharsets.UTF_8));
        }
    }
}
