package io.jenkins.plugins.deploygate.it;

import java.util.List;

/**
 * Flyway's command line (11.20.3), as a pipeline runs {@code flyway migrate}, printing JSON
 * ({@code -outputType=json}) or text. Its migrate exits 0 when a migration fails, in both outputs:
 * what it printed is all that tells the failure.
 */
final class FlywayCliScenarios {

    static final String FLYWAY_11 = "11.20.3";

    private static final String CUSTOMERS =
            "CREATE TABLE customers (\n    id BIGINT PRIMARY KEY,\n    name VARCHAR(100) NOT NULL\n);\n";
    private static final String ORDERS_REFERENCING_MISSING_TABLE =
            """
            CREATE TABLE orders (
                id BIGINT PRIMARY KEY,
                customer_id BIGINT NOT NULL REFERENCES customer (id)
            );
            """;

    private FlywayCliScenarios() {}

    static List<Scenario> postgres() {
        return List.of(
                scenario("postgres-json-create-table-referencing-missing-table", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    run.write("sql/V2__create_orders.sql", ORDERS_REFERENCING_MISSING_TABLE);
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }),
                scenario("postgres-text-create-table-referencing-missing-table", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    run.write("sql/V2__create_orders.sql", ORDERS_REFERENCING_MISSING_TABLE);
                    return run.flywayCli(FLYWAY_11, false, "migrate");
                }),
                scenario("postgres-json-wrong-password", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flywayCli(FLYWAY_11, true, "migrate", "-password=Not-The-Password");
                }),
                scenario("postgres-text-wrong-password", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flywayCli(FLYWAY_11, false, "migrate", "-password=Not-The-Password");
                }),
                scenario("postgres-json-checksum-mismatch-after-editing-applied-migration", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    run.flywayCli(FLYWAY_11, true, "migrate").requireExit(0);
                    run.write("sql/V1__create_customers.sql", CUSTOMERS.replace("(100)", "(200)"));
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }),
                scenario("postgres-json-clean-with-notices-and-error-log-table", run -> {
                    run.write(
                            "sql/V1__error_log.sql",
                            """
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            DROP TABLE IF EXISTS error_log_old;
                            """);
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }));
    }

    static List<Scenario> mariadb() {
        return List.of(
                scenario("mariadb-json-half-applied-migration-without-transactional-ddl", run -> {
                    writeHalfFailingContactColumns(run);
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }),
                scenario("mariadb-json-failed-migration-detected-on-next-run", run -> {
                    writeHalfFailingContactColumns(run);
                    run.flywayCli(FLYWAY_11, true, "migrate");
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }),
                scenario("mariadb-json-clean", run -> {
                    run.write(
                            "sql/V1__error_log.sql",
                            "CREATE TABLE error_log (id BIGINT PRIMARY KEY, message VARCHAR(200));\n"
                                    + "INSERT INTO error_log VALUES (1, 'ERROR 1146 seen in staging, fixed');\n");
                    return run.flywayCli(FLYWAY_11, true, "migrate");
                }));
    }

    /** V2 adds two columns in two statements; the second names a table that does not exist. */
    private static void writeHalfFailingContactColumns(ScenarioRun run) {
        run.write("sql/V1__create_customers.sql", CUSTOMERS);
        run.write(
                "sql/V2__add_contact_columns.sql",
                "ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"
                        + "ALTER TABLE customer ADD COLUMN phone VARCHAR(30);\n");
    }

    private static Scenario scenario(String name, Scenario.Steps steps) {
        return new Scenario("flyway-cli-" + FLYWAY_11, name, steps);
    }
}
