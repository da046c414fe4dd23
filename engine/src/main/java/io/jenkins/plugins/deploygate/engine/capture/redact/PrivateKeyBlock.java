package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * The lines of a PEM private key block after its {@code -----BEGIN ... PRIVATE KEY-----} line:
 * base64 lines (the key) and armour headers ({@code Proc-Type:}, {@code DEK-Info:}) up to the
 * {@code -----END} line. A scan shows each base64 line as {@link Redactor#MASK}. Any other line ends
 * the block, as does its length, so that an unterminated block cannot hide the rest of a log.
 */
public final class PrivateKeyBlock {

    /** More lines than a 16384-bit RSA key in PEM takes. */
    public static final int MAX_LINES = 200;

    /** What a line inside an open block is. */
    public enum Line {
        /** Part of the key: shown masked. */
        KEY,
        /** An armour header or a blank line: shown, and the block goes on. */
        HEADER,
        /** The {@code -----END} line, or a line that is no part of a key: shown, and the block is over. */
        END
    }

    private PrivateKeyBlock() {}

    /** What {@code content} (a display text without its decorating prefixes) is, inside a block. */
    public static Line classify(String content) {
        String text = content.strip();
        if (text.isEmpty()
                || text.startsWith("Proc-Type:")
                || text.startsWith("DEK-Info:")
                || text.startsWith("Comment:")
                || text.startsWith("Version:")) {
            return Line.HEADER;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64 = c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=');
            if (!base64) {
                return Line.END;
            }
        }
        return Line.KEY;
    }
}
