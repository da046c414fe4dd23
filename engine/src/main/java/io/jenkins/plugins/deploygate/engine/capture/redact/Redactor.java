package io.jenkins.plugins.deploygate.engine.capture.redact;

import java.util.List;

/**
 * Replaces secrets in log lines by {@link #MASK}, before anything from a log is kept: finding
 * messages, context lines, statements, and so every report, post-mortem and output format. The
 * forms come in families, one {@link SecretRule} each, after what gitleaks' default rules and
 * detect-secrets' plugins look for:
 *
 * <ul>
 *   <li>{@link KeyValueRule}: a value after a secret name, in options, environment variables,
 *       properties, YAML, JSON, XML attributes, connection strings and URL-encoded forms;
 *   <li>{@link XmlElementRule}: {@code <password>x</password>} and {@code name="password" value="x"};
 *   <li>{@link SqlPasswordRule}: {@code IDENTIFIED BY}, {@code PASSWORD '...'} and their kin;
 *   <li>{@link UrlCredentialRule}: {@code scheme://user:secret@host}, {@code jdbc:oracle:thin:user/secret@};
 *   <li>{@link LoginRule}: {@code user/secret@db}, {@code -psecret}, {@code -P secret}, {@code curl -u};
 *   <li>{@link TokenRule}: AWS, GitHub, GitLab and Slack tokens, JSON web tokens, Authorization headers;
 *   <li>{@link PrivateKeyRule}: PEM private keys, with {@link PrivateKeyBlock} for the lines below;
 *   <li>{@link PgpassRule}: {@code .pgpass} lines.
 * </ul>
 *
 * <p>Rules are narrow (a secret word, a URL scheme, a login keyword, a token's shape), so ordinary
 * text such as paths, e-mail addresses or "password authentication failed" is left alone, and the
 * rest of a command line after {@code --password=x} stays readable. Redacting is idempotent and
 * linear in the line's length.
 */
public final class Redactor {

    public static final String MASK = "****";

    /** Literal texts of the lines whose redaction reaches the lines below them; a scan reads such lines as they come. */
    public static final List<String> ANCHORS = List.of(PrivateKeyRule.ANCHOR);

    private static final List<SecretRule> RULES = List.of(
            new KeyValueRule(),
            new XmlElementRule(),
            new SqlPasswordRule(),
            new UrlCredentialRule(),
            new LoginRule(),
            new TokenRule(),
            new PrivateKeyRule(),
            new PgpassRule());

    /**
     * A redacted line and what it leaves open for the next one.
     *
     * @param valueContinues a secret value runs on to the next line (a trailing backslash)
     * @param opensPrivateKey a private key block begins here and goes on below
     */
    public record Redaction(String text, boolean valueContinues, boolean opensPrivateKey) {}

    private Redactor() {}

    /** {@code line} with every secret replaced by {@link #MASK}; the same string when it holds none. */
    public static String redact(String line) {
        return redact(line, false).text();
    }

    /**
     * Characters {@code [from, to)} of {@code text} redacted, the secrets found in all of it: a part
     * of a long line, read with the text around it so that a secret that begins before the part (its
     * name) or ends after it (the rest of a token) is masked in the part too.
     */
    public static String redactPart(String text, int from, int to) {
        Secrets secrets = new Secrets();
        if (!text.isEmpty()) {
            for (SecretRule rule : RULES) {
                rule.mark(text, secrets);
            }
        }
        return secrets.applyTo(text, from, to);
    }

    /**
     * {@code line} redacted; {@code insideValue} when the line above ended inside a secret value
     * with a backslash, so that this line's first word is the rest of that value (unless it is an
     * option: a shell command goes on with its next option).
     */
    public static Redaction redact(String line, boolean insideValue) {
        Secrets secrets = new Secrets();
        int start = Values.skipBlanks(line, 0);
        if (insideValue && !line.startsWith("-", start)) {
            int end = Values.word(line, start, "");
            secrets.mark(start, end);
            if (Values.endsWithContinuation(line, end)) {
                secrets.valueContinues();
            }
        }
        if (!line.isEmpty()) {
            for (SecretRule rule : RULES) {
                rule.mark(line, secrets);
            }
        }
        return new Redaction(secrets.applyTo(line), secrets.continues(), secrets.opensPrivateKey());
    }
}
