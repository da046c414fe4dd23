package io.jenkins.plugins.deploygate.it;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every scenario on the private MariaDB 10.11 server, in order, each in a fresh {@code shop}. */
@ExtendWith(DatabaseServers.class)
class MariaDbToolRunsTest {

    @TestFactory
    Stream<DynamicTest> realToolRunsOnMariaDbGiveTheirFixtureAndItsFindings(MariaDbServer mariadb) {
        return ScenarioCheck.all(
                mariadb,
                Stream.of(
                                FlywayScenarios.mariadb(),
                                FlywayCliScenarios.mariadb(),
                                LiquibaseScenarios.mariadb(),
                                ClientScenarios.mariadb())
                        .flatMap(List::stream)
                        .toList());
    }
}
