package io.jenkins.plugins.deploygate.engine.capture;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.jenkins.plugins.deploygate.engine.capture.detect.LineText;
import io.jenkins.plugins.deploygate.engine.capture.detect.ProgressLines;
import io.jenkins.plugins.deploygate.engine.capture.redact.Redactor;

/**
 * The last progress line of a scan (see {@link ProgressLines}), as raw bytes. Like {@link
 * LineRing}, recording it only notes where it is in the caller's buffer; {@link #detach} copies it
 * before the buffer is reused, and it is decoded and redacted once, when asked for.
 */
final class ProgressSlot implements ProgressLines {

    /** A progress line names a changeset; what a longer line holds past this is not needed. */
    private static final int MAX_BYTES = 2048;

    private final byte[] owned = new byte[MAX_BYTES];
    private byte[] source;
    private int offset;
    private int length;
    private long line;
    private Progress decoded;

    void record(long number, byte[] buffer, int from, int bytes) {
        source = buffer;
        offset = from;
        length = Math.min(bytes, MAX_BYTES);
        line = number;
        decoded = null;
    }

    /** Copies the line out of the caller's buffer, which is about to be reused. */
    void detach() {
        if (source != null && source != owned) {
            System.arraycopy(source, offset, owned, 0, length);
            source = owned;
            offset = 0;
        }
    }

    @Override
    public Progress last() {
        if (source == null) {
            return null;
        }
        if (decoded == null) {
            String text = LineText.display(new String(source, offset, length, UTF_8));
            decoded = new Progress(line, Redactor.redact(text));
        }
        return decoded;
    }
}
