package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's failures. A failed migration is a block:
 *
 * <pre>
 * ERROR: Migration V3__add_orders.sql failed
 * ------------------------------------------
 * SQL State  : 42P01
 * Error Code : 0
 * Message    : ERROR: relation "customers" does not exist
 * Location   : db/migration/V3__add_orders.sql (/work/db/migration/V3__add_orders.sql)
 * Line       : 12
 * Statement  : ...
 * </pre>
 *
 * It becomes one {@code flyway.migration-failed} finding carrying the migration, plus the database
 * error inside it. The block is often printed twice (again after "Caused by:"): the second copy is
 * an echo. The one-line summary "Migration of schema ... to version ... failed!" is reported only
 * when no block for that version follows. Also: checksum mismatches and failed migrations left in
 * the schema history.
 */
final class FlywayDetector implements Detector {

    /** A block longer than this is not a Flyway block (or its statement is not worth waiting for). */
    static final int MAX_BLOCK_LINES = 60;

    /** Lines read after "Validate failed" for the problems Flyway lists under it. */
    private static final int VALIDATION_LINES = 40;

    private static final Pattern START = Pattern.compile("\\bMigration (\\S{0,300}) failed(?!!)");
    private static final Pattern SUMMARY = Pattern.compile(
            "Migration of schema (\\S{1,200}) (?:to version \"?([^\"]{0,200}?)\"?|with repeatable migration \"?([^\"]{0,200}?)\"?) failed!");
    private static final Pattern FIELD =
            Pattern.compile("(?s)^\\s*(SQL State|Error Code|Message|Location|Line|Statement)\\s*:\\s?(.*)$");
    private static final Pattern CHECKSUM =
            Pattern.compile("Migration [Cc]hecksum mismatch for migration (?:version )?([^\\s,]+)");
    private static final Pattern FAILED_DETECTED = Pattern.compile(
            "Detected failed migration to version ([^\\s(]{1,100}?)(?: \\(([^)]{0,200})\\))?(?=[\\s.,:]|$)");
    private static final Pattern APPLIED_MISSING =
            Pattern.compile("Detected applied migration not resolved locally: ([^\\s,]{1,100}?)(?=[.,]?(?:\\s|$))");
    private static final Pattern NOT_APPLIED =
            Pattern.compile("Detected resolved migration not applied to database: ([^\\s,]{1,100}?)(?=[.,]?(?:\\s|$))");
    private static final Pattern NO_HISTORY =
            Pattern.compile("Found non-empty schema\\(s\\) (.{1,300}?) but no schema history table");
    private static final Pattern VERSION = Pattern.compile("^[VU]([^_]{1,50}(?:_[^_]{1,50}){0,10}?)__");

    private final DetectContext context;
    private Block block;
    /** Bounded, like everything a scan keeps: only recent versions matter for pairing summaries with blocks. */
    private static final int REMEMBERED_VERSIONS = 1000;

    private final Map<String, Object> summaries = bounded();
    private final Set<String> versionsWithBlock = java.util.Collections.newSetFromMap(bounded());

    FlywayDetector(DetectContext context) {
        this.context = context;
    }

    private static final class Block {
        final long start;
        final String script;
        final boolean echo;
        long lines;
        boolean sawField;
        boolean sawStatement;
        int blankRun;
        String sqlState;
        int errorCode;
        String message;
        long messageLine;
        Integer scriptLine;

        Block(long start, String script, boolean echo) {
            this.start = start;
            this.script = script;
            this.echo = echo;
        }
    }

    @Override
    public boolean detect(long line, String text) {
        if (block != null && continueBlock(line, text)) {
            return true;
        }
        if (block == null && text.contains("SQL State") && startsAnonymousBlock(line, text)) {
            return true;
        }
        if (!text.contains("igrat")) {
            return false;
        }
        if (text.contains("Validate failed")) {
            // The validation problems follow, one per line, mostly without an anchor.
            context.decodeThrough(line + VALIDATION_LINES);
        }
        Matcher start = START.matcher(text);
        if (start.find()) {
            block = new Block(line, start.group(1), context.isEcho(line));
            context.decodeThrough(line + 2);
            return true;
        }
        return detectOneLiners(line, text);
    }

    /**
     * Flyway prints other failures (no connection, a failed callback) with the same fields but a
     * header of their own: the database error inside is reported, without a migration. Its header
     * often quoted the same error already, so the block counts as an echo.
     */
    private boolean startsAnonymousBlock(long line, String text) {
        Matcher field = FIELD.matcher(text);
        if (!field.matches() || !field.group(1).equals("SQL State")) {
            return false;
        }
        block = new Block(line, null, true);
        block.sawField = true;
        readField(line, field.group(1), field.group(2).strip());
        context.decodeThrough(line + 2);
        return true;
    }

