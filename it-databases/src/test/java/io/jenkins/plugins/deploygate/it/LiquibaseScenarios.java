package io.jenkins.plugins.deploygate.it;

import java.util.List;

/**
 * Liquibase 4.9 and 4.33, through its command line and its Maven plugin, on PostgreSQL and on
 * MariaDB. Every changelog is formatted SQL, as database teams write them.
 */
final class LiquibaseScenarios {

    static final String LIQUIBASE_4_9 = "4.9.1";
    static final String LIQUIBASE_4_33 = "4.33.0";

    private static final String HEADER = "--liquibase formatted sql\n\n";
    private static final String CUSTOMERS =
            """
            --changeset alice:create-customers
            CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);

            """;
    /**
     * Marks the changelog lock as taken by another deployment that never released it. Liquibase
     * names its tables in lower case on PostgreSQL, in upper case on MariaDB.
     */
    private static final String LOCK_HELD_ELSEWHERE = "UPDATE databasechangeloglock SET locked = TRUE,"
            + " lockgranted = '2026-11-20 13:55:00', lockedby = 'build-agent-7 (10.20.1.17)' WHERE id = 1;";

    /** Liquibase waits five minutes for a held lock by default; 0 fails at once (and takes no free lock). */
    private static final String FAIL_AT_ONCE_ON_A_HELD_LOCK_CLI = "--changelog-lock-wait-time-in-minutes=0";

    private static final String FAIL_AT_ONCE_ON_A_HELD_LOCK_MAVEN = "liquibase.changelogLockWaitTimeInMinutes=0";

    private LiquibaseScenarios() {}

