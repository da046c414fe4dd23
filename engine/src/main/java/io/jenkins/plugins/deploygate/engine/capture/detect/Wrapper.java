package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The migration tool's own report around a database error: Flyway's "Migration V3__add_orders.sql
 * failed", Liquibase's "Migration failed for changeset db/changelog.xml::create-orders::alice",
 * Flyway's "Unable to obtain connection from database". It is context of the database error's
 * finding, not an error of its own: the deployment broke once, on the database error.
 *
 * @param id the catalogue entry of the tool's failure ({@code flyway.migration-failed}), or null
 *     when the tool's report has no entry of its own (a connection failure's header)
 * @param message the tool's words, redacted
 * @param line 1-based line of the tool's report in the scanned input
 */
public record Wrapper(String id, String message, long line) {

    public Wrapper {
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("message", message);
        json.put("line", line);
        return json;
    }
}
