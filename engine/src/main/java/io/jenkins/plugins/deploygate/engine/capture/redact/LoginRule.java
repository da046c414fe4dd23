package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.List;

/**
 * Passwords given on a client's command line. Oracle's {@code user/secret[@db]}: after
 * {@code sqlplus}, {@code connect}/{@code conn}, {@code exp}, {@code imp}, {@code expdp},
 * {@code impdp}, {@code sqlldr}, {@code rman target}, {@code dgmgrl} (options before it allowed),
 * after {@code userid=}, and as a word of its own when a database follows ({@code app/secret@SHOP}).
 * MySQL's and MariaDB's {@code -psecret}, sqlcmd's and bcp's {@code -P secret}, curl's
 * {@code -u user:secret} and {@code --user user:secret}.
 */
final class LoginRule implements SecretRule {

    private static final List<String> ORACLE_CLIENTS =
            List.of("sqlplus", "connect", "conn", "expdp", "impdp", "exp", "imp", "sqlldr", "target", "dgmgrl");
    private static final int MAX_OPTIONS = 10;

    @Override
    public void mark(String line, Secrets secrets) {
        if (line.indexOf('/') >= 0) {
            oracleLogins(line, secrets);
        }
        if (line.contains("-p")
                && (Values.containsIgnoreCase(line, "mysql") || Values.containsIgnoreCase(line, "mariadb"))) {
            mysqlPassword(line, secrets);
        }
        if (line.contains("-P")
                && (Values.containsIgnoreCase(line, "sqlcmd") || Values.containsIgnoreCase(line, "bcp "))) {
            sqlcmdPassword(line, secrets);
        }
        if (line.contains("-u") && Values.containsIgnoreCase(line, "curl")) {
            curlUser(line, secrets);
        }
    }

    private static void oracleLogins(String line, Secrets secrets) {
        int i = 0;
        while (i < line.length()) {
            if (!Character.isLetter(line.charAt(i)) || (i > 0 && Values.isWordChar(line.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < line.length()
                    && (Values.isWordChar(line.charAt(wordEnd)) || "$#.".indexOf(line.charAt(wordEnd)) >= 0)) {
                wordEnd++;
            }
            if (isClient(line, i, wordEnd)) {
                i = afterClient(line, wordEnd, secrets);
            } else if (line.regionMatches(true, i, "userid", 0, 6) && wordEnd == i + 6) {
                int eq = Values.skipBlanks(line, wordEnd);
                i = eq < line.length() && line.charAt(eq) == '='
                        ? login(line, Values.skipBlanks(line, eq + 1), secrets, false)
                        : wordEnd;
            } else if (wordEnd < line.length() && line.charAt(wordEnd) == '/' && startsWord(line, i)) {
                i = login(line, i, secrets, true);
            } else {
                i = wordEnd;
            }
        }
    }

    private static boolean isClient(String line, int start, int end) {
        for (String client : ORACLE_CLIENTS) {
            if (end - start == client.length() && line.regionMatches(true, start, client, 0, client.length())) {
                return true;
            }
        }
        return false;
    }

    /** After a client's name: up to {@link #MAX_OPTIONS} options, then the login. */
    private static int afterClient(String line, int from, Secrets secrets) {
        int i = Values.skipBlanks(line, from);
        for (int options = 0; options < MAX_OPTIONS && i < line.length() && line.charAt(i) == '-'; options++) {
            i = Values.skipBlanks(line, Values.word(line, i, ""));
        }
        if (Values.wordAt(line, i, "userid")) {
            return i;
        }
        return i < line.length() && line.charAt(i) != '/' ? login(line, i, secrets, false) : Math.max(i, from);
    }

    /**
     * Marks the password of {@code user/secret[@db]} at {@code start}; with {@code needsDatabase}
     * only when a database follows. Returns where the login ends.
     */
    private static int login(String line, int start, Secrets secrets, boolean needsDatabase) {
        int i = start;
        if (i < line.length() && line.charAt(i) == '"') {
            i = Values.quoted(line, i);
        } else {
            while (i < line.length() && (Values.isWordChar(line.charAt(i)) || "$#.".indexOf(line.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (i == start || i >= line.length() || line.charAt(i) != '/') {
            return Math.max(i, start + 1);
        }
        int secret = i + 1;
        int end = secret < line.length() && line.charAt(secret) == '"' ? Values.quoted(line, secret) : secret;
        while (end < line.length()
                && !Character.isWhitespace(line.charAt(end))
                && "@/\"'".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        boolean database = end < line.length()
                && line.charAt(end) == '@'
                && end + 1 < line.length()
                && (Character.isLetterOrDigit(line.charAt(end + 1)) || "(/[".indexOf(line.charAt(end + 1)) >= 0);
        if (end > secret && (database || !needsDatabase)) {
            secrets.mark(secret, end);
        }
        return Math.max(end, start + 1);
    }

    private static boolean startsWord(String line, int at) {
        return at == 0 || " \t=\"'(".indexOf(line.charAt(at - 1)) >= 0;
    }

    /** {@code -psecret}: a word that starts with "-p" and goes on, when a MySQL client runs. */
    private static void mysqlPassword(String line, Secrets secrets) {
        for (int at = line.indexOf("-p"); at >= 0; at = line.indexOf("-p", at + 2)) {
            boolean option = at == 0 || Character.isWhitespace(line.charAt(at - 1));
            int value = at + 2;
            if (option
                    && value < line.length()
                    && !Character.isWhitespace(line.charAt(value))
                    && line.charAt(value) != '-') {
                secrets.mark(value, Values.word(line, value, ""));
            }
        }
    }

    /** {@code -P secret} or {@code -Psecret}, when sqlcmd or bcp runs. */
    private static void sqlcmdPassword(String line, Secrets secrets) {
        for (int at = line.indexOf("-P"); at >= 0; at = line.indexOf("-P", at + 2)) {
            boolean option = at == 0 || Character.isWhitespace(line.charAt(at - 1));
            int value = Values.skipBlanks(line, at + 2);
            if (option && value < line.length() && line.charAt(value) != '-') {
                secrets.mark(value, Values.word(line, value, ""));
            }
        }
    }

    /** curl's {@code -u user:secret}, {@code -uuser:secret}, {@code --user[=| ]user:secret}. */
    private static void curlUser(String line, Secrets secrets) {
        for (int at = line.indexOf("-u"); at >= 0; at = line.indexOf("-u", at + 2)) {
            if (at > 0 && !Character.isWhitespace(line.charAt(at - 1)) && line.charAt(at - 1) != '-') {
                continue;
            }
            int value = at + 2;
            if (line.startsWith("ser", value)) {
                value += 3;
            } else if (at > 0 && line.charAt(at - 1) == '-') {
                continue;
            }
            if (value < line.length() && line.charAt(value) == '=') {
                value++;
            }
            value = Values.skipBlanks(line, value);
            int end = Values.word(line, value, "");
            int colon = value;
            while (colon < end && line.charAt(colon) != ':') {
                colon++;
            }
            if (colon < end - 1) {
                secrets.mark(colon + 1, end);
            }
        }
    }
}
