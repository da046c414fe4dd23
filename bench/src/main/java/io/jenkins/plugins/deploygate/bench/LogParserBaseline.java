package io.jenkins.plugins.deploygate.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The peer baseline: the method of Jenkins' Log Parser plugin, which decodes every line and tries
 * every rule's regular expression on it. The rules are the error shapes Deploy Gate recognises
 * (the same expressions the whole-process comparison gives {@code grep -E}), so both find the same
 * lines; only the method differs.
 */
public final class LogParserBaseline {

    /** One rule per error shape, as a DBA would write them in a Log Parser rules file. */
    public static final List<String> RULES = List.of(
            "(ORA|PLS)-[0-9]{5}",
            "SP2-[0-9]{4}",
            "ERROR at line [0-9]+:",
            "created with compilation errors",
            "psql:[^ ]+:[0-9]+: (ERROR|FATAL|PANIC):",
            "(ERROR|FATAL|PANIC):  ",
            "ERROR [0-9]+ \\([0-9A-Z]{5}\\)",
            "Msg [0-9]+, Level [0-9]+, State [0-9]+",
            "Migration [^ ]* failed",
            "Migration checksum mismatch",
            "Detected failed migration to version",
            "Migration failed for change ?set",
            "Change ?Set [^ ]+ (failed|encountered an exception)",
            "was: [^ ]+ but is now: ",
            "Could not acquire change ?log lock");

    private final List<Pattern> patterns = RULES.stream().map(Pattern::compile).toList();

    /** The number of lines at least one rule matches. */
    public long scan(byte[] log) {
        long matched = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(log), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                for (Pattern pattern : patterns) {
                    if (pattern.matcher(line).find()) {
                        matched++;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matched;
    }

    /** The rules as one {@code grep -E} expression, for the whole-process comparison. */
    public static String grepExpression() {
        return String.join("|", RULES);
    }

    public static void main(String[] args) {
        System.out.println(grepExpression());
    }
}
