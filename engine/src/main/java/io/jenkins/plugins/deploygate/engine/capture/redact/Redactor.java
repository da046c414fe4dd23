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

    /** {@code password=s}, {@code PWD=s}, {@code PGPASSWORD=s}, {@code --password s}: the value is the secret. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?<![A-Za-z0-9])(?:pgpassword|mysql_pwd|password|passwd|pwd|pass)(?:\\s*=\\s*|(?<=-password|--pass)\\s+))"
                    + "((?:\\{[^}]*\\}|\"[^\"]*\"|'[^']*'|[^\\s&;,'\"])+)");

    /** {@code scheme://user:secret@host}, JDBC URLs included. */
    private static final Pattern USER_INFO =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,30}://[^\\s/:@\"']{1,200}:)([^\\s@/\"']{1,200})(?=@)");

    /** {@code jdbc:oracle:thin:user/secret@host}. */
    private static final Pattern ORACLE_THIN =
            Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]{1,20}:[^\\s/@:\"']{1,200}/)([^\\s@\"']{1,200})(?=@)");

    /** {@code IDENTIFIED BY secret} and {@code IDENTIFIED BY "secret"}. */
    private static final Pattern IDENTIFIED_BY =
            Pattern.compile("(?i)(\\bIDENTIFIED\\s+BY\\s+)((?:\"[^\"]*\"|[^\\s;\"])+)");

    /** {@code sqlplus user/secret}, {@code CONNECT user/secret@db}, {@code conn user/secret}. */
    private static final Pattern LOGIN_KEYWORD = Pattern.compile(
            "(?i)(\\b(?:sqlplus|connect|conn|rman\\s+target|userid\\s*=)\\s+(?:-\\S{1,50}\\s+){0,10}\"?[A-Za-z0-9_$#.]{1,100}/)"
                    + "((?:\"[^\"]*\"|[^\\s@\"/])+)");

    /** A stand-alone {@code user/secret@db} word. */
    private static final Pattern LOGIN_WORD = Pattern.compile(
            "((?:^|(?<=[\\s=\"'(]))[A-Za-z][A-Za-z0-9_$#.]{0,100}/)([^\\s/@\"']{1,200})(?=@[A-Za-z0-9(/\\[])");

    /** MySQL's {@code -psecret} (no space), only on a line that runs a MySQL client. */
    private static final Pattern MYSQL_P = Pattern.compile("((?:^|\\s)-p)([^\\s-][^\\s]*)");

    /** sqlcmd's and bcp's {@code -P secret}, only on a line that runs one of them. */
    private static final Pattern SQLCMD_P = Pattern.compile("((?:^|\\s)-P\\s*)((?:\"[^\"]*\"|'[^']*'|[^\\s\"'])+)");

    private Redactor() {}

    /** {@code line} with every secret replaced by {@link #MASK}; the same string when it holds none. */
    public static String redact(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String result = line;
        String lower = null;
        if (containsIgnoreCase(result, "pass") || containsIgnoreCase(result, "pwd")) {
            result = replace(KEY_VALUE, result, 2);
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
                result = replace(LOGIN_KEYWORD, result, 2);
            }
            if (result.indexOf('@') >= 0) {
                result = replace(LOGIN_WORD, result, 2);
            }
        }
        if (containsIgnoreCase(result, "identified")) {
            result = replace(IDENTIFIED_BY, result, 2);
        }
        if (result.contains("-p")
                        && (lower == null ? result.toLowerCase(java.util.Locale.ROOT) : lower).contains("mysql")
                || result.contains("-p") && containsIgnoreCase(result, "mariadb")) {
            result = replace(MYSQL_P, result, 2);
        }
        if (result.contains("-P") && (containsIgnoreCase(result, "sqlcmd") || containsIgnoreCase(result, "bcp "))) {
            result = replace(SQLCMD_P, result, 2);
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