    private boolean continueBlock(long line, String text) {
        block.lines++;
        if (block.lines > MAX_BLOCK_LINES) {
            endBlock();
            return false;
        }
        if (text.isBlank()) {
            // Drivers end some messages (Oracle's) with a line feed, so one blank line before the
            // statement does not end the block; a blank line after it, or two in a row, do.
            if (block.sawStatement || !block.sawField || block.blankRun > 0) {
                endBlock();
            } else {
                block.blankRun++;
                context.decodeThrough(line + 2);
            }
            return true;
        }
        block.blankRun = 0;
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
            block.sawField = true;
            readField(line, field.group(1), field.group(2).strip());
            context.decodeThrough(line + 2);
            return true;
        }
        String stripped = text.strip();
        if (!block.sawField && stripped.chars().allMatch(c -> c == '-') && !stripped.isEmpty()) {
            context.decodeThrough(line + 2);
            return true;
        }
        if (block.sawField
                && !stripped.startsWith("at ")
                && !stripped.startsWith("Caused by:")
                && !stripped.startsWith("ERROR:")
                && !START.matcher(text).find()) {
            // A continuation of a multi-line statement or message.
            context.decodeThrough(line + 2);
            return true;
        }
        endBlock();
        return false;
    }

    private void readField(long line, String name, String value) {
        switch (name) {
            case "SQL State" -> block.sqlState = value;
            case "Error Code" -> block.errorCode = parseInt(value);
            case "Message" -> {
                block.message = value;
                block.messageLine = line;
            }
            case "Line" -> block.scriptLine = parseInt(value) > 0 ? parseInt(value) : null;
            case "Statement" -> block.sawStatement = true;
            default -> {
                // Location repeats the script.
            }
        }
    }

    private void endBlock() {
        Block done = block;
        block = null;
        if (done.script == null) {
            DbErrors.Resolved error = DbErrors.resolve(
                    context.catalogue(), context.engineHint(), done.sqlState, done.errorCode, done.message);
            if (error != null) {
                long at = done.messageLine > 0 ? done.messageLine : done.start;
                context.report(new Hit(error.entry(), "flyway", error.message(), at, null, null, true));
            }
            return;
        }
        String script = done.script.isEmpty() ? null : done.script;
        String version = script == null ? null : version(script);
        MigrationRef migration = new MigrationRef(version, script, done.scriptLine);
        if (version != null) {
            versionsWithBlock.add(version);
            Object summary = summaries.remove(version);
            if (summary != null) {
                context.retract(summary);
            }
        }
        String message = "Migration " + (script == null ? "" : script + " ") + "failed";
        context.report(
                new Hit(entry("flyway.migration-failed"), "flyway", message, done.start, migration, null, done.echo));
        DbErrors.Resolved error = DbErrors.resolve(
                context.catalogue(), context.engineHint(), done.sqlState, done.errorCode, done.message);
        if (error != null) {
            long at = done.messageLine > 0 ? done.messageLine : done.start;
            context.report(new Hit(error.entry(), "flyway", error.message(), at, migration, null, done.echo));
        }
    }

    private boolean detectOneLiners(long line, String text) {
        Matcher checksum = CHECKSUM.matcher(text);
        if (checksum.find()) {
            String version = checksum.group(1);
            context.report(Hit.of(
                    entry("flyway.checksum-mismatch"),
                    "flyway",
                    "Migration checksum mismatch for migration version " + version,
                    line,
                    new MigrationRef(version, null, null)));
            return true;
        }
        Matcher missing = APPLIED_MISSING.matcher(text);
        if (missing.find()) {
            context.report(Hit.of(
                    entry("flyway.applied-migration-missing"),
                    "flyway",
                    missing.group(),
                    line,
                    new MigrationRef(missing.group(1), null, null)));
            return true;
        }
        Matcher notApplied = NOT_APPLIED.matcher(text);
        if (notApplied.find()) {
            context.report(Hit.of(
                    entry("flyway.migration-not-applied"),
                    "flyway",
                    notApplied.group(),
                    line,
                    new MigrationRef(notApplied.group(1), null, null)));
            return true;
        }
        Matcher noHistory = NO_HISTORY.matcher(text);
        if (noHistory.find()) {
            context.report(Hit.of(entry("flyway.no-schema-history"), "flyway", noHistory.group(), line, null));
            return true;
        }
        Matcher failed = FAILED_DETECTED.matcher(text);
        if (failed.find()) {
            context.report(Hit.of(
                    entry("flyway.failed-migration-detected"),
                    "flyway",
                    failed.group(),
                    line,
                    new MigrationRef(failed.group(1), null, null)));
            return true;
        }
        Matcher summary = text.contains("failed!") ? SUMMARY.matcher(text) : null;
        if (summary != null && summary.find()) {
            String described = summary.group(2) != null ? summary.group(2) : summary.group(3);
            String version = summary.group(2) == null
                    ? null
                    : summary.group(2).split(" - ", 2)[0].strip();
            if (version == null || !versionsWithBlock.contains(version)) {
                Object handle = context.report(Hit.of(
                        entry("flyway.migration-failed"),
                        "flyway",
                        "Migration of schema " + summary.group(1)
                                + (summary.group(2) != null ? " to version " : " with repeatable migration ")
                                + described + " failed",
                        line,
                        version == null ? null : new MigrationRef(version, null, null)));
                if (version != null) {
                    summaries.put(version, handle);
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void finish() {
        if (block != null) {
            endBlock();
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED_VERSIONS;
            }
        };
    }

    static String version(String script) {
        Matcher matcher = VERSION.matcher(script);
        return matcher.find() ? matcher.group(1).replace('_', '.') : null;
    }

    private io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry entry(String id) {
        return context.entry(id);
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
