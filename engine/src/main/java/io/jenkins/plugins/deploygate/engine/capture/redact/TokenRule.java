package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.List;

/**
 * Tokens recognised by their own shape, wherever they stand (the forms gitleaks and detect-secrets
 * look for): AWS access key ids ({@code AKIA...}), GitHub tokens ({@code ghp_}, {@code gho_},
 * {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}), GitLab tokens ({@code glpat-} and
 * its kin), Slack tokens ({@code xoxb-}, ...) and incoming webhooks, JSON web tokens, and the
 * credentials of an HTTP {@code Authorization} header ({@code Bearer}, {@code Basic}, or any scheme).
 */
final class TokenRule implements SecretRule {

    /** A prefix, and how many token characters at least must follow it. */
    private record Shape(String prefix, int minimum) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("AKIA", 16),
            new Shape("ASIA", 16),
            new Shape("ABIA", 16),
            new Shape("ACCA", 16),
            new Shape("A3T", 17),
            new Shape("ghp_", 30),
            new Shape("gho_", 30),
            new Shape("ghu_", 30),
            new Shape("ghs_", 30),
            new Shape("ghr_", 30),
            new Shape("github_pat_", 22),
            new Shape("glpat-", 20),
            new Shape("gldt-", 20),
            new Shape("glrt-", 20),
            new Shape("glptt-", 20),
            new Shape("glft-", 20),
            new Shape("glimt-", 20),
            new Shape("glsoat-", 20),
            new Shape("glcbt-", 20),
            new Shape("gloas-", 20),
            new Shape("GR1348941", 20),
            new Shape("xoxb-", 10),
            new Shape("xoxp-", 10),
            new Shape("xoxa-", 10),
            new Shape("xoxr-", 10),
            new Shape("xoxs-", 10),
            new Shape("xoxe-", 10),
            new Shape("xapp-", 10));

    private static final String SLACK_HOOKS = "hooks.slack.com/";
    private static final String JWT = "eyJ";

    @Override
    public void mark(String line, Secrets secrets) {
        for (Shape shape : SHAPES) {
            for (int at = line.indexOf(shape.prefix()); at >= 0; at = line.indexOf(shape.prefix(), at + 1)) {
                int end = tokenEnd(line, at + shape.prefix().length());
                if (end - at - shape.prefix().length() >= shape.minimum()
                        && (at == 0 || !Values.isWordChar(line.charAt(at - 1)))) {
                    secrets.mark(at, end);
                }
                // A prefix further inside this run of token characters cannot start a token.
                at = Math.max(at, end - 1);
            }
        }
        for (int at = line.indexOf(SLACK_HOOKS); at >= 0; at = line.indexOf(SLACK_HOOKS, at + 1)) {
            int kind = at + SLACK_HOOKS.length();
            int end = tokenEnd(line, kind);
            int path = kind;
            while (path < end && line.charAt(path) != '/') {
                path++;
            }
            if (path < end - 1) {
                secrets.mark(path + 1, end);
            }
            at = Math.max(at, end - 1);
        }
        for (int at = line.indexOf(JWT); at >= 0; at = line.indexOf(JWT, at + 1)) {
            int end = tokenEnd(line, at);
            int dots = 0;
            for (int i = at; i < end; i++) {
                dots += line.charAt(i) == '.' ? 1 : 0;
            }
            if (dots >= 2 && end - at >= 30) {
                secrets.mark(at, end);
            }
            at = Math.max(at, end - 1);
        }
        if (Values.containsIgnoreCase(line, "authorization")) {
            authorization(line, secrets);
        }
    }

    /** {@code Authorization: <scheme> <credentials>} (quoted or not, {@code :} or {@code =}): the credentials. */
    private static void authorization(String line, Secrets secrets) {
        for (int i = 0; i + 13 <= line.length(); i++) {
            if (!line.regionMatches(true, i, "authorization", 0, 13)) {
                continue;
            }
            int j = i + 13;
            if (j < line.length() && (line.charAt(j) == '"' || line.charAt(j) == '\'')) {
                j++;
            }
            j = Values.skipBlanks(line, j);
            if (j >= line.length() || (line.charAt(j) != ':' && line.charAt(j) != '=')) {
                continue;
            }
            j = Values.skipBlanks(line, j + 1);
            if (j < line.length() && (line.charAt(j) == '"' || line.charAt(j) == '\'')) {
                j++;
            }
            int scheme = j;
            while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '-')) {
                j++;
            }
            int credentials = Values.skipBlanks(line, j);
            if (credentials == j || credentials >= line.length()) {
                // No scheme: the whole value is the credential (a bare token).
                credentials = scheme;
            }
            int end = credentials;
            while (end < line.length()
                    && !Character.isWhitespace(line.charAt(end))
                    && "\"'".indexOf(line.charAt(end)) < 0) {
                end++;
            }
            secrets.mark(credentials, end);
            i = Math.max(i, end - 1);
        }
    }

    private static int tokenEnd(String line, int from) {
        int i = from;
        while (i < line.length() && isTokenChar(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTokenChar(char c) {
        return c < 0x80
                && (Character.isLetterOrDigit(c)
                        || c == '_'
                        || c == '-'
                        || c == '.'
                        || c == '/'
                        || c == '+'
                        || c == '=');
    }
}
