package io.jenkins.plugins.deploygate.engine.capture.catalog;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * Catalogue patterns, compiled on RE2/J: its matching time is linear in the length of the line
 * whatever the pattern, so a pattern a DBA writes (or a hostile line it meets) can never stall a
 * scan the way a backtracking engine can. The price is the constructs that need backtracking;
 * a pattern using one is refused with a sentence that names the construct and says why.
 */
public final class LinearPattern {

    private static final String WHY = ", which Deploy Gate does not allow because it runs catalogue patterns"
            + " on a linear-time engine (RE2/J) so that no pattern can stall a scan";

    private LinearPattern() {}

    /**
     * {@code regex} compiled for {@code find} on log lines.
     *
     * @throws IllegalArgumentException {@code pattern "..." uses ...}, naming what is refused
     */
    public static Pattern compile(String regex) {
        Optional<String> refused = unsupportedConstruct(regex);
        if (refused.isPresent()) {
            throw new IllegalArgumentException("pattern \"" + regex + "\" uses " + refused.get() + WHY);
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "pattern is not a valid regular expression: " + e.getDescription() + " in '" + regex + "'");
        }
    }

    /** Why {@code regex} is refused, as {@link #compile} would say it; empty when it is accepted. */
    public static Optional<String> problem(String regex) {
        try {
            compile(regex);
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /**
     * The first construct of {@code regex} that only a backtracking engine supports, in words.
     * Escapes and character classes are skipped, so {@code [(?=]} or {@code \(?=} are not taken for
     * a look-ahead.
     */
    static Optional<String> unsupportedConstruct(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                if (!inClass && escaped >= '1' && escaped <= '9' || escaped == 'k' && !inClass) {
                    return Optional.of("a back-reference (\\" + escaped + ")");
                }
                if (escaped == 'G' || escaped == 'Z') {
                    return Optional.of("the anchor \\" + escaped + ", which only Java's engine knows (use \\z or $)");
                }
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
                // A ']' right after '[' or '[^' is a literal, not the end of the class.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(' && regex.startsWith("(?", i)) {
                Optional<String> group = group(regex, i + 2);
                if (group.isPresent()) {
                    return group;
                }
            } else if (c == '+' && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0 && !escapedAt(regex, i - 1)) {
                return Optional.of("a possessive quantifier (" + regex.charAt(i - 1) + "+)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> group(String regex, int at) {
        if (regex.startsWith("=", at) || regex.startsWith("!", at)) {
            return Optional.of("a look-ahead (?" + regex.charAt(at) + "...)");
        }
        if (regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
            return Optional.of("a look-behind (?" + regex.substring(at, at + 2) + "...)");
        }
        if (regex.startsWith(">", at)) {
            return Optional.of("an atomic group (?>...)");
        }
        return Optional.empty();
    }

    /** Whether the character at {@code index} is escaped by an odd number of backslashes. */
    private static boolean escapedAt(String regex, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return (backslashes & 1) == 1;
    }
}
