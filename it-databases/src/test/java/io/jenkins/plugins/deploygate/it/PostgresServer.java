package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A private PostgreSQL 15 server from Debian's {@code postgresql-15}: a cluster made by initdb in
 * the run's directory, listening on a free loopback port and on a unix socket in that directory.
 * Local (socket) logins are trusted, for the test's own set-up; TCP logins, which the tools use,
 * need a password (scram-sha-256), so that a wrong or missing password fails as in production.
 */
final class PostgresServer implements Database {

    static final String SUPERUSER = "postgres";
    /** Owns the tables of the ownership scenarios; cannot log in. */
    static final String APP_OWNER = "app_owner";

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private final ServerProcess process;

    private PostgresServer(Path directory, int port, ServerProcess process) {
        this.directory = directory;
        this.port = port;
        this.process = process;
    }

    static PostgresServer start(Path root, ServerAccount account) {
        Path directory = account.ownedDirectory(root.resolve("postgres"));
        try {
            Path passwordFile = directory.resolve("superuser-password");
            Files.writeString(passwordFile, "postgres-S3cret\n");
            account.own(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChildProcess.run(
                        account.wrap(List.of(
                                Tools.postgres("initdb").toString(),
                                "-D",
                                directory.resolve("data").toString(),
                                "-U",
                                SUPERUSER,
                                "--pwfile=" + directory.resolve("superuser-password"),
                                "--auth-local=trust",
                                "--auth-host=scram-sha-256",
                                "--encoding=UTF8",
                                "--locale=C.UTF-8")),
                        directory,
                        Tools.environment(),
                        ADMIN_TIMEOUT)
                .requireExit(0);
        int port = FreePort.find();
        List<String> server = account.wrap(List.of(
                Tools.postgres("postgres").toString(),
                "-D",
                directory.resolve("data").toString(),
                "-p",
                Integer.toString(port),
                "-k",
                directory.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "lc_messages=C",
                // A test cluster: durability is not needed, speed is.
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off"));
        Path log = directory.resolve("server.log");
        ServerProcess process = ServerProcess.start("PostgreSQL", server, log, () -> isReady(directory, port));
        PostgresServer postgres = new PostgresServer(directory, port, process);
        try {
            postgres.sql(
                    "postgres",
                    """
                    CREATE ROLE deployer LOGIN PASSWORD '%s';
                    CREATE ROLE app_owner NOLOGIN;
                    """
                            .formatted(DEPLOYER_PASSWORD));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    private static boolean isReady(Path directory, int port) {
        return ChildProcess.run(
                                List.of(
                                        Tools.postgres("pg_isready").toString(),
                                        "-q",
                                        "-h",
                                        directory.toString(),
                                        "-p",
                                        Integer.toString(port)),
                                directory,
                                Tools.environment(),
                                ADMIN_TIMEOUT)
                        .exitStatus()
                == 0;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public int usualPort() {
        return 5432;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The options that point psql at this server over TCP, as a deployment would. */
    List<String> psqlConnection(String user, String database) {
        return List.of("-h", "127.0.0.1", "-p", Integer.toString(port), "-U", user, "-d", database);
    }

    @Override
    public void freshShop() {
        sql(
                "postgres",
                """
                DROP DATABASE IF EXISTS shop WITH (FORCE);
                CREATE DATABASE shop OWNER deployer;
                """);
    }

    @Override
    public void sql(String database, String sql) {
        ChildProcess.start(superuserPsql(database), directory, Tools.environment(), ADMIN_TIMEOUT, sql)
                .await()
                .requireExit(0);
    }

    @Override
    public SqlSession session(String database) {
        return new SqlSession(superuserPsql(database), "\\echo %s");
    }

    @Override
    public int sessionsWaitingForALock() {
        ConsoleRun run = ChildProcess.start(
                        superuserPsql("postgres", "-At"),
                        directory,
                        Tools.environment(),
                        ADMIN_TIMEOUT,
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop' AND wait_event_type = 'Lock';")
                .await()
                .requireExit(0);
        return Integer.parseInt(run.output().strip());
    }

    private List<String> superuserPsql(String database, String... options) {
        List<String> command = new ArrayList<>(List.of(
                Tools.postgres("psql").toString(),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                directory.toString(),
                "-p",
                Integer.toString(port),
                "-U",
                SUPERUSER,
                "-d",
                database));
        command.addAll(List.of(options));
        return command;
    }

    @Override
    public void close() {
        process.close();
    }
}
