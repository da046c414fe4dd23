package io.jenkins.plugins.deploygate.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.real.ExpectationsTable;
import io.jenkins.plugins.deploygate.engine.capture.real.ExpectedScan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs scenarios for real and checks each against the engine's fixtures: its output, normalised,
 * is the committed fixture (so a change in a tool's text shows here), and scanning it gives the
 * findings of the expectations table, the one the engine's fast fixture test reads too. With
 * {@code -Dit.databases.regenerate=true} the output is written as the fixture instead of compared.
 */
final class ScenarioCheck {

    private static final Path FIXTURES = Path.of(System.getProperty("it.databases.fixtures", "missing"));
    private static final boolean REGENERATE = Boolean.getBoolean("it.databases.regenerate");
    private static final Path SCRATCH = Path.of("target", "it-databases");

    private ScenarioCheck() {}

    static Stream<DynamicTest> all(Database database, List<Scenario> scenarios) {
        List<ExpectedScan> table = expectations();
        return scenarios.stream()
                .map(scenario -> DynamicTest.dynamicTest(scenario.id(), () -> check(database, scenario, table)));
    }

    private static void check(Database database, Scenario scenario, List<ExpectedScan> table) throws Exception {
        Optional<ExpectedScan> expected = table.stream()
                .filter(row -> row.scenario().equals(scenario.id()))
                .findFirst();
        database.freshShop();
        Path workspace = Files.createTempDirectory(
                "deploy-gate-scenario-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createDirectories(SCRATCH);
        int closedPort = FreePort.find();
        try {
            ConsoleRun run = scenario.steps().run(new ScenarioRun(database, workspace, SCRATCH, closedPort));
            String fixture = normaliser(database, workspace, closedPort).normalise(run.output());
            Path file = FIXTURES.resolve(scenario.id() + ".log");
            if (REGENERATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, fixture);
            }
            ExpectedScan observed = ExpectedScan.scan(scenario.id(), run.exitStatus(), run.bytes());
            assertThat(expected)
                    .as(
                            "rows for %s in %s; today's scanner sees:%n%s",
                            scenario.id(), ExpectationsTable.RESOURCE, observed)
                    .isPresent();
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(run.exitStatus())
                    .as("exit status of " + run.command())
                    .isEqualTo(expected.get().exitStatus());
            softly.assertThat(fixture)
                    .as(
                            "output of %s differs from its fixture: run it-databases/regenerate-fixtures.sh and review"
                                    + " the diff",
                            scenario.id())
                    .isEqualTo(Files.exists(file) ? Files.readString(file) : "(no fixture " + file + ")");
            softly.assertThat(observed)
                    .as("findings in the output of %s", scenario.id())
                    .isEqualTo(expected.get());
            softly.assertAll();
        } finally {
            DatabaseServers.delete(workspace);
        }
    }

    private static ConsoleNormaliser normaliser(Database database, Path workspace, int closedPort) {
        return new ConsoleNormaliser(Map.of(
                workspace.toString(),
                ConsoleNormaliser.WORKSPACE,
                Integer.toString(database.port()),
                Integer.toString(database.usualPort()),
                Integer.toString(closedPort),
                Integer.toString(database.usualPort() + 1)));
    }

    private static List<ExpectedScan> expectations() {
        try {
            return ExpectationsTable.parse(Files.readAllLines(FIXTURES.resolve("expected-findings.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the expectations table in " + FIXTURES, e);
        }
    }
}
