package io.jenkins.plugins.deploygate.engine.capture.detect;

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
            "(?:Migration failed for change ?set (\\S{1,500}?):?(?=\\s|$)|Change ?Set ([^\\s:]{1,300}::[^\\s:]{1,300}::[^\\s:]{1,300}) (?:failed|encountered an exception))",
            Pattern.CASE_INSENSITIVE);
    /** Where the database error starts in a reason line; parsed with indexOf, not a backtracking pattern. */
    private static final java.util.List<String> REASON_MARKERS = java.util.List.of("Reason:", "DatabaseException:");

    private static final String FAILED_SQL = " [Failed SQL: (";
    /** Before the holder's name; what follows it is read by hand, as a lazy pattern retries "\\s*$" per character. */
    private static final Pattern LOCK =
            Pattern.compile("Could not acquire change ?log lock\\.?\\s+Currently locked by ");

    /** The holder (host, address and time) is short; a longer rest of the line is not this message. */
    private static final int MAX_HOLDER = 301;

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
        if (text.contains(" but is now: ") && checksum(line, text)) {
            return true;
        }
        Matcher lock = text.contains(" lock") ? LOCK.matcher(text) : null;
        String holder = lock != null && lock.find() ? text.substring(lock.end()).strip() : "";
        if (!holder.isEmpty() && holder.length() <= MAX_HOLDER) {
            context.report(Hit.of(
                    entry("liquibase.lock-held"),
                    "liquibase",
                    "Could not acquire change log lock. Currently locked by " + holder,
                    line,
                    null));
            return true;
        }
        return false;
    }

    private boolean reason(long line, String text) {
        int start = -1;
        for (String marker : REASON_MARKERS) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                start = at + marker.length();
                break;
            }
        }
        if (start < 0) {
            // Liquibase 3: "Change Set ... failed.  Error: <message> [Failed SQL: ...]".
            String rest = text.stripLeading();
            int error = rest.startsWith(".") || rest.startsWith("failed.") ? rest.indexOf("Error:") : -1;
            if (error < 0) {
                return false;
            }
            text = rest;
            start = error + "Error:".length();
        }
        String message = text.substring(start).strip();
        int vendorCode = 0;
        int failedSql = message.indexOf(FAILED_SQL);
        if (failedSql >= 0) {
            int close = message.indexOf(')', failedSql + FAILED_SQL.length());
            if (close > 0) {
                vendorCode = parseCode(message.substring(failedSql + FAILED_SQL.length(), close));
            }
            message = message.substring(0, failedSql).strip();
        }
        if (message.isEmpty()) {
            return false;
        }
        DbErrors.Resolved error =
                DbErrors.resolve(context.catalogue(), context.engineHint(), null, vendorCode, message);
        if (error == null) {
            return false;
        }
        context.report(Hit.of(error.entry(), "liquibase", error.message(), line, pending));
        pending = null;
        return true;
    }

    private static int parseCode(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code path::id::author was: 8:aaa but is now: 8:bbb}, parsed by hand around " was: ": a
     * pattern would try every start of a long run of characters.
     */
    private boolean checksum(long line, String text) {
        int was = text.indexOf(" was: ");
        int now = was < 0 ? -1 : text.indexOf(" but is now: ", was);
        if (now < 0) {
            return false;
        }
        String changeset = text.substring(text.lastIndexOf(' ', was - 1) + 1, was);
        String[] parts = changeset.split("::");
        String before = text.substring(was + " was: ".length(), now);
        int end = text.indexOf(' ', now + " but is now: ".length());
        String after = text.substring(now + " but is now: ".length(), end < 0 ? text.length() : end);
        if (parts.length < 3 || before.isBlank() || before.contains(" ") || after.isBlank()) {
            return false;
        }
        String message = changeset + " was: " + before + " but is now: " + after;
        context.report(Hit.of(
                entry("liquibase.checksum-mismatch"),
                "liquibase",
                message,
                line,
                new MigrationRef(parts[parts.length - 2], parts[0], null)));
        return true;
    }

    private static MigrationRef changeset(String path) {
        String[] parts = path.split("::");
        if (parts.length >= 3) {
            return new MigrationRef(parts[parts.length - 2], parts[0], null);
        }
        return new MigrationRef(null, path, null);
    }

    private io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry entry(String id) {
        return context.entry(id);
    }
}
