package io.jenkins.plugins.deploygate.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plugin's copies of the engine's genuine tool output are the engine's: when it-databases
 * regenerates the engine's fixtures, the plugin's tests must not go on with an older text.
 */
class RealFixturesTest {

    /** The engine's fixtures, relative to the project's root. */
    private static final Path ENGINE_FIXTURES = Path.of("engine", "src", "test", "resources", "logs", "real");

    @Test
    void eachCopyIsTheEnginesFixture() throws IOException, URISyntaxException {
        Optional<Path> engine = engineFixtures();
        assumeTrue(engine.isPresent(), "the plugin's tests run inside the project, beside the engine");
        for (String fixture : PipelineFixtures.REAL_FIXTURES) {
            assertThat(PipelineFixtures.real(fixture))
                    .as(fixture)
                    .isEqualTo(Files.readString(engine.get().resolve(fixture), StandardCharsets.UTF_8));
        }
    }

    /**
     * The engine's fixtures, found upwards from where the copies are read (the plugin's {@code
     * target/test-classes} or its test resources): wherever the tests run from.
     */
    private static Optional<Path> engineFixtures() throws URISyntaxException {
        URL copy = PipelineFixtures.class.getResource(PipelineFixtures.REAL + PipelineFixtures.REAL_FIXTURES.get(0));
        if (copy == null || !"file".equals(copy.getProtocol())) {
            return Optional.empty();
        }
        for (Path dir = Path.of(copy.toURI()).getParent(); dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve(ENGINE_FIXTURES);
            if (Files.isDirectory(fixtures)) {
                return Optional.of(fixtures);
            }
        }
        return Optional.empty();
    }
}
