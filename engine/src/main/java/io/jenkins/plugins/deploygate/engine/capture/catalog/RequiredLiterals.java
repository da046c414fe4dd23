package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Literal texts of which every match of a pattern contains one: for each top-level alternative of
 * the pattern, its longest run of plain characters outside groups, classes and optional parts.
 * A message that contains none of them cannot match, which a {@code String.contains} tells at a
 * fraction of what running the pattern costs; the catalogue tries its message patterns that way.
 * A pattern with an alternative without such a run (three characters or more), or one that is
 * case-insensitive, has none: it is always run.
 */
final class RequiredLiterals {

    private static final int SHORTEST = 3;

    private RequiredLiterals() {}

    static Optional<List<String>> of(String regex) {
        if (regex.startsWith("(?i)") || regex.toLowerCase(Locale.ROOT).contains("(?i")) {
            return Optional.empty();
        }
        List<String> literals = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String longest = longestRun(alternative);
            if (longest.length() < SHORTEST) {
                return Optional.empty();
            }
            literals.add(longest);
        }
        return Optional.of(List.copyOf(literals));
    }

    /** {@code regex} split at its {@code |} outside groups and classes. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /**
     * The longest run of characters that every match of {@code alternative} holds as they are:
     * plain characters and escaped punctuation at depth 0, a run ending before a character that a
     * quantifier makes optional or repeats.
     */
    private static String longestRun(String alternative) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            char literal = 0;
            boolean isLiteral = false;
            if (inClass) {
                inClass = c != ']';
            } else if (c == '\\' && i + 1 < alternative.length()) {
                char escaped = alternative.charAt(++i);
                isLiteral = depth == 0 && !Character.isLetterOrDigit(escaped);
                literal = escaped;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else {
                isLiteral = depth == 0 && ".^$*+?{}|".indexOf(c) < 0;
                literal = c;
            }
            boolean quantified = i + 1 < alternative.length() && "*?{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (isLiteral && !quantified) {
                run.append(literal);
            } else {
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
            }
        }
        return run.length() > longest.length() ? run.toString() : longest;
    }
}
