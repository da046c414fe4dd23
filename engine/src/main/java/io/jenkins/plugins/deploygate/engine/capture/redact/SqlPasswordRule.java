package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * Passwords in SQL, wherever a tool echoes the statement (psql's {@code LINE n:}, the server's
 * {@code STATEMENT:}, Flyway's {@code Statement :}, Liquibase's {@code [Failed SQL: ...]}, MySQL's
 * {@code near '...'}, SQL*Plus): Oracle {@code IDENTIFIED BY x}, {@code IDENTIFIED BY "x"},
 * {@code IDENTIFIED BY VALUES 'hash'} and {@code ... REPLACE old}; MySQL {@code IDENTIFIED BY 'x'},
 * {@code IDENTIFIED WITH plugin BY 'x'} and {@code ... AS 'hash'}; MariaDB {@code USING
 * PASSWORD('x')}; PostgreSQL {@code PASSWORD 'x'} and {@code ENCRYPTED PASSWORD 'x'}; MySQL's
 * {@code PASSWORD('x')}. Quoted values may hold spaces and escaped or doubled quotes.
 */
final class SqlPasswordRule implements SecretRule {

    /** Where an unquoted password ends besides whitespace. */
    private static final String STOPS = ";,)]";

    @Override
    public void mark(String line, Secrets secrets) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c != 'i' && c != 'I' && c != 'p' && c != 'P') || (i > 0 && Values.isWordChar(line.charAt(i - 1)))) {
                continue;
            }
            if (Values.wordAt(line, i, "identified")) {
                i = identified(line, i + "identified".length(), secrets);
            } else if (Values.wordAt(line, i, "password")) {
                i = password(line, i + "password".length(), secrets);
            }
        }
    }

    /** After IDENTIFIED: {@code BY [VALUES] x [REPLACE y]} or {@code WITH plugin [BY|AS] x}. */
    private static int identified(String line, int from, Secrets secrets) {
        int i = Values.skipBlanks(line, from);
        if (Values.wordAt(line, i, "with")) {
            i = Values.skipBlanks(line, i + "with".length());
            int plugin = Values.word(line, i, STOPS);
            i = Values.skipBlanks(line, plugin);
            if (Values.wordAt(line, i, "as")) {
                return maskValue(line, Values.skipBlanks(line, i + 2), secrets);
            }
            if (Values.wordAt(line, i, "using")) {
                return Values.skipBlanks(line, i + "using".length()) - 1;
            }
        }
        if (!Values.wordAt(line, i, "by")) {
            return from - 1;
        }
        i = Values.skipBlanks(line, i + 2);
        if (Values.wordAt(line, i, "values")) {
            i = Values.skipBlanks(line, i + "values".length());
        }
        int end = maskValue(line, i, secrets);
        int replace = Values.skipBlanks(line, end + 1);
        if (Values.wordAt(line, replace, "replace")) {
            end = maskValue(line, Values.skipBlanks(line, replace + "replace".length()), secrets);
        }
        return end;
    }

    /** After PASSWORD: a quoted literal, directly or in {@code PASSWORD('x')}; {@code PASSWORD = 'x'} is a setting. */
    private static int password(String line, int from, Secrets secrets) {
        int i = Values.skipBlanks(line, from);
        if (i < line.length() && line.charAt(i) == '(') {
            i = Values.skipBlanks(line, i + 1);
        } else if (i == from) {
            return from - 1;
        }
        if (i + 1 < line.length() && (line.charAt(i) == 'E' || line.charAt(i) == 'e') && line.charAt(i + 1) == '\'') {
            i++;
        }
        if (i < line.length() && (line.charAt(i) == '\'' || line.charAt(i) == '"')) {
            return maskValue(line, i, secrets);
        }
        return from - 1;
    }

    /** Masks the value at {@code at}; returns the index of its last character. */
    private static int maskValue(String line, int at, Secrets secrets) {
        if (at >= line.length() || line.startsWith(Redactor.MASK, at)) {
            return Math.min(at, line.length() - 1);
        }
        char c = line.charAt(at);
        int end = c == '\'' || c == '"' ? Values.quoted(line, at) : Values.word(line, at, STOPS);
        // What sticks to a closing quote belongs to the value ('a'b is one word), but not a further
        // quote: MySQL's near '... BY 'x'' closes its own quoting there.
        while (end < line.length()
                && !Character.isWhitespace(line.charAt(end))
                && (STOPS + "'\"").indexOf(line.charAt(end)) < 0) {
            end++;
        }
        secrets.mark(at, end);
        return Math.max(at, end - 1);
    }
}
