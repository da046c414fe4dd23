package io.jenkins.plugins.deploygate.it;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Plain SQL scripts run by the engines' own clients: Debian's psql 15 and the MariaDB 10.11 client. */
final class ClientScenarios {

    static final String PSQL = "psql-15";
    static final String MARIADB = "mariadb-10.11";

    private static final String PASSWORD = Database.DEPLOYER_PASSWORD;
    private static final String MARIADB_PASSWORD = "--password=" + Database.DEPLOYER_PASSWORD;
    private static final String DEPLOY = "deploy.sql";

    private ClientScenarios() {}

    static List<Scenario> postgres() {
        return List.of(
                psql("postgres-errors-continue-without-on-error-stop", run -> {
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT NOT NULL);
                            INSERT INTO customer (id, name) VALUES (1, 'Alice');
                            CREATE INDEX customers_name_idx ON customers (name);
                            """);
                    return run.psql(PASSWORD, "-f", DEPLOY);
                }),
                psql("postgres-on-error-stop-halts-at-syntax-error", run -> {
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT NOT NULL);
                            ALTER TABLE customers ADD COLUMN email TEXT NOT NULL DEFAULT '',;
                            CREATE INDEX customers_name_idx ON customers (name);
                            """);
                    return run.psql(PASSWORD, "-v", "ON_ERROR_STOP=1", "-f", DEPLOY);
                }),
                psql("postgres-include-of-missing-file", run -> {
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT NOT NULL);
                            \\i release/42_orders.sql
                            """);
                    return run.psql(PASSWORD, "-v", "ON_ERROR_STOP=1", "-f", DEPLOY);
                }),
                psql("postgres-must-be-owner-in-single-transaction", run -> {
                    run.sql("CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT NOT NULL);"
                            + " ALTER TABLE customers OWNER TO app_owner; GRANT SELECT ON customers TO deployer;");
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE orders (id BIGINT PRIMARY KEY);
                            ALTER TABLE customers ADD COLUMN email TEXT;
                            """);
                    return run.psql(PASSWORD, "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", DEPLOY);
                }),
                psql("postgres-wrong-password", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.psql("Not-The-Password", "-v", "ON_ERROR_STOP=1", "-f", DEPLOY);
                }),
                psql("postgres-no-password-supplied", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.psql(null, "-w", "-v", "ON_ERROR_STOP=1", "-f", DEPLOY);
                }),
                psql("postgres-connection-refused", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.psql(PASSWORD, "-p", Integer.toString(run.closedPort()), "-f", DEPLOY);
                }),
                psql("postgres-clean-with-notices", run -> {
                    run.write(
                            DEPLOY,
                            """
                            DROP TABLE IF EXISTS error_log_old;
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            DO $$ BEGIN RAISE NOTICE 'error_log ready, errors_count = %', 0; END $$;
                            SELECT count(*) AS errors_count FROM error_log;
                            """);
                    return run.psql(PASSWORD, "-v", "ON_ERROR_STOP=1", "-f", DEPLOY);
                }));
    }

    static List<Scenario> mariadb() {
        return List.of(
                mariadb("mariadb-syntax-error", run -> {
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
                            ALTER TABLE customers ADD COLUMN email VARCHAR(200) NOT NULL DEFAULT '',;
                            CREATE INDEX customers_name_idx ON customers (name);
                            """);
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "shop");
                }),
                mariadb("mariadb-force-continues-after-errors", run -> {
                    run.write(
                            DEPLOY,
                            """
                            CREATE TABLE products (id BIGINT PRIMARY KEY, sku VARCHAR(20) NOT NULL UNIQUE);
                            INSERT INTO product VALUES (1, 'SKU-1001');
                            INSERT INTO products VALUES (1, 'SKU-1001');
                            INSERT INTO products VALUES (2, 'SKU-1001');
                            CREATE INDEX products_sku_idx ON products (sku);
                            """);
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "--force", "shop");
                }),
                mariadb("mariadb-unknown-database", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "shop_prod");
                }),
                mariadb("mariadb-access-denied-to-database", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "inventory");
                }),
                mariadb("mariadb-access-denied-without-password", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.mariadb(DEPLOY, "shop");
                }),
                mariadb("mariadb-connection-refused", run -> {
                    run.write(DEPLOY, "SELECT 1;\n");
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "--port=" + run.closedPort(), "shop");
                }),
                mariadb("mariadb-lock-wait-timeout", run -> {
                    run.sql("CREATE TABLE orders (id BIGINT PRIMARY KEY); INSERT INTO orders VALUES (1);");
                    run.write(
                            DEPLOY,
                            """
                            SET SESSION lock_wait_timeout = 2;
                            ALTER TABLE orders ADD COLUMN note VARCHAR(100);
                            """);
                    try (SqlSession reader = run.session()) {
                        reader.execute("START TRANSACTION; SELECT count(*) FROM orders;");
                        return run.mariadb(DEPLOY, MARIADB_PASSWORD, "shop");
                    }
                }),
                mariadb("mariadb-deadlock", run -> {
                    run.sql(
                            """
                            CREATE TABLE accounts (id BIGINT PRIMARY KEY, balance DECIMAL(10, 2) NOT NULL);
                            INSERT INTO accounts VALUES (1, 100), (2, 100);
                            CREATE TABLE ledger (id BIGINT PRIMARY KEY, amount DECIMAL(10, 2) NOT NULL);
                            INSERT INTO ledger SELECT seq, 1 FROM seq_1_to_200;
                            """);
                    run.write(
                            DEPLOY,
                            """
                            START TRANSACTION;
                            UPDATE accounts SET balance = balance - 10 WHERE id = 2;
                            UPDATE accounts SET balance = balance + 10 WHERE id = 1;
                            COMMIT;
                            """);
                    try (SqlSession other = run.session()) {
                        // InnoDB rolls back the lighter transaction: the test's has changed 200 rows more.
                        other.execute("START TRANSACTION; UPDATE ledger SET amount = amount + 1;"
                                + " UPDATE accounts SET balance = balance + 1 WHERE id = 1;");
                        CompletableFuture<ConsoleRun> client =
                                ScenarioRun.inBackground(() -> run.mariadb(DEPLOY, MARIADB_PASSWORD, "shop"));
                        run.awaitLockWait();
                        other.execute("UPDATE accounts SET balance = balance + 1 WHERE id = 2;");
                        return client.join();
                    }
                }),
                mariadb("mariadb-clean-with-warnings", run -> {
                    run.write(
                            DEPLOY,
                            """
                            DROP TABLE IF EXISTS error_log_old;
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            SELECT CAST('12 errors' AS INTEGER) AS errors_count;
                            """);
                    return run.mariadb(DEPLOY, MARIADB_PASSWORD, "--show-warnings", "--table", "shop");
                }));
    }

    private static Scenario psql(String name, Scenario.Steps steps) {
        return new Scenario(PSQL, name, steps);
    }

    private static Scenario mariadb(String name, Scenario.Steps steps) {
        return new Scenario(MARIADB, name, steps);
    }
}
