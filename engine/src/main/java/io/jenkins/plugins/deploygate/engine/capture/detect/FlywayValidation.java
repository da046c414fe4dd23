package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems Flyway's validation lists under "Validate failed: Migrations have failed
 * validation", one per line and mostly without an anchor, in the wordings of Flyway 5 to 13:
 * checksum mismatches, failed migrations left in the schema history ("Detected failed migration
 * to version 2 (add contact columns)", "Detected failed repeatable migration: views", and, from
 * migrate itself, "Schema "public" contains a failed migration to version 2 !"), applied migrations
 * missing locally, migrations skipped out of order, and a schema without history table.
 */
final class FlywayValidation {

    /** Lines read after "Validate failed" for the problems Flyway lists under it. */
    private static final int VALIDATION_LINES = 40;

    private static final Pattern CHECKSUM =
            Pattern.compile("Migration [Cc]hecksum mismatch for migration (?:version )?([^\\s,]+)");
    private static final Pattern FAILED_DETECTED = Pattern.compile(
            "Detected failed migration to version ([^\\s(]{1,100}?)(?: \\(([^)]{0,200})\\))?(?=[\\s.,:]|$)");
    private static final Pattern FAILED_REPEATABLE =
            Pattern.compile("Detected failed repeatable migration: ([^\\s.][^.]{0,199}?)(?=\\.?\\s*$|\\. )");
    private static final Pattern CONTAINS_FAILED = Pattern.compile(
            "contains a failed (?:future )?migration to version \"?([^\\s\"!]{1,100})\"?|contains a failed repeatable migration \\(([^)]{0,200})\\)");
    private static final Pattern APPLIED_MISSING =
            Pattern.compile("Detected applied migration not resolved locally: ([^\\s,]{1,100}?)(?=[.,]?(?:\\s|$))");
    private static final Pattern NOT_APPLIED =
            Pattern.compile("Detected resolved migration not applied to database: ([^\\s,]{1,100}?)(?=[.,]?(?:\\s|$))");
    private static final Pattern NO_HISTORY =
            Pattern.compile("Found non-empty schema\\(s\\) (.{1,300}?) but no schema history table");

    private final DetectContext context;

    FlywayValidation(DetectContext context) {
        this.context = context;
    }

    boolean detect(long line, String text) {
        if (text.contains("Validate failed")) {
            context.decodeThrough(line + VALIDATION_LINES);
        }
        Matcher checksum = CHECKSUM.matcher(text);
        if (checksum.find()) {
            String version = checksum.group(1);
            return report(
                    "flyway.checksum-mismatch",
                    "Migration checksum mismatch for migration version " + version,
                    line,
                    new MigrationRef(version, null, null));
        }
        Matcher missing = APPLIED_MISSING.matcher(text);
        if (missing.find()) {
            return report(
                    "flyway.applied-migration-missing",
                    missing.group(),
                    line,
                    new MigrationRef(missing.group(1), null, null));
        }
        Matcher notApplied = NOT_APPLIED.matcher(text);
        if (notApplied.find()) {
            return report(
                    "flyway.migration-not-applied",
                    notApplied.group(),
                    line,
                    new MigrationRef(notApplied.group(1), null, null));
        }
        Matcher noHistory = NO_HISTORY.matcher(text);
        if (noHistory.find()) {
            return report("flyway.no-schema-history", noHistory.group(), line, null);
        }
        return failedMigration(line, text);
    }

    private boolean failedMigration(long line, String text) {
        Matcher failed = FAILED_DETECTED.matcher(text);
        if (failed.find()) {
            return report(
                    "flyway.failed-migration-detected",
                    failed.group(),
                    line,
                    new MigrationRef(failed.group(1), null, null));
        }
        Matcher repeatable = FAILED_REPEATABLE.matcher(text);
        if (repeatable.find()) {
            return report("flyway.failed-migration-detected", repeatable.group(), line, null);
        }
        Matcher contains = text.contains("contains a failed") ? CONTAINS_FAILED.matcher(text) : null;
        if (contains != null && contains.find()) {
            MigrationRef migration = contains.group(1) == null ? null : new MigrationRef(contains.group(1), null, null);
            String message = contains.group(1) != null
                    ? "Detected failed migration to version " + contains.group(1)
                    : "Detected failed repeatable migration: " + contains.group(2);
            return report("flyway.failed-migration-detected", message, line, migration);
        }
        return false;
    }

    private boolean report(String id, String message, long line, MigrationRef migration) {
        context.report(Hit.of(context.entry(id), "flyway", message, line, migration));
        return true;
    }
}
