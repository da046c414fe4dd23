package io.jenkins.plugins.deploygate.it;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Flyway 9 and 13, through flyway-maven-plugin, on PostgreSQL and on MariaDB. */
final class FlywayScenarios {

    static final String FLYWAY_9 = "9.22.3";
    static final String FLYWAY_13 = "13.12.0";

    private static final String CUSTOMERS =
            "CREATE TABLE customers (\n    id BIGINT PRIMARY KEY,\n    name VARCHAR(100) NOT NULL\n);\n";

    /** For a database that has objects already: Flyway adopts it below version 1. */
    private static final String[] ADOPT_EXISTING = {"flyway.baselineOnMigrate=true", "flyway.baselineVersion=0"};

    private FlywayScenarios() {}

    static List<Scenario> postgres() {
        return List.of(
                scenario(FLYWAY_9, "postgres-create-table-referencing-missing-table", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    run.write(
                            "sql/V2__create_orders.sql",
                            """
                            CREATE TABLE orders (
                                id BIGINT PRIMARY KEY,
                                customer_id BIGINT NOT NULL REFERENCES customer (id)
                            );
                            """);
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "postgres-unique-violation-in-data-migration", run -> {
                    run.write(
                            "sql/V1__create_products.sql",
                            """
                            CREATE TABLE products (id BIGINT PRIMARY KEY, sku TEXT NOT NULL UNIQUE);
                            INSERT INTO products VALUES (1, 'SKU-1001');
                            """);
                    run.write(
                            "sql/V2__import_products.sql",
                            "INSERT INTO products VALUES (2, 'SKU-1002');\nINSERT INTO products VALUES (3, 'SKU-1001');\n");
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "postgres-checksum-mismatch-after-editing-applied-migration", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    run.flyway(FLYWAY_9, "migrate").requireExit(0);
                    run.write("sql/V1__create_customers.sql", CUSTOMERS.replace("(100)", "(200)"));
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "postgres-non-empty-schema-without-history", run -> {
                    run.sql("CREATE TABLE customers (id BIGINT PRIMARY KEY); ALTER TABLE customers OWNER TO deployer;");
                    run.write("sql/V1__create_orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n");
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "postgres-wrong-password", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flyway(FLYWAY_9, "migrate", "flyway.password=Not-The-Password");
                }),
                scenario(FLYWAY_9, "postgres-clean-with-notices-and-error-log-table", run -> {
                    run.sql("CREATE TABLE error_log (id BIGINT PRIMARY KEY); ALTER TABLE error_log OWNER TO deployer;");
                    run.write(
                            "sql/V1__error_log.sql",
                            """
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            ALTER TABLE error_log ADD COLUMN IF NOT EXISTS message TEXT;
                            ALTER TABLE error_log ADD COLUMN IF NOT EXISTS message TEXT;
                            DROP TABLE IF EXISTS error_log_old;
                            """);
                    return run.flyway(FLYWAY_9, "migrate", ADOPT_EXISTING);
                }),
                scenario(FLYWAY_13, "postgres-foreign-key-over-orphan-rows", run -> {
                    run.write(
                            "sql/V1__create_orders.sql",
                            CUSTOMERS
                                    + "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL);\n"
                                    + "INSERT INTO customers VALUES (1, 'Alice');\n"
                                    + "INSERT INTO orders VALUES (10, 1), (11, 99);\n");
                    run.write(
                            "sql/V2__orders_customer_fk.sql",
                            "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk\n"
                                    + "    FOREIGN KEY (customer_id) REFERENCES customers (id);\n");
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "postgres-not-null-over-existing-nulls", run -> {
                    run.write(
                            "sql/V1__create_customers.sql",
                            CUSTOMERS + "INSERT INTO customers VALUES (1, 'Alice'), (2, 'Bob');\n");
                    run.write(
                            "sql/V2__customer_email.sql",
                            """
                            ALTER TABLE customers ADD COLUMN email TEXT;
                            UPDATE customers SET email = 'alice@example.com' WHERE id = 1;
                            ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
                            """);
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "postgres-must-be-owner-of-table", run -> {
                    run.sql(CUSTOMERS + "ALTER TABLE customers OWNER TO app_owner;\n"
                            + "GRANT SELECT, INSERT, UPDATE ON customers TO deployer;\n");
                    run.write("sql/V1__customer_email.sql", "ALTER TABLE customers ADD COLUMN email TEXT;\n");
                    return run.flyway(FLYWAY_13, "migrate", ADOPT_EXISTING);
                }),
                scenario(FLYWAY_13, "postgres-permission-denied-for-table", run -> {
                    run.sql("CREATE TABLE audit_trail (id BIGINT PRIMARY KEY, event TEXT);\n"
                            + "ALTER TABLE audit_trail OWNER TO app_owner;\n");
                    run.write(
                            "sql/V1__record_release.sql",
                            "INSERT INTO audit_trail (id, event) VALUES (1, 'release 4.2');\n");
                    return run.flyway(FLYWAY_13, "migrate", ADOPT_EXISTING);
                }),
                scenario(FLYWAY_13, "postgres-lock-timeout", run -> {
                    run.sql("CREATE TABLE orders (id BIGINT PRIMARY KEY); ALTER TABLE orders OWNER TO deployer;");
                    run.write(
                            "sql/V1__order_note.sql",
                            "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note TEXT;\n");
                    try (SqlSession reader = run.session()) {
                        reader.execute("BEGIN; SELECT count(*) FROM orders;");
                        return run.flyway(FLYWAY_13, "migrate", ADOPT_EXISTING);
                    }
                }),
                scenario(FLYWAY_13, "postgres-deadlock", run -> {
                    run.sql("CREATE TABLE accounts (id BIGINT PRIMARY KEY, balance NUMERIC NOT NULL);\n"
                            + "INSERT INTO accounts VALUES (1, 100), (2, 100);\n"
                            + "ALTER TABLE accounts OWNER TO deployer;\n");
                    run.write(
                            "sql/V1__move_balance.sql",
                            """
                            UPDATE accounts SET balance = balance - 10 WHERE id = 2;
                            UPDATE accounts SET balance = balance + 10 WHERE id = 1;
                            """);
                    try (SqlSession other = run.session()) {
                        // The test's session waits longest before it looks for a deadlock, so Flyway's is the victim.
                        other.execute("SET deadlock_timeout = '20s'; BEGIN;"
                                + " UPDATE accounts SET balance = balance WHERE id = 1;");
                        CompletableFuture<ConsoleRun> flyway =
                                ScenarioRun.inBackground(() -> run.flyway(FLYWAY_13, "migrate", ADOPT_EXISTING));
                        run.awaitLockWait();
                        other.send("UPDATE accounts SET balance = balance WHERE id = 2;");
                        ConsoleRun result = flyway.join();
                        other.awaitDone();
                        return result;
                    }
                }),
                scenario(FLYWAY_13, "postgres-connection-refused", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flyway(
                            FLYWAY_13,
                            "migrate",
                            "flyway.url=jdbc:postgresql://127.0.0.1:" + run.closedPort() + "/shop");
                }),
                scenario(FLYWAY_13, "postgres-unknown-database", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flyway(
                            FLYWAY_13, "migrate", "flyway.url=" + run.database().jdbcUrl("shop_prod"));
                }),
                scenario(FLYWAY_13, "postgres-clean-with-errors-count-column", run -> {
                    run.write(
                            "sql/V1__error_log.sql",
                            """
                            CREATE TABLE error_log (
                                id BIGINT PRIMARY KEY,
                                errors_count INTEGER NOT NULL DEFAULT 0,
                                last_error TEXT
                            );
                            INSERT INTO error_log (id, errors_count, last_error) VALUES (1, 0, 'ERROR: none yet');
                            DO $$ BEGIN RAISE NOTICE 'errors_count reset to 0'; END $$;
                            """);
                    return run.flyway(FLYWAY_13, "migrate");
                }));
    }

    static List<Scenario> mariadb() {
        return List.of(
                scenario(FLYWAY_9, "mariadb-half-applied-migration-without-transactional-ddl", run -> {
                    writeHalfFailingContactColumns(run);
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "mariadb-failed-migration-detected-on-next-run", run -> {
                    writeHalfFailingContactColumns(run);
                    run.flyway(FLYWAY_9, "migrate").requireExit(1);
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_9, "mariadb-clean-with-notes", run -> {
                    run.write(
                            "sql/V1__error_log.sql",
                            """
                            DROP TABLE IF EXISTS error_log_old;
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            """);
                    return run.flyway(FLYWAY_9, "migrate");
                }),
                scenario(FLYWAY_13, "mariadb-failed-migration-detected-on-next-run", run -> {
                    writeHalfFailingContactColumns(run);
                    run.flyway(FLYWAY_13, "migrate").requireExit(1);
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "mariadb-duplicate-column-after-repair", run -> {
                    writeHalfFailingContactColumns(run);
                    run.flyway(FLYWAY_13, "migrate").requireExit(1);
                    run.write(
                            "sql/V2__add_contact_columns.sql",
                            "ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"
                                    + "ALTER TABLE customers ADD COLUMN phone VARCHAR(30);\n");
                    run.flyway(FLYWAY_13, "repair").requireExit(0);
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "mariadb-duplicate-key-in-data-migration", run -> {
                    run.write(
                            "sql/V1__create_products.sql",
                            "CREATE TABLE products (id BIGINT PRIMARY KEY, sku VARCHAR(20) NOT NULL UNIQUE);\n");
                    run.write(
                            "sql/V2__import_products.sql",
                            "INSERT INTO products VALUES (1, 'SKU-1001');\nINSERT INTO products VALUES (2, 'SKU-1001');\n");
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "mariadb-wrong-password", run -> {
                    run.write("sql/V1__create_customers.sql", CUSTOMERS);
                    return run.flyway(FLYWAY_13, "migrate", "flyway.password=Not-The-Password");
                }),
                scenario(FLYWAY_13, "mariadb-foreign-key-violation-in-data-migration", run -> {
                    run.write(
                            "sql/V1__create_orders.sql",
                            CUSTOMERS + "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL,\n"
                                    + "    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id));\n");
                    run.write("sql/V2__import_orders.sql", "INSERT INTO orders VALUES (10, 99);\n");
                    return run.flyway(FLYWAY_13, "migrate");
                }),
                scenario(FLYWAY_13, "mariadb-clean-with-error-log-table", run -> {
                    run.write(
                            "sql/V1__error_log.sql",
                            "CREATE TABLE error_log (id BIGINT PRIMARY KEY, message VARCHAR(200));\n"
                                    + "INSERT INTO error_log VALUES (1, 'ERROR 1146 seen in staging, fixed');\n");
                    return run.flyway(FLYWAY_13, "migrate");
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

    private static Scenario scenario(String version, String name, Scenario.Steps steps) {
        return new Scenario("flyway-maven-" + version, name, steps);
    }
}
