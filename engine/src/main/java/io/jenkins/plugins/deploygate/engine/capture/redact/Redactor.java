package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in a log line by {@code ****}: passwords in JDBC URLs and connection strings,
 * {@code -password=}/{@code --password=}, MySQL's {@code -p<secret>}, {@code PGPASSWORD=},
 * {@code IDENTIFIED BY <secret>}, Oracle {@code user/secret@db} logins and URL user-info
 * ({@code postgres://user:secret@host}) and sqlcmd's {@code -P secret}. Applied to every line before anything is kept.
 *
 * <p>Each rule is guarded by a cheap literal test, so ordinary lines cost a few {@code indexOf}s.
 * Rules are deliberately narrow (a key word, a URL scheme, a login keyword) so that ordinary text
 * such as paths, e-mail addresses or "password authentication failed" is left alone.
 */
public final class Redactor {

    public static final String MASK = "****";

    /*
     * The patterns with a value made of quoted and plain parts match only up to the value; the value's
     * end is found by scanValue. A regular expression for such a value ((?:"..."|x)+) recurses per
     * character in java.util.regex and overflows the stack on a long value.
     */

    /** {@code password=s}, {@code PWD=s}, {@code PGPASSWORD=s}, {@code --password s}: the value is the secret. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(?:pgpassword|mysql_pwd|password|passwd|pwd|pass)(?:\\s*=\\s*|(?<=-password|--pass)\\s+)");

    /** {@code scheme://user:secret@host}, JDBC URLs included. */
    private static final Pattern USER_INFO =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,30}://[^\\s/:@\"']{1,200}:)([^\\s@/\"']{1,200})(?=@)");

    /** {@code jdbc:oracle:thin:user/secret@host}. */
    private static final Pattern ORACLE_THIN =
            Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]{1,20}:[^\\s/@:\"']{1,200}/)([^\\s@\"']{1,200})(?=@)");

    /** {@code IDENTIFIED BY secret} and {@code IDENTIFIED BY "secret"}. */
    private static final Pattern IDENTIFIED_BY = Pattern.compile("(?i)\\bIDENTIFIED\\s+BY\\s+");

    /** {@code sqlplus user/secret}, {@code CONNECT user/secret@db}, {@code conn user/secret}. */
    private static final Pattern LOGIN_KEYWORD = Pattern.compile(
            "(?i)\\b(?:sqlplus|connect|conn|rman\\s+target|userid\\s*=)\\s+(?:-\\S{1,50}\\s+){0,10}\"?[A-Za-z0-9_$#.]{1,100}/");

    /** A stand-alone {@code user/secret@db} word. */
    private static final Pattern LOGIN_WORD = Pattern.compile(
            "((?:^|(?<=[\\s=\"'(]))[A-Za-z][A-Za-z0-9_$#.]{0,100}/)([^\\s/@\"']{1,200})(?=@[A-Za-z0-9(/\\[])");

    /** MySQL's {@code -psecret} (no space), only on a line that runs a MySQL client. */
    private static final Pattern MYSQL_P = Pattern.compile("((?:^|\\s)-p)([^\\s-][^\\s]*)");

    /** sqlcmd's and bcp's {@code -P secret}, only on a line that runs one of them. */
    private static final Pattern SQLCMD_P = Pattern.compile("(?:^|\\s)-P\\s*");

    private Redactor() {}

    /** {@code line} with every secret replaced by {@link #MASK}; the same string when it holds none. */
    public static String redact(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String result = line;
        String lower = null;
        if (containsIgnoreCase(result, "pass") || containsIgnoreCase(result, "pwd")) {
            result = replaceValues(KEY_VALUE, result, "{\"'", "&;,");
        }
        if (result.contains("://")) {
            result = replace(USER_INFO, result, 2);
        }
        if (result.indexOf('/') >= 0) {
            lower = result.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("jdbc:oracle:")) {
                result = replace(ORACLE_THIN, result, 2);
            }
            if (lower.contains("sqlplus")
                    || lower.contains("conn")
                    || lower.contains("rman")
                    || lower.contains("userid")) {
                result = replaceValues(LOGIN_KEYWORD, result, "\"", "@/");
            }
            if (result.indexOf('@') >= 0) {
                result = replace(LOGIN_WORD, result, 2);
            }
        }
        if (containsIgnoreCase(result, "identified")) {
            result = replaceValues(IDENTIFIED_BY, result, "\"", ";");
        }
        if (result.contains("-p")
                        && (lower == null ? result.toLowerCase(java.util.Locale.ROOT) : lower).contains("mysql")
                || result.contains("-p") && containsIgnoreCase(result, "mariadb")) {
            result = replace(MYSQL_P, result, 2);
        }
        if (result.contains("-P") && (containsIgnoreCase(result, "sqlcmd") || containsIgnoreCase(result, "bcp "))) {
            result = replaceValues(SQLCMD_P, result, "\"'", "");
        }
        return result;
    }

    private static String replace(Pattern pattern, String text, int secretGroup) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            if (matcher.group(secretGroup).equals(MASK)) {
                continue;
            }
            out.append(text, last, matcher.start(secretGroup)).append(MASK);
            last = matcher.end(secretGroup);
        } while (matcher.find());
        out.append(text, last, text.length());
        return out.toString();
    }

    /** Masks the value that follows each match of {@code key} (see {@link #scanValue}). */
    private static String replaceValues(Pattern key, String text, String quotes, String stops) {
        Matcher matcher = key.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int start = matcher.end();
            int end = scanValue(text, start, quotes, stops);
            boolean masked = end - start == MASK.length() && text.startsWith(MASK, start);
            if (end > start && !masked) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, start).append(MASK);
                last = end;
            }
            from = Math.max(end, matcher.end() + (matcher.end() == matcher.start() ? 1 : 0));
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * The end of a value starting at {@code from}: it runs to whitespace or one of {@code stops};
     * a part opened by one of {@code quotes} ({@code "}, {@code '}, or {@code &#123;} closed by
     * {@code &#125;}) runs to its closing character, or to the end of the line when unclosed.
     */
    static int scanValue(String text, int from, String quotes, String stops) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quotes.indexOf(c) >= 0) {
                int close = text.indexOf(c == '{' ? '}' : c, i + 1);
                i = close < 0 ? text.length() : close + 1;
            } else if (Character.isWhitespace(c) || stops.indexOf(c) >= 0) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean containsIgnoreCase(String text, String lowerNeedle) {
        int n = lowerNeedle.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
