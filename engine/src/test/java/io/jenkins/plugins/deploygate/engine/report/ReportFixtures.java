package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanOptions;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.TestFindings;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.gate.Approvals;
import io.jenkins.plugins.deploygate.engine.gate.Deadline;
import io.jenkins.plugins.deploygate.engine.gate.ExceptionGrant;
import io.jenkins.plugins.deploygate.engine.gate.GateDecision;
import io.jenkins.plugins.deploygate.engine.gate.GateEvaluator;
import io.jenkins.plugins.deploygate.engine.gate.GateRequest;
import io.jenkins.plugins.deploygate.engine.rules.ApprovalRequirement;
import io.jenkins.plugins.deploygate.engine.rules.BusinessCalendar;
import io.jenkins.plugins.deploygate.engine.rules.ChangeWindow;
import io.jenkins.plugins.deploygate.engine.rules.CheckId;
import io.jenkins.plugins.deploygate.engine.rules.EnvironmentRule;
import io.jenkins.plugins.deploygate.engine.rules.ExceptionPolicy;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.Group;
import io.jenkins.plugins.deploygate.engine.rules.LeadTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Deployments as the gate and the scanner would describe them, for the report tests. */
final class ReportFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String HOST = "db-prod-01.internal.example.com";

    static final GateRules RULES = new GateRules(
            new BusinessCalendar(BERLIN, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of()),
            List.of(new Group("dba", List.of("alice", "bob"))),
            List.of(EnvironmentRule.open("production")
                    .withLeadTime(LeadTime.parse("2 business days"))
                    .withApprovals(List.of(ApprovalRequirement.ofGroup("dba", 1)))
                    .withSeparationOfDuties(true)
                    .withWindows(List.of(ChangeWindow.parse("Tue,Thu 18:00-22:00")))
                    .withExceptions(new ExceptionPolicy("dba", Set.of(CheckId.WINDOW), true))));

    /** Requested Friday 20 Nov 15:00 by frank, committed by gina. */
    static final GateRequest REQUEST = GateRequest.of("production", "CHG-1234", Instant.parse("2026-11-20T14:00:00Z"))
            .withRequestedBy("frank")
            .withCommitters(List.of("gina"));

    /** Tuesday 24 Nov 18:30 Berlin: notice given, inside the window. */
    static final Instant IN_WINDOW = Instant.parse("2026-11-24T17:30:00Z");

    /** Wednesday 25 Nov 10:00 Berlin: outside the window. */
    static final Instant OUT_OF_WINDOW = Instant.parse("2026-11-25T09:00:00Z");

    private ReportFixtures() {}

    /** Approved by alice; frank (the requester) tried to approve too and was not counted. */
    static GateDecision openGate() {
        return evaluate(new Approvals(List.of("frank", "alice"), List.of()), null, IN_WINDOW);
    }

    /** No approval yet. */
    static GateDecision waitingGate() {
        return evaluate(Approvals.NONE, null, IN_WINDOW);
    }

    /** Outside the window, which bob waived with an exception. */
    static GateDecision gateOpenedByException() {
        ExceptionGrant grant = new ExceptionGrant(
                "bob", "Hotfix for the checkout outage", "INC-42", Instant.parse("2026-11-25T08:55:00Z"));
        return evaluate(new Approvals(List.of("alice"), List.of()), grant, OUT_OF_WINDOW);
    }

    private static GateDecision evaluate(Approvals approvals, ExceptionGrant exception, Instant now) {
        return GateEvaluator.withGroupsOf(RULES).evaluate(RULES, REQUEST, approvals, exception, now, Deadline.NONE);
    }

    /** Flyway 9 on PostgreSQL: V2 creates a table whose foreign key names a missing table (exit 1). */
    static final String FLYWAY_MISSING_TABLE = "flyway-maven-9.22.3/postgres-create-table-referencing-missing-table";
    /** Liquibase 4.33: changeset create-orders by bob says CREATE TABEL (exit 1). */
    static final String LIQUIBASE_SYNTAX_ERROR = "liquibase-4.33.0/postgres-syntax-error";
    /** psql without ON_ERROR_STOP: an INSERT into a missing table, and psql exits 0. */
    static final String PSQL_CONTINUES = "psql-15/postgres-errors-continue-without-on-error-stop";
    /** psql's lower-case error for an \\i of a missing file (exit 3). */
    static final String PSQL_MISSING_INCLUDE = "psql-15/postgres-include-of-missing-file";
    /** The MariaDB client with --force: two errors, and it exits 0. */
    static final String MARIADB_FORCE = "mariadb-10.11/mariadb-force-continues-after-errors";
    /** Flyway 9 cannot log in: a wrong password (exit 1). */
    static final String FLYWAY_WRONG_PASSWORD = "flyway-maven-9.22.3/postgres-wrong-password";
    /**
     * Maven cannot resolve the Flyway plugin: it exits 1 before any database is touched, and no
     * line is an error the catalogue knows. Genuine output, kept with the documentation's examples.
     */
    static final Path PLUGIN_NOT_RESOLVED = Path.of("..", "docs", "examples", "flyway-plugin-not-resolved.log");

    /** The genuine output of one real tool run under {@code logs/real} (see expected-findings.txt). */
    static String genuine(String scenario) {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/logs/real/" + scenario + ".log")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture logs/real/" + scenario + ".log");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pluginNotResolved() {
        try {
            return Files.readString(PLUGIN_NOT_RESOLVED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code log} scanned as Jenkins and the command line scan it, the command having exited so. */
    static ScanResult scan(String log, int exitStatus) {
        return new LogScanner(Catalogue.builtIn(), ScanOptions.defaults().withExitCode(exitStatus))
                .scan(log.getBytes(StandardCharsets.UTF_8));
    }

    /** The genuine output of {@code scenario}, scanned with the exit status its tool gave. */
    static ScanResult scanned(String scenario, int exitStatus) {
        return scan(genuine(scenario), exitStatus);
    }

    /**
     * A tool whose report of a failed migration the scanner does not fold into the database error:
     * the tool's finding first, the PostgreSQL error of the same migration after it, and a
     * consequence later on. Not genuine output: no real tool of the fixtures prints it so.
     */
    static ScanResult unfoldedToolReport(boolean silent) {
        MigrationRef v3 = new MigrationRef("3", "V3__add_orders.sql", 12);
        List<String> context = List.of(
                "[INFO] Migrating schema \"public\" to version \"3 - add orders\"",
                "ERROR: Migration V3__add_orders.sql failed",
                "SQL State  : 42P01",
                "Message    : ERROR: relation \"orders\" does not exist");
        return new ScanResult(
                1200,
                64_000,
                silent,
                List.of(
                        finding(
                                "flyway.migration-failed",
                                null,
                                "flyway",
                                null,
                                Severity.ERROR,
                                "Migration failed",
                                "Migration V3__add_orders.sql failed",
                                41,
                                v3,
                                "Fix the migration script, then repair the schema history before migrating again.",
                                "https://documentation.red-gate.com/fd/repair-184127461.html",
                                context),
                        finding(
                                "postgresql.42P01",
                                "postgresql",
                                "flyway",
                                "42P01",
                                Severity.ERROR,
                                "Relation does not exist",
                                "relation \"orders\" does not exist",
                                43,
                                v3,
                                "Create the table in an earlier migration, or correct its name or schema.",
                                "https://www.postgresql.org/docs/current/errcodes-appendix.html",
                                context),
                        finding(
                                "postgresql.25P02",
                                "postgresql",
                                "psql",
                                "25P02",
                                Severity.WARNING,
                                "Transaction aborted",
                                "current transaction is aborted, commands ignored until" + " end of transaction block",
                                90,
                                null,
                                "A consequence of an earlier error in the same transaction: fix that one.",
                                null,
                                List.of("psql:deploy.sql:7: ERROR:  current transaction is aborted"))),
                0);
    }

    /** A finding whose every text is hostile, and which names a host. */
    static ScanResult hostileFinding() {
        String script = "<script>alert('x')</script>";
        return new ScanResult(
                10,
                500,
                false,
                List.of(finding(
                        "oracle.ORA-00942",
                        "oracle",
                        "sqlplus",
                        "ORA-00942",
                        Severity.ERROR,
                        "Table or view does not exist",
                        "table " + script + " on " + HOST + " does not exist",
                        5,
                        null,
                        "Check the \" onclick=\"x name.",
                        "javascript:alert(1)",
                        List.of("SQL> CREATE TABLE orders AS SELECT * FROM " + script, "ERROR at line 1:"))),
                0);
    }

    static Finding finding(
            String id,
            String engine,
            String tool,
            String code,
            Severity severity,
            String title,
            String message,
            long line,
            MigrationRef migration,
            String fix,
            String link,
            List<String> context) {
        // The fixtures' context ends with, or is centred on, the finding's own line.
        long contextStart = context.isEmpty() ? line : Math.max(1, line - context.size() / 2);
        return TestFindings.of(
                id, engine, tool, code, severity, title, message, line, 1, migration, fix, link, context, contextStart);
    }

    static DeploymentReport.Builder deployment() {
        return DeploymentReport.builder()
                .job("orders-db")
                .build("42")
                .zone(BERLIN)
                .startedAt(Instant.parse("2026-11-24T17:31:00Z"))
                .finishedAt(Instant.parse("2026-11-24T17:33:30Z"))
                .buildUrl("https://ci.example.com/job/orders-db/42/")
                .reportUrl("https://ci.example.com/job/orders-db/42/deploy-report/");
    }
}
