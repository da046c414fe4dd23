package io.jenkins.plugins.deploygate.engine.capture.redact;

/**
 * A PEM private key ({@code -----BEGIN RSA PRIVATE KEY-----}, {@code ...OPENSSH PRIVATE KEY...},
 * {@code ...ENCRYPTED PRIVATE KEY...}, PGP's {@code PRIVATE KEY BLOCK}). On one line (a JSON
 * service account key, its line feeds escaped) everything between the armour lines is masked; a
 * block that goes on below masks the rest of this line and tells the scan, which masks every line
 * of the block up to its {@code -----END} line (see {@link PrivateKeyBlock}).
 */
final class PrivateKeyRule implements SecretRule {

    static final String ANCHOR = "PRIVATE KEY";
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 60;

    @Override
    public void mark(String line, Secrets secrets) {
        int from = 0;
        for (int begin = line.indexOf(BEGIN); begin >= 0; begin = line.indexOf(BEGIN, from)) {
            int labelEnd = line.indexOf(DASHES, begin + BEGIN.length());
            if (labelEnd < 0) {
                return;
            }
            from = labelEnd + DASHES.length();
            if (!isPrivateKeyLabel(line, begin + BEGIN.length(), labelEnd)) {
                continue;
            }
            int end = line.indexOf(END, from);
            secrets.mark(from, end < 0 ? line.length() : end);
            if (end < 0) {
                secrets.privateKeyOpens();
                return;
            }
            from = end + END.length();
        }
    }

    /** Whether the armour label {@code [from, to)} names a private key; labels are short. */
    private static boolean isPrivateKeyLabel(String line, int from, int to) {
        if (to - from > MAX_LABEL) {
            return false;
        }
        for (int i = from; i + ANCHOR.length() <= to; i++) {
            if (line.startsWith(ANCHOR, i)) {
                return true;
            }
        }
        return false;
    }
}
