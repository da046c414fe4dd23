package io.jenkins.plugins.deploygate.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser of captured output: it replaces what differs from one run to the next, and
 * nothing else, so that a fixture stays stable and is otherwise exactly the tool's text. It works
 * line by line and never adds or removes a line, so a finding's line is the same in the raw and in
 * the normalised output. What it replaces, and with what:
 *
 * <ul>
 *   <li>the scenario's temporary directory: {@code /work/shop-db};
 *   <li>the servers' free ports: the engine's usual port (PostgreSQL 5432, MariaDB 3306), and the
 *       port nothing listens on: 5433 and 3307;
 *   <li>date-times with seconds ({@code 2026-12-01T22:34:00Z}, {@code 2026-12-01 22:34:00.123}):
 *       {@code 2026-11-20} {@code 14:00:00}, same separators, fraction digits zeroed (nine of them
 *       for a fraction finer than milliseconds), zone kept;
 *   <li>Liquibase's start time ({@code Starting Liquibase at 22:35:11}): {@code 14:00:00};
 *   <li>durations: Maven's {@code Total time:  2.109 s}, Flyway's {@code execution time
 *       00:00.061s} and, in its JSON, {@code "executionTime" : 61} and {@code "totalMigrationTime" :
 *       61}, Liquibase's {@code ran successfully in 35ms}: {@code 1.000 s}, {@code 00:00.010s},
 *       {@code 10}, {@code 10ms};
 *   <li>Liquibase's deployment id ({@code Using deploymentId: 6165834432}): {@code 1000000000};
 *   <li>server-side ids: MariaDB's connection id {@code (conn=5)}: 1; PostgreSQL's process and
 *       transaction numbers in a deadlock's detail ({@code Process 4242 waits for ShareLock on
 *       transaction 771}): 1000 and up, and 700 and up, in order of appearance.
 * </ul>
 */
final class ConsoleNormaliser {

    static final String WORKSPACE = "/work/shop-db";

    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ])\\d{2}:\\d{2}:\\d{2}(?:([.,])(\\d{1,9}))?");
    private static final Pattern LIQUIBASE_START = Pattern.compile("(Starting Liquibase at )\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern MAVEN_TOTAL_TIME = Pattern.compile("(Total time: +)\\S+ (s|min)");
    private static final Pattern FLYWAY_EXECUTION_TIME = Pattern.compile("(execution time )\\d{2}:\\d{2}\\.\\d{3}s");
    private static final Pattern LIQUIBASE_RAN_IN = Pattern.compile("( ran successfully in )\\d+ms");
    private static final Pattern FLYWAY_JSON_TIME =
            Pattern.compile("(\"(?:executionTime|totalMigrationTime)\" : )\\d+");
    private static final Pattern LIQUIBASE_DEPLOYMENT_ID = Pattern.compile("(deploymentId: )\\d+");
    private static final Pattern MARIADB_CONNECTION = Pattern.compile("\\(conn=\\d+\\)");
    private static final Pattern POSTGRES_PROCESS = Pattern.compile("((?:P|p)rocess )(\\d+)");
    private static final Pattern POSTGRES_TRANSACTION = Pattern.compile("(transaction )(\\d+)");

    private final Map<String, String> literals;

    /**
     * @param literals values of this run (a directory, a port) and what to show instead, replaced
     *     wherever they appear; a number only where no digit is next to it
     */
    ConsoleNormaliser(Map<String, String> literals) {
        this.literals = new LinkedHashMap<>(literals);
    }

    String normalise(String output) {
        Map<String, String> processes = new LinkedHashMap<>();
        Map<String, String> transactions = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            String text = line;
            for (Map.Entry<String, String> literal : literals.entrySet()) {
                text = replaceLiteral(text, literal.getKey(), literal.getValue());
            }
            text = replaceDateTimes(text);
            text = LIQUIBASE_START.matcher(text).replaceAll("$114:00:00");
            text = MAVEN_TOTAL_TIME.matcher(text).replaceAll("$11.000 s");
            text = FLYWAY_EXECUTION_TIME.matcher(text).replaceAll("$100:00.010s");
            text = LIQUIBASE_RAN_IN.matcher(text).replaceAll("$110ms");
            text = FLYWAY_JSON_TIME.matcher(text).replaceAll("$110");
            text = LIQUIBASE_DEPLOYMENT_ID.matcher(text).replaceAll("$11000000000");
            text = MARIADB_CONNECTION.matcher(text).replaceAll("(conn=1)");
            text = numberInOrder(text, POSTGRES_PROCESS, processes, 1000);
            text = numberInOrder(text, POSTGRES_TRANSACTION, transactions, 700);
            lines.add(text);
        }
        return String.join("\n", lines);
    }

    private static String replaceLiteral(String text, String value, String replacement) {
        if (value.chars().allMatch(Character::isDigit)) {
            return text.replaceAll("(?<!\\d)" + value + "(?!\\d)", replacement);
        }
        return text.replace(value, replacement);
    }

    private static String replaceDateTimes(String text) {
        Matcher matcher = DATE_TIME.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String fixed = "2026-11-20" + matcher.group(1) + "14:00:00";
            if (matcher.group(2) != null) {
                // A clock of nanoseconds prints up to nine digits, fewer when the last are zeros
                // (Flyway's JSON "timestamp"): the number of digits differs from run to run.
                int digits = matcher.group(3).length();
                fixed += matcher.group(2) + "0".repeat(digits > 3 ? 9 : digits);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(fixed));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The same number for the same id within one output, so that "process A waits for B" still reads. */
    private static String numberInOrder(String text, Pattern pattern, Map<String, String> seen, int first) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String number = seen.computeIfAbsent(matcher.group(2), id -> Integer.toString(first + seen.size()));
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + number));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
