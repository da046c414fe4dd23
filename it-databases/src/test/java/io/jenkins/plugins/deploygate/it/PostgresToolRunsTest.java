package io.jenkins.plugins.deploygate.it;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every scenario on the private PostgreSQL 15 server, in order, each in a fresh {@code shop}. */
@ExtendWith(DatabaseServers.class)
class PostgresToolRunsTest {

    @TestFactory
    Stream<DynamicTest> realToolRunsOnPostgresGiveTheirFixtureAndItsFindings(PostgresServer postgres) {
        return ScenarioCheck.all(
                postgres,
                Stream.of(
                                FlywayScenarios.postgres(),
                                FlywayCliScenarios.postgres(),
                                LiquibaseScenarios.postgres(),
                                ClientScenarios.postgres())
                        .flatMap(List::stream)
                        .toList());
    }
}
