package io.jenkins.plugins.deploygate.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Deployment output for Pipeline tests, printed with {@code echo} so the tests need no agent and
 * no shell: the flow node logs that {@code captureDeployErrors} reads look the same as an
 * {@code sh} step's.
 */
public final class PipelineFixtures {

    /** A password in the fixture's JDBC command line: it must never reach a page, a file or a mail. */
    public static final String SECRET = "S3cr3t-Flyway";

    private PipelineFixtures() {}

    /** Flyway 10 migrating PostgreSQL, failing on a missing relation (from docs/examples). */
    public static String flywayFailure() {
        return echoLines(flywayOutput());
    }

    /** The text of {@link #flywayFailure()} as the tool prints it: for logs written without Pipeline. */
    public static String flywayOutput() {
        return resource("flyway-migrate.log");
    }

    /** A Flyway run that succeeded. */
    public static String flywaySuccess() {
        return echoLines("Flyway OSS Edition 10.20.1 by Redgate\n"
                + "Successfully applied 3 migrations to schema \"public\", now at version v3\n");
    }

    /** One {@code echo} step per line, each in a single-quoted Groovy string. */
    public static String echoLines(String text) {
        StringBuilder script = new StringBuilder();
        for (String line : text.split("\n")) {
            script.append("echo '")
                    .append(line.replace("\\", "\\\\").replace("'", "\\'"))
                    .append("'\n");
        }
        return script.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PipelineFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
