package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What a scenario can do: write its migrations into its own directory, prepare the database as the
 * superuser, hold locks from a second session, and run the tools against {@code shop} as {@code
 * deployer}. Each tool method takes settings as {@code key=value} that replace or add to the
 * scenario's defaults, so a scenario names only what it changes (a wrong password, another port).
 */
final class ScenarioRun {

    static final String FLYWAY_LOCATION = "filesystem:sql";
    static final String CHANGELOG = "changelog.sql";

    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final Database database;
    private final Path workspace;
    private final Path scratch;
    private final int closedPort;

    ScenarioRun(Database database, Path workspace, Path scratch, int closedPort) {
        this.database = database;
        this.workspace = workspace;
        this.scratch = scratch;
        this.closedPort = closedPort;
    }

    Database database() {
        return database;
    }

    /** A loopback port on which nothing listens: "connection refused". */
    int closedPort() {
        return closedPort;
    }

    void write(String path, String text) {
        Path file = workspace.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code sql} in {@code shop} as the superuser. */
    void sql(String sql) {
        database.sql(Database.SHOP, sql);
    }

    SqlSession session() {
        return database.session(Database.SHOP);
    }

    /** Runs {@code step} beside the scenario, for a tool that will wait for the test's session. */
    static CompletableFuture<ConsoleRun> inBackground(Supplier<ConsoleRun> step) {
        return CompletableFuture.supplyAsync(step);
    }

    /** Waits until some session on {@code shop} waits for a lock. */
    void awaitLockWait() {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (database.sessionsWaitingForALock() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No session waited for a lock within " + LOCK_WAIT);
            }
            ServerProcess.sleep(100);
        }
    }

    /** {@code mvn flyway:<goal>} with flyway-maven-plugin {@code version}. */
    ConsoleRun flyway(String version, String goal, String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("flyway.url", database.jdbcUrl(Database.SHOP));
        properties.put("flyway.user", Database.DEPLOYER);
        properties.put("flyway.password", Database.DEPLOYER_PASSWORD);
        properties.put("flyway.locations", FLYWAY_LOCATION);
        return maven("flyway-" + version, "flyway:" + goal, properties, settings);
    }

    /**
     * Flyway's command line ({@code org.flywaydb.commandline.Main} in a JVM of its own), version
     * {@code version}, printing JSON when {@code json}: {@code flywayCli("11.20.3", true, "migrate")}.
     */
    ConsoleRun flywayCli(String version, boolean json, String command, String... settings) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("-url", database.jdbcUrl(Database.SHOP));
        options.put("-user", Database.DEPLOYER);
        options.put("-password", Database.DEPLOYER_PASSWORD);
        options.put("-locations", FLYWAY_LOCATION);
        if (json) {
            options.put("-outputType", "json");
        }
        override(options, settings);
        List<String> line = new ArrayList<>(List.of(
                Tools.java().toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                Tools.classPath("flyway-cli-" + version, scratch),
                "org.flywaydb.commandline.Main"));
        options.forEach((key, value) -> line.add(key + "=" + value));
        line.add(command);
        return ChildProcess.run(line, workspace, Tools.environment(), Tools.TOOL_TIMEOUT);
    }

    /** {@code mvn liquibase:<goal>} with liquibase-maven-plugin {@code version}. */
    ConsoleRun liquibaseMaven(String version, String goal, String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("liquibase.url", database.jdbcUrl(Database.SHOP));
        properties.put("liquibase.username", Database.DEPLOYER);
        properties.put("liquibase.password", Database.DEPLOYER_PASSWORD);
        properties.put("liquibase.changeLogFile", CHANGELOG);
        properties.put("liquibase.analytics.enabled", "false");
        // Where a built project keeps its resources: the plugin searches them for the changelog.
        write("target/classes/.keep", "");
        write("target/test-classes/.keep", "");
        return maven("liquibase-" + version, "liquibase:" + goal, properties, settings);
    }

    private ConsoleRun maven(String toolPom, String goal, Map<String, String> properties, String... settings) {
        copyToolPom(toolPom);
        override(properties, settings);
        List<String> command = new ArrayList<>(List.of(Tools.maven().toString(), "-B", "-ntp"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(goal);
        return ChildProcess.run(command, workspace, Tools.environment(), Tools.TOOL_TIMEOUT);
    }

    /**
     * Liquibase's command line ({@code liquibase.integration.commandline.LiquibaseCommandLine} in a
     * JVM of its own), version {@code version}: {@code liquibase("4.9.1", "update")}.
     */
    ConsoleRun liquibase(String version, String command, String... settings) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--changelog-file", CHANGELOG);
        options.put("--url", database.jdbcUrl(Database.SHOP));
        options.put("--username", Database.DEPLOYER);
        options.put("--password", Database.DEPLOYER_PASSWORD);
        override(options, settings);
        List<String> line = new ArrayList<>(List.of(
                Tools.java().toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                // No network here: no usage reports.
                "-Dliquibase.analytics.enabled=false",
                "-cp",
                Tools.classPath("liquibase-" + version, scratch),
                "liquibase.integration.commandline.LiquibaseCommandLine"));
        options.forEach((key, value) -> line.add(key + "=" + value));
        line.addAll(List.of(command.split(" ")));
        return ChildProcess.run(line, workspace, Tools.environment(), Tools.TOOL_TIMEOUT);
    }

    /** Debian's psql 15 as {@code deployer} on {@code shop} over TCP, password from PGPASSWORD. */
    ConsoleRun psql(String password, String... arguments) {
        PostgresServer postgres = (PostgresServer) database;
        List<String> command = new ArrayList<>(List.of(Tools.postgres("psql").toString(), "-X"));
        command.addAll(postgres.psqlConnection(Database.DEPLOYER, Database.SHOP));
        command.addAll(List.of(arguments));
        Map<String, String> environment = Tools.environment();
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        return ChildProcess.run(command, workspace, environment, Tools.TOOL_TIMEOUT);
    }

    /** The MariaDB client as {@code deployer} over TCP, the script on its standard input. */
    ConsoleRun mariadb(String script, String... arguments) {
        MariaDbServer mariadb = (MariaDbServer) database;
        List<String> command = new ArrayList<>(List.of(Tools.mariadb("mariadb").toString()));
        command.addAll(mariadb.clientConnection(Database.DEPLOYER));
        command.addAll(List.of(arguments));
        try {
            String input = Files.readString(workspace.resolve(script));
            return ChildProcess.start(command, workspace, Tools.environment(), Tools.TOOL_TIMEOUT, input)
                    .await();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyToolPom(String toolPom) {
        try {
            Files.copy(Tools.pom(toolPom), workspace.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void override(Map<String, String> defaults, String... settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("A setting is key=value, not " + setting);
            }
            defaults.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
    }
}
