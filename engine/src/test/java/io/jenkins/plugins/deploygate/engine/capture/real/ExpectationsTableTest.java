package io.jenkins.plugins.deploygate.engine.capture.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationsTableTest {

    @Test
    void rowsOfOneScenarioBecomeItsFindingsInOrder() {
        List<ExpectedScan> scans = ExpectationsTable.parse(List.of(
                "# a comment",
                "mariadb-10.11/force  0  mysql.1146  1146  mysql  -  5",
                "mariadb-10.11/force  0  mysql.1062  1062  mysql  -  10",
                "",
                "flyway-maven-9.22.3/x  1  postgresql.42P01  42P01  flyway  2|V2__orders.sql|1  29",
                "psql-15/clean  0  clean"));

        assertThat(scans)
                .containsExactly(
                        new ExpectedScan(
                                "mariadb-10.11/force",
                                0,
                                List.of(
                                        new ExpectedFinding("mysql.1146", "1146", "mysql", null, 5, null),
                                        new ExpectedFinding("mysql.1062", "1062", "mysql", null, 10, null))),
                        new ExpectedScan(
                                "flyway-maven-9.22.3/x",
                                1,
                                List.of(new ExpectedFinding(
                                        "postgresql.42P01", "42P01", "flyway", "2|V2__orders.sql|1", 29, null))),
                        new ExpectedScan("psql-15/clean", 0, List.of()));
        assertThat(scans.get(2).clean()).isTrue();
    }

    @Test
    void aFailureWithoutFindingsIsUnrecognisedNotClean() {
        assertThat(ExpectationsTable.parse(List.of("psql-15/x  3  unrecognised"))
                        .get(0)
                        .unrecognised())
                .isTrue();
        assertThatThrownBy(() -> ExpectationsTable.parse(List.of("psql-15/x  3  clean")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("exits 3 is 'unrecognised'");
    }

    @Test
    void rowsOfOneScenarioMustAgreeOnItsExitStatus() {
        assertThatThrownBy(() -> ExpectationsTable.parse(List.of(
                        "psql-15/x  3  postgresql.42601  42601  psql  -  2",
                        "psql-15/x  0  postgresql.42P01  42P01  psql  -  4")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("exit status 0 differs from the 3");
    }

    @Test
    void aRowOfTheWrongShapeNamesItsLine() {
        assertThatThrownBy(() -> ExpectationsTable.parse(List.of("psql-15/x  3  postgresql.42601  42601")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("expected 3 columns, or 7 and a statement, found 4");
    }
}
