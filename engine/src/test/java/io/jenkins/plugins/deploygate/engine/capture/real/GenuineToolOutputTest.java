package io.jenkins.plugins.deploygate.engine.capture.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.ScanSession;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner against genuine output of Flyway, Liquibase, psql and the MariaDB client run on real
 * PostgreSQL and MariaDB servers: the fixtures under {@code logs/real} that the {@code
 * it-databases} module captures and regenerates, with the findings of {@link ExpectationsTable}.
 */
class GenuineToolOutputTest {

    static Stream<Arguments> scenarios() {
        return ExpectationsTable.load().stream().map(expected -> Arguments.of(expected.scenario(), expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void realToolOutputGivesTheFindingsADbaExpects(String scenario, ExpectedScan expected) {
        ExpectedScan observed = ExpectedScan.scan(scenario, expected.exitStatus(), fixture(scenario));

        assertThat(observed).isEqualTo(expected);
    }

    /** What the tools print arrives in pieces (a console, a pipe): the findings do not depend on them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theFindingsDoNotDependOnTheChunksTheOutputArrivesIn(String scenario, ExpectedScan expected) {
        byte[] output = fixture(scenario);
        LogScanner scanner =
                new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(expected.exitStatus()));
        ScanResult whole = scanner.scan(output);
        ScanSession pieces = scanner.start();
        for (int i = 0; i < output.length; i += 7) {
            pieces.write(output, i, Math.min(7, output.length - i));
        }

        assertThat(pieces.finish()).isEqualTo(whole);
    }

    @Test
    void everyFixtureHasItsExpectationsAndEveryExpectationItsFixture() throws IOException {
        Path root = fixtureRoot();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(file -> file.toString().endsWith(".log"))
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .map(name -> name.substring(0, name.length() - ".log".length())))
                    .containsExactlyInAnyOrderElementsOf(ExpectationsTable.load().stream()
                            .map(ExpectedScan::scenario)
                            .toList());
        }
    }

    @Test
    void theTableHoldsAtLeastThirtyFailuresAndEightCleanRuns() {
        assertThat(ExpectationsTable.load()).filteredOn(ExpectedScan::clean).hasSizeGreaterThanOrEqualTo(8);
        assertThat(ExpectationsTable.load())
                .filteredOn(expected -> !expected.clean())
                .hasSizeGreaterThanOrEqualTo(30);
    }

    /** The genuine output of {@code scenario}, as it-databases captured it. */
    static byte[] fixture(String scenario) {
        try (InputStream in = GenuineToolOutputTest.class.getResourceAsStream("/logs/real/" + scenario + ".log")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture logs/real/" + scenario + ".log");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixtureRoot() {
        try {
            return Path.of(GenuineToolOutputTest.class.getResource("/logs/real").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
