package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.BuiltInCatalogue;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What detectors share while a log is read: the catalogue, the database engine the log talks to
 * (from the last JDBC URL or server banner seen), which lines must be decoded because a
 * multi-line block is open, whether the current line repeats an earlier report (an exception's
 * cause chain, a tool's summary of its failure), the tools' last progress line and the last
 * warning a JDBC driver printed.
 */
final class DetectContext {

    /** How long after an exception line a repeated error still counts as the same report. */
    private static final int ECHO_WINDOW = 12;

    /** Lines decoded after an error or exception line, for the details tools print under it. */
    private static final int FOLLOWING_LINES = 3;

    private static final Pattern JDBC = Pattern.compile("jdbc:(postgresql|oracle|mysql|mariadb|sqlserver|jtds)[:/]");

    /** Liquibase names the server an exception came from: "Exception Primary Source:  MariaDB 10.11.19-MariaDB". */
    private static final Pattern SOURCE = Pattern.compile(
            "Exception Primary Source:\\s+(PostgreSQL|MariaDB|MySQL|Oracle|Microsoft SQL Server)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The warning MariaDB's driver logs before the tool reports the same error ("Error:
     * 1146-42S02: Table 'shop.customer' doesn't exist"): its code and message.
     */
    record DriverWarning(String code, String message) {}

    private final Catalogue catalogue;
    private final HitSink sink;
    private final ProgressLines progress;
    private final RecentLines recent;
    private String engineHint;
    private long decodeUntil;
    private long echoUntil;
    private ProgressLines.Progress seenProgress;
    private DriverWarning driverWarning;
    private long reports;

    DetectContext(Catalogue catalogue, HitSink sink, ProgressLines progress, RecentLines recent) {
        this.catalogue = catalogue;
        this.sink = sink;
        this.progress = progress;
        this.recent = recent;
    }

    /** Line {@code line} without its decorating prefixes, when the scan still holds it; else null. */
    String recentContent(long line) {
        String display = line < 1 ? null : recent.display(line);
        return display == null ? null : LineText.content(display);
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
        reports++;
        return sink.found(hit.echo() ? hit : hit.asEcho(isEcho(hit.line())));
    }

    /** How many hits detectors reported so far. */
    long reports() {
        return reports;
    }

    void retract(Object handle) {
        sink.retract(handle);
    }

    void addStatement(Object handle, String statement) {
        sink.addStatement(handle, statement);
    }

    /** Asks the scanner to decode and analyse every line up to {@code line}, anchors or not. */
    void decodeThrough(long line) {
        decodeUntil = Math.max(decodeUntil, line);
    }

    boolean wantsLine(long line) {
        return line <= decodeUntil;
    }

    long decodeUntil() {
        return decodeUntil;
    }

    void observe(long line, String content) {
        if (startsRun(content)) {
            echoUntil = 0;
            sink.runStarted(line);
        }
        if (content.contains("Caused by:")
                || content.contains("Exception:")
                || content.contains("Exception Primary")
                || content.contains("Exception Details")
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
                engineHint = engine(matcher.group(1));
            }
        }
        if (content.contains("Primary Source:")) {
            Matcher matcher = SOURCE.matcher(content);
            if (matcher.find()) {
                engineHint = engine(matcher.group(1));
            }
        }
    }

    /**
     * Whether a line starts a new run of a tool or command, after which nothing echoes what came
     * before: Maven's first line and Flyway's banner (both anchors, so that the scan reads them),
     * and a shell's trace of the next command ({@code + flyway migrate} under {@code set -x}) where
     * the scan reads one.
     */
    private static boolean startsRun(String content) {
        return content.startsWith("Scanning for projects")
                || QuotedLines.isTrace(content)
                // Flyway's first line: "Flyway Community Edition 9.22.3 by Redgate".
                || (content.startsWith("Flyway ") && content.endsWith(" by Redgate"));
    }

    private static String engine(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "postgresql";
            case "oracle" -> "oracle";
            case "mysql", "mariadb" -> "mysql";
            default -> "sqlserver";
        };
    }

    boolean isEcho(long line) {
        return line <= echoUntil;
    }

    String engineHint() {
        return engineHint;
    }

    /** A JDBC driver named the engine (MariaDB's warnings): taken when no URL did. */
    void engineSeen(String engine) {
        if (engineHint == null) {
            engineHint = engine;
        }
    }

    /** A detector read a progress line itself (one that also held an anchor). */
    void progressSeen(long line, String text) {
        seenProgress = new ProgressLines.Progress(line, text);
    }

    /** The last progress line before the current one, whoever read it; null when none. */
    ProgressLines.Progress lastProgress() {
        ProgressLines.Progress kept = progress.last();
        if (seenProgress == null) {
            return kept;
        }
        return kept == null || kept.line() < seenProgress.line() ? seenProgress : kept;
    }

    /**
     * The database error in {@code raw}, a message a tool printed: by the engine the log talks to,
     * and by the code of the driver's warning of the same error when the tool gives none.
     */
    DbErrors.Resolved resolve(String sqlState, int vendorCode, String raw) {
        int code = vendorCode;
        if (code == 0 && raw != null && driverWarning != null) {
            DriverWarning warning = driverWarningFor(DbErrors.driverMessage(raw));
            code = warning == null ? 0 : Integer.parseInt(warning.code());
        }
        return DbErrors.resolve(catalogue, engineHint, sqlState, code, raw);
    }

    void driverWarned(DriverWarning warning) {
        driverWarning = warning;
    }

    /** The driver's last warning, when it is the error {@code message} a tool reports now. */
    DriverWarning driverWarningFor(String message) {
        return driverWarning != null && driverWarning.message().equals(message) ? driverWarning : null;
    }
}
