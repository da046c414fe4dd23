package io.jenkins.plugins.deploygate.engine.report;

import java.util.Optional;

/**
 * Where the output of one capture can be read, line by line, for reports rendered where that output
 * lives: Jenkins links a finding's line to the log of the Pipeline step that printed it, or to the
 * console of a freestyle build. The command line has no such page ({@link #NONE}).
 */
@FunctionalInterface
public interface LogLinks {

    /** No page shows the output. */
    LogLinks NONE = line -> Optional.empty();

    /**
     * A link to line {@code line} (counted from 1 over the whole captured output), if a page shows it.
     */
    Optional<LogLink> at(long line);

    /**
     * A link to one line of a log.
     *
     * @param text what the link says, e.g. {@code line 3 of step 7 (sh)}
     * @param url the page, relative or http(s)
     */
    record LogLink(String text, String url) {

        public LogLink {
            if (text == null || text.isBlank() || url == null || url.isBlank()) {
                throw new IllegalArgumentException("a log link needs a text and an address");
            }
        }
    }
}
