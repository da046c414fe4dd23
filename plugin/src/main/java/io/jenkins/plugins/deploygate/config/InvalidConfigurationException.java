package io.jenkins.plugins.deploygate.config;

import java.util.List;

/** The global configuration holds values the engine refuses; the message lists every problem in words. */
public final class InvalidConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param problems each problem as a sentence that names its field */
    public InvalidConfigurationException(List<String> problems) {
        super(Messages.InvalidConfigurationException_Message(String.join("; ", problems)));
    }
}
