package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies the database error inside a migration tool's report, where the tool gives the
 * driver's message and perhaps a SQL state and vendor code, but not the engine: Flyway's
 * "SQL State / Error Code / Message" block, Liquibase's "Reason: ... [Failed SQL: (code) ...]".
 * The engine comes from the message's own shape (ORA-, "ERROR:"), the JDBC URL seen earlier in
 * the log, or the catalogue's message patterns.
 */
final class DbErrors {

    /** A database error: its catalogue entry and its message without codes and driver noise. */
    record Resolved(CatalogEntry entry, String message) {}

    static final Pattern ORACLE_CODE = Pattern.compile("\\b(ORA|PLS|SP2)-(\\d{4,5})\\b:?\\s*");
    private static final Pattern EXCEPTION_PREFIX =
            Pattern.compile("^(?:[\\w.$]{1,200}?(?:Exception|Error):\\s*){1,10}");
    private static final Pattern PG_PREFIX = Pattern.compile("^(?:ERROR|FATAL|PANIC):\\s+(?:([0-9A-Z]{5}):\\s+)?");
    private static final Pattern SQLSTATE = Pattern.compile("[0-9A-Z]{5}");

    /* Bounded repetitions: a hostile line cannot make these retry far. */
    private static final List<Pattern> PREAMBLES = List.of(
            Pattern.compile("Unable to obtain connection from database \\([^)]{0,500}\\) for user '[^']{0,200}': "),
            Pattern.compile("Connection could not be created to \\S{1,500} with driver \\S{1,200}\\.\\s+"),
            Pattern.compile("\\(conn=\\d{1,20}\\)\\s*"));

    private DbErrors() {}

    static Resolved resolve(Catalogue catalogue, String engineHint, String sqlState, int vendorCode, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String message = driverMessage(raw);
        if (message.isEmpty()) {
            return null;
        }
        Matcher oracle = ORACLE_CODE.matcher(message);
        if (oracle.lookingAt() || (oracle.find() && "oracle".equals(engineHint))) {
            String code = oracle.group(1) + "-" + oracle.group(2);
            return new Resolved(catalogue.forCode("oracle", code), oracleMessage(message, oracle.end()));
        }
        Matcher pg = PG_PREFIX.matcher(message);
        boolean pgShape = pg.lookingAt();
        if (pgShape || "postgresql".equals(engineHint)) {
            String text = pgShape ? message.substring(pg.end()) : message;
            String state = pgShape && pg.group(1) != null ? pg.group(1) : validState(sqlState);
            return postgres(catalogue, state, text, true);
        }
        // SQL Server's JDBC driver reports states like S0002, which no other engine uses.
        String engine = sqlState != null && sqlState.matches("S\\d{4}") ? "sqlserver" : engineHint;
        if (engine == null) {
            engine = guessEngine(catalogue, sqlState, vendorCode, message);
        }
        if (engine == null) {
            return null;
        }
        if (vendorCode > 0) {
            return new Resolved(catalogue.forCode(engine, Integer.toString(vendorCode)), message);
        }
        CatalogEntry entry = catalogue.forMessage(engine, message);
        return entry == null ? null : new Resolved(entry, message);
    }

    /**
     * The database's own message inside what a tool printed: without exception class names
     * ({@code liquibase.exception.DatabaseException: }), the tool's words before it (Flyway's
     * "Unable to obtain connection from database (...) for user 'x': ", Liquibase's "Connection
     * could not be created to ... with driver ...."), MariaDB's connection id ({@code (conn=5) })
     * and what follows it (Liquibase's "[Failed SQL: ...]", PostgreSQL's "Position: n"). So the
     * same error reads the same whichever tool, or layer of a tool, printed it.
     */
    static String driverMessage(String raw) {
        String message = EXCEPTION_PREFIX.matcher(raw.strip()).replaceFirst("");
        for (Pattern preamble : PREAMBLES) {
            Matcher matcher = preamble.matcher(message);
            if (matcher.lookingAt()) {
                message = message.substring(matcher.end());
            }
        }
        return cutNoise(message);
    }

    /** A PostgreSQL error: by SQLSTATE when given, else by message; the generic entry when {@code always}. */
    static Resolved postgres(Catalogue catalogue, String state, String message, boolean always) {
        String text = cutNoise(message);
        if (state != null) {
            return new Resolved(catalogue.forCode("postgresql", state), text);
        }
        CatalogEntry entry = catalogue.forMessage("postgresql", text);
        if (entry != null) {
            return new Resolved(entry, text);
        }
        if (!always) {
            return null;
        }
        CatalogEntry generic = catalogue.generic("postgresql");
        return new Resolved(generic.forCode("postgresql.error", null, generic.title()), text);
    }

    /** The text after an Oracle code, up to the next code on the same line. */
    static String oracleMessage(String line, int from) {
        Matcher next = ORACLE_CODE.matcher(line);
        int end = next.find(from) ? next.start() : line.length();
        return line.substring(from, end).strip();
    }

    /** Drops what follows the driver's message: Liquibase's "[Failed SQL: ...]" and PostgreSQL's "Position: n". */
    static String cutNoise(String message) {
        String text = message;
        int failedSql = text.indexOf(" [Failed SQL:");
        if (failedSql >= 0) {
            text = text.substring(0, failedSql);
        }
        int position = text.indexOf("  Position: ");
        if (position >= 0) {
            text = text.substring(0, position);
        }
        return text.strip();
    }

    private static String validState(String sqlState) {
        return sqlState != null && SQLSTATE.matcher(sqlState).matches() ? sqlState : null;
    }

    private static String guessEngine(Catalogue catalogue, String sqlState, int vendorCode, String message) {
        if (catalogue.forMessage("sqlserver", message) != null
                || (sqlState != null && (sqlState.startsWith("S0") || sqlState.startsWith("S1")))) {
            return "sqlserver";
        }
        if (catalogue.forMessage("mysql", message) != null || vendorCode > 0) {
            return "mysql";
        }
        return null;
    }
}
