package io.jenkins.plugins.deploygate.engine.capture.detect;

import io.jenkins.plugins.deploygate.engine.capture.MigrationRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase's failures: a failed changeset ({@code Migration failed for changeset
 * db/changelog.xml::create-orders::alice:} followed by {@code Reason:
 * liquibase.exception.DatabaseException: ... [Failed SQL: (0) ...]}, or the older "Change Set ...
 * failed" and "ChangeSet ... encountered an exception" forms), changed checksums ({@code
 * path::id::author was: 8:... but is now: 8:...}) and a held change log lock. The changeset's
 * database error is reported as its own finding with the changeset as its migration (changeset
 * id as version, changelog as script).
 */
final class LiquibaseDetector implements Detector {

    /** Lines after a changeset failure in which its reason is expected. */
    private static final int REASON_WINDOW = 8;

    private static final Pattern CHANGESET = Pattern.compile(
            "(?:Migration failed for change ?set (\\S+?):?(?=\\s|$)|Change ?Set ([^\\s:]+::[^\\s:]+::[^\\s:]+) (?:failed|encountered an exception))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile(
            "(?:Reason:\\s+|DatabaseException:\\s+|^(?:failed)?\\.\\s+Error:\\s+)(.*?)(?: \\[Failed SQL: \\((-?\\d+)\\).*)?$");
    private static final Pattern CHECKSUM =
            Pattern.compile("([^\\s:]+)::([^\\s:]+)::([^\\s:]+) was: (\\S+) but is now: (\\S+)");
    private static final Pattern LOCK =
            Pattern.compile("Could not acquire change ?log lock\\.?\\s+Currently locked by (.+?)\\s*$");

    private final DetectContext context;
    private MigrationRef pending;
    private long pendingUntil;

    LiquibaseDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        // Literal guards first: these patterns are costly on the many lines that cannot match.
        Matcher changeset = text.contains("::") ? CHANGESET.matcher(text) : null;
        if (changeset != null && changeset.find()) {
            String path = changeset.group(1) != null ? changeset.group(1) : changeset.group(2);
            pending = changeset(path);
            pendingUntil = line + REASON_WINDOW;
            context.report(Hit.of(
                    entry("liquibase.changeset-failed"),
                    "liquibase",
                    "Migration failed for changeset " + path,
                    line,
                    pending));
            context.decodeThrough(pendingUntil);
            reason(line, text.substring(changeset.end()));
            return true;
        }
        if (pending != null && line <= pendingUntil && reason(line, text)) {
            return true;
        }
        Matcher checksum = text.contains(" but is now: ") ? CHECKSUM.matcher(text) : null;
        if (checksum != null && checksum.find()) {
            context.report(Hit.of(
                    entry("liquibase.checksum-mismatch"),
                    "liquibase",
                    checksum.group(),
                    line,
                    new MigrationRef(checksum.group(2), checksum.group(1), null)));
            return true;
        }
        Matcher lock = text.contains(" lock") ? LOCK.matcher(text) : null;
        if (lock != null && lock.find()) {
            context.report(Hit.of(
                    entry("liquibase.lock-held"),
                    "liquibase",
                    "Could not acquire change log lock. Currently locked by " + lock.group(1),
                    line,
                    null));
            return true;
        }
        return false;
    }

    private boolean reason(long line, String text) {
        Matcher reason = REASON.matcher(text);
        if (!reason.find() || reason.group(1).isBlank()) {
            return false;
        }
        int vendorCode = reason.group(2) == null ? 0 : Integer.parseInt(reason.group(2));
        DbErrors.Resolved error =
                DbErrors.resolve(context.catalogue(), context.engineHint(), null, vendorCode, reason.group(1));
        if (error == null) {
            return false;
        }
        context.report(Hit.of(error.entry(), "liquibase", error.message(), line, pending));
        pending = null;
        return true;
    }

    private static MigrationRef changeset(String path) {
        String[] parts = path.split("::");
        if (parts.length >= 3) {
            return new MigrationRef(parts[parts.length - 2], parts[0], null);
        }
        return new MigrationRef(null, path, null);
    }

    private io.jenkins.plugins.deploygate.engine.capture.CatalogEntry entry(String id) {
        return context.entry(id);
    }
}
