package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's failures, as its command line and its Maven plugin print them. A failed migration is
 * a header and a block of fields ({@link FlywayBlock}):
 *
 * <pre>
 * ERROR: Migration V3__add_orders.sql failed                 (Flyway 9; 10 and later:
 * ------------------------------------------                   "Failed to execute script V3__add_orders.sql")
 * SQL State  : 42P01
 * Message    : ERROR: relation "customers" does not exist
 * ...
 * </pre>
 *
 * The database error inside is the finding, with the migration and the failing statement, and the
 * header is its {@link Wrapper}: the deployment broke once, on the database error. Only when Flyway
 * names no database error is the migration's failure itself the finding ({@code
 * flyway.migration-failed}). A connection failure ("Unable to obtain connection from database
 * (...) for user 'x': FATAL: ...") is read the same way, without a migration. The block is often
 * printed twice (again after "Caused by:" or in Maven's summary): the second copy is an echo. The
 * one-line summary "Migration of schema ... to version ... failed!" is reported only when no block
 * for that version follows. Validation problems are {@link FlywayValidation}'s.
 */
final class FlywayDetector implements Detector {

    static final String MIGRATION_FAILED = "flyway.migration-failed";

    private static final Pattern MIGRATION_HEADER =
            Pattern.compile("\\bMigration (\\S{0,300}) failed(?!!)|\\bFailed to execute script (\\S{1,300})");
    private static final Pattern CONNECTION_HEADER = Pattern.compile(
            "\\bUnable to obtain connection from database(?: \\(([^)]{0,500})\\))?(?: for user '([^']{0,200})')?:? ?");
    private static final Pattern SUMMARY = Pattern.compile(
            "Migration of schema (\\S{1,200}) (?:to version \"?([^\"]{0,200}?)\"?|with repeatable migration \"?([^\"]{0,200}?)\"?) failed!");
    private static final Pattern VERSION = Pattern.compile("^[VU]([^_]{1,50}(?:_[^_]{1,50}){0,10}?)__");

    /** Lines after Gradle's "Error occurred while executing flyway..." in which Flyway's failure follows. */
    private static final int GRADLE_LINES = 3;

    /** Bounded, like everything a scan keeps: only recent versions matter for pairing summaries with blocks. */
    private static final int REMEMBERED_VERSIONS = 1000;

    private final DetectContext context;
    private final FlywayValidation validation;
    private final Map<String, Object> summaries = bounded();
    private final Set<String> versionsWithBlock = Collections.newSetFromMap(bounded());
    private Open open;

    /** A block being read, with the header it belongs to. */
    private record Open(
            FlywayBlock block, long start, String script, Wrapper header, String headerError, boolean echo) {}

    FlywayDetector(DetectContext context) {
        this.context = context;
        this.validation = new FlywayValidation(context);
    }

    /** Whether {@code text} starts a Flyway failure report of its own. */
    static boolean isHeader(String text) {
        return MIGRATION_HEADER.matcher(text).find() || text.contains("Unable to obtain connection from database");
    }

    @Override
    public boolean detect(long line, String text) {
        if (open != null) {
            boolean consumed = open.block().accept(line, text);
            if (open.block().done()) {
                endBlock();
            } else {
                context.decodeThrough(line + 2);
            }
            if (consumed) {
                return true;
            }
        }
        if (text.contains("SQL State") && FlywayBlock.isStateField(text)) {
            // A block without a header of its own (a failed callback): its header, if any, quoted the error already.
            startBlock(line, null, null, null, true);
            open.block().accept(line, text);
            return true;
        }
        if (text.contains("Unable to obtain connection")) {
            Matcher connection = CONNECTION_HEADER.matcher(text);
            if (connection.find()) {
                Wrapper header = new Wrapper(
                        null,
                        text.substring(connection.start(), connection.end()).strip(),
                        line);
                startBlock(line, null, header, text.substring(connection.end()), context.isEcho(line));
                return true;
            }
        }
        if (text.contains("occurred while executing flyway")) {
            // Gradle: "> Error occurred while executing flywayMigrate", the failure on the lines below.
            context.decodeThrough(line + GRADLE_LINES);
        }
        if (!text.contains("igrat") && !text.contains("execute script")) {
            return false;
        }
        Matcher migration = MIGRATION_HEADER.matcher(text);
        if (migration.find()) {
            String script = migration.group(1) != null ? migration.group(1) : migration.group(2);
            Wrapper header = new Wrapper(MIGRATION_FAILED, migration.group().strip(), line);
            startBlock(line, script.isEmpty() ? null : script, header, null, context.isEcho(line));
            return true;
        }
        return validation.detect(line, text) || summary(line, text);
    }

    private void startBlock(long line, String script, Wrapper header, String headerError, boolean echo) {
        open = new Open(new FlywayBlock(), line, script, header, headerError, echo);
        context.decodeThrough(line + 2);
    }

    private void endBlock() {
        Open done = open;
        open = null;
        FlywayBlock block = done.block();
        String script = done.script() != null ? done.script() : block.locationScript();
        MigrationRef migration = null;
        if (done.header() != null && MIGRATION_FAILED.equals(done.header().id())) {
            String version = script == null ? null : version(script);
            migration = new MigrationRef(version, script, block.scriptLine());
            if (version != null) {
                versionsWithBlock.add(version);
                Object summary = summaries.remove(version);
                if (summary != null) {
                    context.retract(summary);
                }
            }
        }
        DbErrors.Resolved error = DbErrors.resolve(
                context.catalogue(), context.engineHint(), block.sqlState(), block.errorCode(), block.message());
        long at = block.messageLine() > 0 ? block.messageLine() : done.start();
        if (error == null && done.headerError() != null) {
            error = DbErrors.resolve(context.catalogue(), context.engineHint(), null, 0, done.headerError());
            at = done.start();
        }
        if (error != null) {
            Hit hit = new Hit(
                    error.entry(),
                    "flyway",
                    error.message(),
                    at,
                    migration,
                    null,
                    done.echo(),
                    block.statement(),
                    null);
            context.report(done.header() == null ? hit : hit.withWrapper(done.header()));
        } else if (migration != null) {
            context.report(new Hit(
                    entry(MIGRATION_FAILED),
                    "flyway",
                    done.header().message(),
                    done.start(),
                    migration,
                    null,
                    done.echo(),
                    block.statement(),
                    null));
        }
    }

    /** "Migration of schema ... to version ... failed!": provisional, until the block of that version follows. */
    private boolean summary(long line, String text) {
        Matcher summary = text.contains("failed!") ? SUMMARY.matcher(text) : null;
        if (summary == null || !summary.find()) {
            return false;
        }
        String described = summary.group(2) != null ? summary.group(2) : summary.group(3);
        String version = summary.group(2) == null
                ? null
                : summary.group(2).split(" - ", 2)[0].strip();
        if (version == null || !versionsWithBlock.contains(version)) {
            Object handle = context.report(Hit.of(
                    entry(MIGRATION_FAILED),
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

    @Override
    public void finish() {
        if (open != null) {
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

    private CatalogEntry entry(String id) {
        return context.entry(id);
    }
}
