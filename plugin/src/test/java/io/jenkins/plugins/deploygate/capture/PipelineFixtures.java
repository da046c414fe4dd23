package io.jenkins.plugins.deploygate.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Deployment output for Pipeline tests, printed with {@code echo} so the tests need no agent and
 * no shell (the flow node logs that {@code captureDeployErrors} reads look the same as an {@code
 * sh} step's), or from a workspace file with {@code sh} where the exit status matters.
 */
public final class PipelineFixtures {

    /** A password in the fixture's JDBC command line: it must never reach a page, a file or a mail. */
    public static final String SECRET = "S3cr3t-Flyway";

    /** Markup a log may hold: every page must show it as text. */
    public static final String HOSTILE = "<script>alert(1)</script>";

    /** The failing statement Flyway printed in {@link #flyway9MissingTable()}, as the finding keeps it. */
    public static final String FLYWAY9_STATEMENT = "CREATE TABLE orders (\n"
            + "    id BIGINT PRIMARY KEY,\n"
            + "    customer_id BIGINT NOT NULL REFERENCES customer (id)\n"
            + ")";

    /** Where the copies of the engine's genuine fixtures are, under this class's package. */
    static final String REAL = "real/";

    private static final String FLYWAY9_MISSING_TABLE =
            "flyway-maven-9.22.3/postgres-create-table-referencing-missing-table.log";
    private static final String LIQUIBASE_SYNTAX_ERROR = "liquibase-4.33.0/postgres-syntax-error.log";

    /** The copies of the engine's genuine fixtures, by their path under the engine's {@code logs/real}. */
    static final List<String> REAL_FIXTURES = List.of(FLYWAY9_MISSING_TABLE, LIQUIBASE_SYNTAX_ERROR);

    private PipelineFixtures() {}

    /** Flyway 10 migrating PostgreSQL, failing on a missing relation (from docs/examples). */
    public static String flywayFailure() {
        return echoLines(flywayOutput());
    }

    /** The text of {@link #flywayFailure()} as the tool prints it: for logs written without Pipeline. */
    public static String flywayOutput() {
        return resource("flyway-migrate.log");
    }

    /**
     * Genuine output of flyway-maven-plugin 9.22.3 on PostgreSQL 15 (exit status 1): migration V2
     * creates a table whose foreign key names a table that does not exist. A copy of the engine's
     * fixture of the same name, which it-databases regenerates; {@code RealFixturesTest} keeps the
     * two the same.
     */
    public static String flyway9MissingTable() {
        return real(FLYWAY9_MISSING_TABLE);
    }

    /**
     * Genuine output of the Liquibase 4.33.0 command line on PostgreSQL 15 (exit status 1): Bob's
     * changeset {@code create-orders} misspells TABLE. A copy of the engine's fixture, as above.
     */
    public static String liquibaseSyntaxError() {
        return real(LIQUIBASE_SYNTAX_ERROR);
    }

    /**
     * psql 15 running a script without {@code ON_ERROR_STOP}, whose insert fails {@code times}
     * times, each time with a hostile value: the lines are those of the engine's genuine {@code
     * psql-15/postgres-errors-continue-without-on-error-stop.log}, repeated with the script line
     * and the value changed.
     */
    public static String psqlRepeatedHostileInsert(int times) {
        StringBuilder output = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            output.append("psql:deploy.sql:")
                    .append(i + 1)
                    .append(": ERROR:  relation \"customer\" does not exist\n")
                    .append("LINE 1: INSERT INTO customer (id, name) VALUES (")
                    .append(i)
                    .append(", '")
                    .append(HOSTILE)
                    .append("');\n")
                    .append("                    ^\n");
        }
        return output.toString();
    }

    /**
     * A Pipeline job whose workspace holds {@code output} in {@code file}, for a script that prints
     * it with {@code sh} as the tool printed it (the caller assumes a Unix shell).
     */
    public static WorkflowJob jobPrinting(JenkinsRule r, String file, String output, String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        r.jenkins.getWorkspaceFor(job).child(file).write(output, "UTF-8");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
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

    /** The copy of the engine's fixture {@code logs/real/<name>}. */
    static String real(String name) {
        return resource(REAL + name);
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