    static List<Scenario> postgres() {
        return List.of(
                cli(LIQUIBASE_4_9, "postgres-create-table-referencing-missing-table", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:create-orders
                            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customer (id));
                            """);
                    return run.liquibase(LIQUIBASE_4_9, "update");
                }),
                preconditionFailed(LIQUIBASE_4_9),
                cli(LIQUIBASE_4_9, "postgres-lock-held-by-another-deployment", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    run.liquibase(LIQUIBASE_4_9, "update").requireExit(0);
                    run.sql(LOCK_HELD_ELSEWHERE);
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:customer-email
                            ALTER TABLE customers ADD COLUMN email VARCHAR(200);
                            """);
                    return run.liquibase(LIQUIBASE_4_9, "update", FAIL_AT_ONCE_ON_A_HELD_LOCK_CLI);
                }),
                cli(LIQUIBASE_4_9, "postgres-clean-with-error-log-table", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset alice:create-error-log
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            CREATE TABLE IF NOT EXISTS error_log (id BIGINT PRIMARY KEY);
                            """);
                    return run.liquibase(LIQUIBASE_4_9, "update");
                }),
                cli(LIQUIBASE_4_33, "postgres-rollback-impossible", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:backfill-names
                            UPDATE customers SET name = upper(name);
                            """);
                    run.liquibase(LIQUIBASE_4_33, "update").requireExit(0);
                    return run.liquibase(LIQUIBASE_4_33, "rollback-count --count=1");
                }),
                preconditionFailed(LIQUIBASE_4_33),
                cli(LIQUIBASE_4_33, "postgres-syntax-error", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:create-orders
                            CREATE TABEL orders (id BIGINT PRIMARY KEY);
                            """);
                    return run.liquibase(LIQUIBASE_4_33, "update");
                }),
                cli(LIQUIBASE_4_33, "postgres-wrong-password", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    return run.liquibase(LIQUIBASE_4_33, "update", "--password=Not-The-Password");
                }),
                cli(LIQUIBASE_4_33, "postgres-missing-changelog", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    return run.liquibase(LIQUIBASE_4_33, "update", "--changelog-file=db/changelog-master.xml");
                }),
                maven(LIQUIBASE_4_9, "postgres-checksum-mismatch-after-editing-applied-changeset", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    run.liquibaseMaven(LIQUIBASE_4_9, "update").requireExit(0);
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS.replace("(100)", "(200)"));
                    return run.liquibaseMaven(LIQUIBASE_4_9, "update");
                }),
                maven(LIQUIBASE_4_9, "postgres-clean", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset alice:create-error-log
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            """);
                    return run.liquibaseMaven(LIQUIBASE_4_9, "update");
                }),
                maven(LIQUIBASE_4_33, "postgres-foreign-key-violation-in-data-migration", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:create-orders
                            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));

                            --changeset bob:import-orders
                            INSERT INTO orders VALUES (10, 99);
                            """);
                    return run.liquibaseMaven(LIQUIBASE_4_33, "update");
                }));
    }

    static List<Scenario> mariadb() {
        return List.of(
                cli(LIQUIBASE_4_9, "mariadb-access-denied-without-password", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    return run.liquibase(LIQUIBASE_4_9, "update", "--password=");
                }),
                cli(LIQUIBASE_4_9, "mariadb-clean", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset alice:create-error-log
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, errors_count INT NOT NULL DEFAULT 0);
                            """);
                    return run.liquibase(LIQUIBASE_4_9, "update");
                }),
                cli(LIQUIBASE_4_33, "mariadb-unknown-table", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:customer-email
                            ALTER TABLE customer ADD COLUMN email VARCHAR(200);
                            """);
                    return run.liquibase(LIQUIBASE_4_33, "update");
                }),
                cli(LIQUIBASE_4_33, "mariadb-clean-with-error-log-table", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset alice:create-error-log
                            CREATE TABLE error_log (id BIGINT PRIMARY KEY, message VARCHAR(200));
                            INSERT INTO error_log VALUES (1, 'ERROR: none since release 4.1');
                            """);
                    return run.liquibase(LIQUIBASE_4_33, "update");
                }),
                maven(LIQUIBASE_4_9, "mariadb-duplicate-key-in-data-migration", run -> {
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER
                                    + """
                            --changeset alice:create-products
                            CREATE TABLE products (id BIGINT PRIMARY KEY, sku VARCHAR(20) NOT NULL UNIQUE);

                            --changeset bob:import-products
                            INSERT INTO products VALUES (1, 'SKU-1001');
                            INSERT INTO products VALUES (2, 'SKU-1001');
                            """);
                    return run.liquibaseMaven(LIQUIBASE_4_9, "update");
                }),
                maven(LIQUIBASE_4_33, "mariadb-lock-held-by-another-deployment", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    run.liquibaseMaven(LIQUIBASE_4_33, "update").requireExit(0);
                    run.sql(LOCK_HELD_ELSEWHERE.replace("databasechangeloglock", "DATABASECHANGELOGLOCK"));
                    run.write(
                            ScenarioRun.CHANGELOG,
                            HEADER + CUSTOMERS
                                    + """
                            --changeset bob:customer-email
                            ALTER TABLE customers ADD COLUMN email VARCHAR(200);
                            """);
                    return run.liquibaseMaven(LIQUIBASE_4_33, "update", FAIL_AT_ONCE_ON_A_HELD_LOCK_MAVEN);
                }),
                maven(LIQUIBASE_4_33, "mariadb-clean", run -> {
                    run.write(ScenarioRun.CHANGELOG, HEADER + CUSTOMERS);
                    return run.liquibaseMaven(LIQUIBASE_4_33, "update");
                }));
    }

    /** A precondition that does not hold halts the changeset: the same scenario in either version. */
    private static Scenario preconditionFailed(String version) {
        return cli(version, "postgres-precondition-failed", run -> {
            run.sql("CREATE TABLE legacy_orders (id BIGINT PRIMARY KEY); INSERT INTO legacy_orders VALUES (1);"
                    + " ALTER TABLE legacy_orders OWNER TO deployer;");
            run.write(
                    ScenarioRun.CHANGELOG,
                    HEADER
                            + """
                    --changeset carol:drop-legacy-orders
                    --preconditions onFail:HALT onError:HALT
                    --precondition-sql-check expectedResult:0 SELECT count(*) FROM legacy_orders
                    DROP TABLE legacy_orders;
                    """);
            return run.liquibase(version, "update");
        });
    }

    private static Scenario cli(String version, String name, Scenario.Steps steps) {
        return new Scenario("liquibase-" + version, name, steps);
    }

    private static Scenario maven(String version, String name, Scenario.Steps steps) {
        return new Scenario("liquibase-maven-" + version, name, steps);
    }
}
