package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.BuiltInCatalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What detectors share while a log is read: the catalogue, the database engine the log talks to
 * (from the last JDBC URL seen), which lines must be decoded because a multi-line block is open,
 * and whether the current line repeats an earlier report (an exception's cause chain).
 */
final class DetectContext {

    /** How long after an exception line a repeated error still counts as the same report. */
    private static final int ECHO_WINDOW = 12;

    /** Lines decoded after an error or exception line, for the details tools print under it. */
    private static final int FOLLOWING_LINES = 3;

    private static final Pattern JDBC = Pattern.compile("jdbc:(postgresql|oracle|mysql|mariadb|sqlserver|jtds)[:/]");

    private final Catalogue catalogue;
    private final HitSink sink;
    private String engineHint;
    private long decodeUntil;
    private long echoUntil;

    DetectContext(Catalogue catalogue, HitSink sink) {
        this.catalogue = catalogue;
        this.sink = sink;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** The catalogue's entry {@code id}, or the built-in one when a custom catalogue lacks it. */
    CatalogEntry entry(String id) {
        CatalogEntry entry = catalogue.byId(id);
        if (entry == null) {
            entry = BuiltInCatalogue.entries().stream()
                    .filter(builtIn -> builtIn.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No catalogue entry " + id));
        }
        return entry;
    }

    Object report(Hit hit) {
        return sink.found(hit.echo() ? hit : hit.asEcho(isEcho(hit.line())));
    }

    void retract(Object handle) {
        sink.retract(handle);
    }

    /** Asks the scanner to decode and analyse every line up to {@code line}, anchors or not. */
    void decodeThrough(long line) {
        decodeUntil = Math.max(decodeUntil, line);
    }

    boolean wantsLine(long line) {
        return line <= decodeUntil;
    }

    void observe(long line, String content) {
        if (content.contains("Caused by:")
                || content.contains("Exception:")
                || content.contains("Exception Primary")
                || content.contains("Unexpected error running Liquibase")
                || content.contains("Failed to execute goal")) {
            echoUntil = line + ECHO_WINDOW;
        }
        if (content.startsWith("ERROR: ") || content.contains("Exception:")) {
            // Tools print details under such a line (Flyway's "SQL State : ..." fields) that hold no
            // anchor of their own; reading a few lines more is cheap, such lines being rare.
            decodeThrough(line + FOLLOWING_LINES);
        }
        if (content.contains("jdbc:")) {
            Matcher matcher = JDBC.matcher(content);
            if (matcher.find()) {
                engineHint = switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
                    case "postgresql" -> "postgresql";
                    case "oracle" -> "oracle";
                    case "mysql", "mariadb" -> "mysql";
                    default -> "sqlserver";
                };
            }
        }
    }

    boolean isEcho(long line) {
        return line <= echoUntil;
    }

    String engineHint() {
        return engineHint;
    }
}
