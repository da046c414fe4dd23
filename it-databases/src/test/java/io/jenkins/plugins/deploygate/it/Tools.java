package io.jenkins.plugins.deploygate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the tools are: Maven (which runs the Flyway and Liquibase Maven plugins and resolves the
 * class paths of their command lines), the JDK (which runs those command lines), Debian's psql 15 and
 * MariaDB client, and the project's pom per tool version under {@code it-databases/tools}.
 * A tool that is missing fails the run, with what to install.
 */
final class Tools {

    static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);
    static final Path POSTGRES_BIN =
            Path.of(System.getProperty("it.databases.postgresBin", "/usr/lib/postgresql/15/bin"));

    private static final Map<String, String> CLASS_PATHS = new ConcurrentHashMap<>();

    private Tools() {}

    static Path maven() {
        return require(Path.of(property("it.databases.mavenHome"), "bin", "mvn"), "Maven");
    }

    static Path java() {
        return require(Path.of(System.getProperty("java.home"), "bin", "java"), "a JDK");
    }

    static Path postgres(String program) {
        return require(POSTGRES_BIN.resolve(program), "PostgreSQL 15 (apt-get install postgresql-15)");
    }

    static Path mariadb(String program) {
        Path server = Path.of("/usr/sbin", program);
        return require(
                Files.exists(server) ? server : Path.of("/usr/bin", program),
                "MariaDB 10.11 (apt-get install mariadb-server mariadb-client)");
    }

    /** The pom that pins a tool version's plugin, library and JDBC drivers. */
    static Path pom(String toolVersion) {
        return require(Path.of(property("it.databases.tools"), toolVersion, "pom.xml"), "the tool pom " + toolVersion);
    }

    /** What every child process sees: a fixed locale and zone, and little else. */
    static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("LANG", "C.UTF-8");
        environment.put("TZ", "UTC");
        // Short-lived JVMs start faster with the client compiler alone.
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return environment;
    }

    /**
     * The class path of a tool's command line ({@code liquibase-4.9.1}, {@code flyway-cli-11.20.3}):
     * the jars its pom names, with the JDBC drivers, resolved once per run by Maven.
     */
    static String classPath(String toolVersion, Path scratch) {
        return CLASS_PATHS.computeIfAbsent(toolVersion, version -> {
            Path file = scratch.toAbsolutePath().resolve(version + ".classpath");
            ChildProcess.run(
                            List.of(
                                    maven().toString(),
                                    "-B",
                                    "-ntp",
                                    "-q",
                                    "-f",
                                    pom(version).toString(),
                                    "dependency:build-classpath",
                                    "-Dmdep.outputFile=" + file),
                            scratch,
                            environment(),
                            TOOL_TIMEOUT)
                    .requireExit(0);
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run these tests through Maven");
        }
        return value;
    }

    private static Path require(Path program, String what) {
        if (!Files.exists(program)) {
            throw new IllegalStateException(program + " is missing: these tests need " + what);
        }
        return program;
    }
}
