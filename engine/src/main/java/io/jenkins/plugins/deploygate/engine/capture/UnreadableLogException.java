package io.jenkins.plugins.deploygate.engine.capture;

import java.io.IOException;

/**
 * A log the scanner cannot read as text (binary, an archive): it is refused rather than reported
 * as clean. The message says why in words, to follow the log's name ("deploy.log: it is ...").
 */
public final class UnreadableLogException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableLogException(String reason) {
        super(reason);
    }
}
