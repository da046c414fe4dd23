package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.List;

/**
 * Which names of settings, options, variables and fields hold a secret: those ending in a secret
 * word ({@code password}, {@code adminPassword}, {@code SQLCMDPASSWORD}, {@code DB_PASS},
 * {@code GITHUB_TOKEN}, {@code client_secret}, {@code AccountKey}, ...), in any case. A short word
 * ({@code pass}, {@code pwd}) counts only as a word of its own inside the name, so that
 * {@code bypass} and {@code OLDPWD} are not taken for one.
 */
final class SecretKeys {

    /** Secret words that end a name wherever they start, in lower case. */
    private static final List<String> LONG_WORDS = List.of(
            "password",
            "passwd",
            "passphrase",
            "secret",
            "token",
            "apikey",
            "api_key",
            "api-key",
            "accesskey",
            "access_key",
            "access-key",
            "secretkey",
            "privatekey",
            "private_key",
            "accountkey",
            "credential",
            "credentials",
            "signature");

    /** Secret words that must stand as a word of the name: start, after '_', '-' or '.', or camel case. */
    private static final List<String> SHORT_WORDS = List.of("pass", "pwd", "pw", "sig");

    private SecretKeys() {}

    /** The last letters of the secret words: most names end otherwise and need no comparison. */
    private static final String LAST_LETTERS = "detnylswgDETNYLSWG";

    /** Whether the name {@code [start, end)} of {@code text} holds a secret. */
    static boolean isSecret(String text, int start, int end) {
        if (end <= start || LAST_LETTERS.indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        for (String word : LONG_WORDS) {
            if (endsWith(text, start, end, word)) {
                return true;
            }
        }
        for (String word : SHORT_WORDS) {
            int wordStart = end - word.length();
            if (endsWith(text, start, end, word) && standsAlone(text, start, wordStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String text, int start, int end, String word) {
        return end - start >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    private static boolean standsAlone(String text, int start, int wordStart) {
        if (wordStart == start) {
            return true;
        }
        char before = text.charAt(wordStart - 1);
        return before == '_'
                || before == '-'
                || before == '.'
                || Character.isLowerCase(before) && Character.isUpperCase(text.charAt(wordStart));
    }

    /** A character of a name: letters, digits, '_', '-', '.'. */
    static boolean isNameChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }
}
