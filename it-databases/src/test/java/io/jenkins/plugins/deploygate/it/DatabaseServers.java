package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the run's database servers: one PostgreSQL and one MariaDB for the whole test run,
 * each started on first use and stopped when the run ends (JUnit closes its root store), or by a
 * shutdown hook if the run is cut short. A server lives in a temporary directory of its own, not in
 * {@code target/}: a unix socket's path must stay under 108 bytes, and the unprivileged server
 * account must reach its directory whatever the permissions of the checkout.
 */
final class DatabaseServers implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseServers.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PostgresServer.class || type == MariaDbServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Function<Path, Database> start = type == PostgresServer.class
                ? root -> PostgresServer.start(root, ServerAccount.forThisProcess())
                : root -> MariaDbServer.start(root, ServerAccount.forThisProcess());
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(type, key -> new Running(start), Running.class)
                .database;
    }

    /** A started server, its directory removed once it has stopped. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Path root;
        private final Database database;
        private final Thread shutdownHook;

        Running(Function<Path, Database> start) {
            try {
                root = Files.createTempDirectory(
                        "deploy-gate-it-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                database = start.apply(root);
            } catch (RuntimeException e) {
                delete(root);
                throw e;
            }
            shutdownHook = new Thread(database::close, "stop-" + database.name());
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }

        @Override
        public void close() {
            database.close();
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            delete(root);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
