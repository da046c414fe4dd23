package io.jenkins.plugins.deploygate.engine.capture.real;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of what each real tool run must give, {@code logs/real/expected-findings.txt},
 * read by the fast fixture test here and by the live test of the {@code it-databases} module.
 *
 * <p>One row per expected ERROR finding, columns separated by spaces: scenario, exit status, id,
 * code, tool, migration ({@code version|script|line}, and {@code |author} for a Liquibase
 * changeset), line, then the failing statement the finding keeps, if any, to the end of the row
 * (white space collapsed); {@code -} for an empty column. A
 * scenario without an ERROR finding has one row ending in {@code clean} (exit status 0) or
 * {@code unrecognised} (any other exit status). {@code #} starts a comment line.
 */
public final class ExpectationsTable {

    public static final String RESOURCE = "/logs/real/expected-findings.txt";
    static final String CLEAN = "clean";
    static final String UNRECOGNISED = "unrecognised";

    private ExpectationsTable() {}

    /** The table on the class path. */
    public static List<ExpectedScan> load() {
        try (InputStream in = ExpectationsTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios of {@code lines}, in the table's order. */
    public static List<ExpectedScan> parse(List<String> lines) {
        Map<String, Integer> exits = new LinkedHashMap<>();
        Map<String, List<ExpectedFinding>> findings = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\s+");
            try {
                String scenario = columns[0];
                int exit = Integer.parseInt(columns[1]);
                Integer earlier = exits.putIfAbsent(scenario, exit);
                if (earlier != null && earlier != exit) {
                    throw new IllegalArgumentException(
                            "exit status " + exit + " differs from the " + earlier + " of the scenario's earlier row");
                }
                List<ExpectedFinding> rows = findings.computeIfAbsent(scenario, key -> new ArrayList<>());
                if (columns.length == 3) {
                    checkNoFinding(columns[2], exit, !rows.isEmpty());
                } else if (columns.length >= 7) {
                    rows.add(ExpectedFinding.parse(columns, 2));
                } else {
                    throw new IllegalArgumentException(
                            "expected 3 columns, or 7 and a statement, found " + columns.length);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        RESOURCE + " line " + number + " (" + line + "): " + e.getMessage(), e);
            }
        }
        return exits.entrySet().stream()
                .map(entry -> new ExpectedScan(entry.getKey(), entry.getValue(), findings.get(entry.getKey())))
                .toList();
    }

    private static void checkNoFinding(String word, int exit, boolean hasFindings) {
        String expected = exit == 0 ? CLEAN : UNRECOGNISED;
        if (!word.equals(expected)) {
            throw new IllegalArgumentException(
                    "a scenario without findings that exits " + exit + " is '" + expected + "', not '" + word + "'");
        }
        if (hasFindings) {
            throw new IllegalArgumentException("'" + word + "' for a scenario that has findings");
        }
    }
}
