package io.jenkins.plugins.deploygate.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A private MariaDB 10.11 server from Debian's {@code mariadb-server}: a data directory made by
 * mariadb-install-db in the run's directory, listening on a free loopback port and on a unix socket
 * there. The superuser logs in over the socket without a password, for the test's own set-up; the
 * tools log in over TCP as {@code deployer} with a password, with all rights on the databases whose
 * names start with {@code shop} (so that a database missing there is unknown, not forbidden) and
 * none elsewhere.
 */
final class MariaDbServer implements Database {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private final Path socket;
    private final int port;
    private final ServerProcess process;

    private MariaDbServer(Path socket, int port, ServerProcess process) {
        this.socket = socket;
        this.port = port;
        this.process = process;
    }

    static MariaDbServer start(Path root, ServerAccount account) {
        Path directory = account.ownedDirectory(root.resolve("mariadb"));
        Path data = directory.resolve("data");
        ChildProcess.run(
                        account.wrap(List.of(
                                Tools.mariadb("mariadb-install-db").toString(),
                                "--no-defaults",
                                "--datadir=" + data,
                                "--auth-root-authentication-method=normal",
                                "--skip-test-db",
                                "--skip-name-resolve")),
                        directory,
                        Tools.environment(),
                        ADMIN_TIMEOUT)
                .requireExit(0);
        int port = FreePort.find();
        Path socket = directory.resolve("mariadb.sock");
        List<String> server = account.wrap(List.of(
                Tools.mariadb("mariadbd").toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--socket=" + socket,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                "--pid-file=" + directory.resolve("mariadbd.pid"),
                "--skip-log-bin",
                // A test server: small, and durability is not needed.
                "--innodb-buffer-pool-size=64M",
                "--innodb-flush-log-at-trx-commit=0"));
        ServerProcess process = ServerProcess.start(
                "MariaDB", server, directory.resolve("server.log"), () -> isReady(directory, socket));
        MariaDbServer mariadb = new MariaDbServer(socket, port, process);
        try {
            mariadb.sql(
                    "mysql",
                    """
                    CREATE USER deployer@'127.0.0.1' IDENTIFIED BY '%s';
                    GRANT ALL ON `shop%%`.* TO deployer@'127.0.0.1';
                    """
                            .formatted(DEPLOYER_PASSWORD));
        } catch (RuntimeException e) {
            mariadb.close();
            throw e;
        }
        return mariadb;
    }

    private static boolean isReady(Path directory, Path socket) {
        return ChildProcess.run(
                                List.of(
                                        Tools.mariadb("mariadb-admin").toString(),
                                        "--no-defaults",
                                        "--socket=" + socket,
                                        "-uroot",
                                        "--silent",
                                        "ping"),
                                directory,
                                Tools.environment(),
                                ADMIN_TIMEOUT)
                        .exitStatus()
                == 0;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public int usualPort() {
        return 3306;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** The options that point the mariadb client at this server over TCP, as a deployment would. */
    List<String> clientConnection(String user) {
        return List.of("--no-defaults", "--host=127.0.0.1", "--port=" + port, "--user=" + user);
    }

    @Override
    public void freshShop() {
        sql("mysql", "DROP DATABASE IF EXISTS shop; CREATE DATABASE shop;");
    }

    @Override
    public void sql(String database, String sql) {
        ChildProcess.start(superuserClient(database), socket.getParent(), Tools.environment(), ADMIN_TIMEOUT, sql)
                .await()
                .requireExit(0);
    }

    @Override
    public SqlSession session(String database) {
        return new SqlSession(superuserClient(database, "--unbuffered", "--skip-column-names"), "SELECT '%s';");
    }

    @Override
    public int sessionsWaitingForALock() {
        ConsoleRun run = ChildProcess.start(
                        superuserClient("mysql", "--skip-column-names"),
                        socket.getParent(),
                        Tools.environment(),
                        ADMIN_TIMEOUT,
                        // Row locks show in InnoDB's transactions, metadata locks in the process list.
                        "SELECT (SELECT count(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT')"
                                + " + (SELECT count(*) FROM information_schema.processlist"
                                + " WHERE db = 'shop' AND state LIKE 'Waiting for%lock');")
                .await()
                .requireExit(0);
        return Integer.parseInt(run.output().strip());
    }

    private List<String> superuserClient(String database, String... options) {
        List<String> command = new ArrayList<>(
                List.of(Tools.mariadb("mariadb").toString(), "--no-defaults", "--socket=" + socket, "-uroot"));
        command.addAll(List.of(options));
        command.add(database);
        return command;
    }

    @Override
    public void close() {
        process.close();
    }
}
