package io.jenkins.plugins.deploygate.engine.rules;

import java.util.Locale;

/**
 * How environment names are compared, in one place for the gate and for the validation of the
 * rules. A requested name and a rule's name match <em>without regard to case and surrounding
 * whitespace</em>: {@code Production} and {@code production } are {@code production}, so that a
 * spelling in a Jenkinsfile cannot slip past the rule for it to a catch-all. A rule's name is
 * exact or a glob ({@code *} any run of characters, {@code ?} one character).
 *
 * <p>Names that only <em>look</em> alike (a Cyrillic {@code о} for a Latin {@code o}, a
 * zero-width space, one typing slip) do not match; {@link #looksLike} finds them, so that the gate
 * can refuse them instead of letting a catch-all open.
 */
public final class EnvironmentNames {

    /** Names shorter than this are not "one edit" from anything: {@code qa} and {@code qb} are both real. */
    private static final int SHORTEST_FOR_ONE_EDIT = 4;

    private EnvironmentNames() {}

    /** The form in which names are compared: surrounding whitespace stripped, lower case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is a glob (has {@code *} or {@code ?}). */
    public static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
    }

    /** Whether {@code name} matches every environment: {@code *} (or several stars). */
    public static boolean isCatchAll(String name) {
        String key = key(name);
        return !key.isEmpty() && key.chars().allMatch(c -> c == '*');
    }

    /** Whether the environment {@code name} is {@code rule}, or matches it as a glob. */
    public static boolean matches(String rule, String name) {
        return keyMatches(key(rule), key(name));
    }

    /**
     * Whether {@code requested} looks like the rule name {@code configured}: the same skeleton (see
     * {@link Confusables}), or, for exact names of four characters or more, one edit apart
     * (including a swap of neighbours) once both are in skeleton form. A glob looks like the names
     * its skeleton matches. Says nothing about whether they also match.
     */
    public static boolean looksLike(String requested, String configured) {
        String wanted = Confusables.skeleton(requested);
        String known = Confusables.skeleton(configured);
        if (isGlob(configured)) {
            return !isCatchAll(configured) && keyMatches(known, wanted);
        }
        if (wanted.equals(known)) {
            return true;
        }
        return known.length() >= SHORTEST_FOR_ONE_EDIT
                && NearMiss.withinOneEdit(wanted, known)
                && !numberedSiblings(wanted, known);
    }

    /**
     * Whether two names differ only in their numbers, like {@code db-1}, {@code db-2} and {@code
     * db-10}: siblings, not a typo of each other.
     */
    private static boolean numberedSiblings(String a, String b) {
        String numbersOfA = a.replaceAll("[0-9]+", "#");
        return numbersOfA.contains("#") && numbersOfA.equals(b.replaceAll("[0-9]+", "#"));
    }

    /**
     * Glob matching on keys with {@code *} and {@code ?}, without regular expressions: a gate tries
     * every rule up to the match, so matching must be cheap. Greedy with backtracking to the last
     * star, linear in practice.
     */
    static boolean keyMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                starText = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    /** The characters of a glob key before its first wildcard: every name it matches starts with them. */
    static String literalPrefix(String glob) {
        int end = 0;
        while (end < glob.length() && glob.charAt(end) != '*' && glob.charAt(end) != '?') {
            end++;
        }
        return glob.substring(0, end);
    }
}
