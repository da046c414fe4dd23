package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * A {@code .pgpass} line, {@code hostname:port:database:username:password}, as {@code cat} shows
 * it: a word of five colon-separated fields (colons escaped by a backslash do not count) whose
 * port is a number or {@code *}. The last field is the password.
 */
final class PgpassRule implements SecretRule {

    private static final int FIELDS = 5;

    @Override
    public void mark(String line, Secrets secrets) {
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            int[] colons = new int[FIELDS];
            int count = 0;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == ':') {
                    if (count < FIELDS) {
                        colons[count] = i;
                    }
                    count++;
                }
                i++;
            }
            if (count == FIELDS - 1 && isEntry(line, start, colons, Math.min(i, line.length()))) {
                secrets.mark(colons[FIELDS - 2] + 1, Math.min(i, line.length()));
            }
        }
    }

    private static boolean isEntry(String line, int start, int[] colons, int end) {
        if (colons[0] == start || colons[3] + 1 >= end) {
            return false;
        }
        for (int f = 0; f < FIELDS - 2; f++) {
            if (colons[f + 1] == colons[f] + 1) {
                return false;
            }
        }
        String port = line.substring(colons[0] + 1, colons[1]);
        return port.equals("*") || (port.length() <= 5 && port.chars().allMatch(Character::isDigit));
    }
}
