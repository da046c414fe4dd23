package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * The password in a URL's user information, {@code scheme://user:secret@host} (JDBC URLs
 * included), even when the password holds an unencoded {@code @} or {@code /}: it runs to the last
 * {@code @} of the URL that a host follows. Oracle's thin driver puts it elsewhere:
 * {@code jdbc:oracle:thin:user/secret@host}. {@code https://host:8443/path} has a port, not a
 * password.
 */
final class UrlCredentialRule implements SecretRule {

    private static final String ORACLE = "jdbc:oracle:";

    @Override
    public void mark(String line, Secrets secrets) {
        int from = 0;
        for (int scheme = line.indexOf("://"); scheme >= 0; scheme = line.indexOf("://", from)) {
            from = userInfo(line, scheme + 3, secrets);
        }
        for (int oracle = indexOfIgnoreCase(line, ORACLE, 0); oracle >= 0; ) {
            int end = thinLogin(line, oracle + ORACLE.length(), secrets);
            oracle = indexOfIgnoreCase(line, ORACLE, end);
        }
    }

    /** Marks the password of the authority starting at {@code start}; returns where the URL ends. */
    private static int userInfo(String line, int start, Secrets secrets) {
        int end = urlEnd(line, start);
        int colon = -1;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == '@' || c == '/' || c == '?' || c == '#') {
                return end;
            }
        }
        if (colon < 0 || isPort(line, colon + 1, end)) {
            return end;
        }
        int at = lastHostAt(line, colon + 1, end);
        if (at > colon + 1) {
            secrets.mark(colon + 1, at);
        }
        return end;
    }

    /**
     * {@code jdbc:oracle:thin:user/secret@host}: the part after the first '/' up to the last '@'.
     * Returns where the URL ends, so that each part of the line is read once.
     */
    private static int thinLogin(String line, int from, Secrets secrets) {
        int end = urlEnd(line, from);
        int colon = -1;
        for (int i = from; i < end && i - from <= 20; i++) {
            if (line.charAt(i) == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return Math.max(from, end);
        }
        int slash = -1;
        for (int i = colon + 1; i < end; i++) {
            char c = line.charAt(i);
            if (c == '/') {
                slash = i;
                break;
            }
            if (c == '@' || c == ':') {
                return end;
            }
        }
        int at = slash > colon + 1 ? lastHostAt(line, slash + 1, end) : -1;
        if (at > slash + 1) {
            secrets.mark(slash + 1, at);
        }
        return end;
    }

    /** Where the URL starting at {@code from} ends: whitespace, a quote or an angle bracket. */
    private static int urlEnd(String line, int from) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether {@code [from, end)} starts with a port number that ends the authority. */
    private static boolean isPort(String line, int from, int end) {
        int i = from;
        while (i < end && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > from && (i == end || "/?#;,".indexOf(line.charAt(i)) >= 0);
    }

    /** The last '@' in {@code [from, end)} followed by the start of a host name, or -1. */
    private static int lastHostAt(String line, int from, int end) {
        for (int i = end - 2; i >= from; i--) {
            char next = line.charAt(i + 1);
            if (line.charAt(i) == '@'
                    && (Character.isLetterOrDigit(next) || next == '[' || next == '(' || next == '/')) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code jdbc:oracle:} starts, in any case, at or after {@code from}; found by its colons. */
    private static int indexOfIgnoreCase(String line, String lowerNeedle, int from) {
        // Each ':' is a candidate for the needle's first colon ("jdbc:"): an intrinsic search between them.
        int firstColon = lowerNeedle.indexOf(':');
        for (int colon = line.indexOf(':', from + firstColon); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int start = colon - firstColon;
            if (line.regionMatches(true, start, lowerNeedle, 0, lowerNeedle.length())) {
                return start;
            }
        }
        return -1;
    }
}
