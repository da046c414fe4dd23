package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal strings of which every line a detector can act on contains at least one. A scan
 * decides on raw bytes whether a line holds one of them, and decodes and analyses only those lines
 * (plus the lines an open block asks for), which keeps the cost of an ordinary line to a byte scan.
 */
public final class Anchors {

    static final List<String> BUILT_IN = builtIn();

    /**
     * Lines in which a migration tool says what it is doing: frequent, never an error, but the
     * changeset an error of the next lines broke (see {@link ProgressLines}).
     */
    public static final List<String> PROGRESS =
            List.of("Running Changeset:", "Rolling Back Changeset:", "Starting Liquibase at", "UPDATE SUMMARY");

    /*
     * Every anchor is seven bytes or more, so that a scan finds it by its four-byte runs probing
     * every fourth byte (see AnchorFilter), and specific enough that ordinary text rarely holds its
     * runs: "ERROR" in the forms tools print it (PostgreSQL's "ERROR:  ", MySQL's "ERROR 1146",
     * SQL*Plus's "ERROR at line", Maven's "[ERROR]", a logger's " ERROR "; SQL*Plus's bare
     * "ERROR:" line is read back from the ORA- line under it); Oracle's codes one anchor each,
     * digits matched as a class ('#'); a JDBC URL with its engine; psql's "psql: " with the word
     * after it; Gradle's Flyway failure by its own line, as what it prints below holds no anchor.
     */
    private static List<String> builtIn() {
        return List.of(
                "ERROR: ",
                "ERROR ####",
                "ERROR at",
                "[ERROR]",
                " ERROR ",
                "ERROR [",
                "FATAL: ",
                "PANIC: ",
                ", Level ",
                "Detected failed",
                "contains a failed",
                "failed. Error:",
                "encountered an exception",
                "Could not acquire",
                "was: #:",
                "with compilation errors",
                "LINE/COL",
                "jdbc:postgresql",
                "jdbc:oracle",
                "jdbc:mysql",
                "jdbc:mariadb",
                "jdbc:sqlserver",
                "jdbc:jtds",
                "psql: error",
                "psql: could not",
                ": error: ",
                "Error: ####-",
                "Sqlcmd: Error",
                "Caused by:",
                "Exception:",
                "Unexpected error running Liquibase",
                "occurred while executing",
                "\"errorCode\"",
                "\\nSQL State",
                "ORA-#####",
                "PLS-#####",
                "SP2-####: ",
                // No errors: where a new run starts, after which nothing echoes an earlier report.
                "Scanning for projects",
                " by Redgate");
    }

    private Anchors() {}

    /**
     * The anchors for {@code catalogue}, or empty when one of the DBA's patterns has no literal
     * anchor (then every line must be analysed).
     */
    public static Optional<List<String>> of(Catalogue catalogue) {
        List<String> anchors = new ArrayList<>(BUILT_IN);
        for (Catalogue.CompiledEntry custom : catalogue.lineEntries()) {
            String literal = literalPrefix(custom.entry().pattern());
            if (literal == null) {
                return Optional.empty();
            }
            anchors.add(literal);
        }
        return Optional.of(List.copyOf(anchors));
    }

    /** The literal text every match of {@code regex} starts with, if 3 characters or more; else null. */
    static String literalPrefix(String regex) {
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
                if ((c == '*' || c == '?' || c == '{') && literal.length() > 0) {
                    literal.setLength(literal.length() - 1);
                }
                if (c == '^' && i == 0) {
                    continue;
                }
                break;
            }
            literal.append(c);
        }
        return literal.length() >= 3 ? literal.toString() : null;
    }
}
