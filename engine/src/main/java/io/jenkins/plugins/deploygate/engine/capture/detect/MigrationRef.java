package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The migration a finding belongs to. For Flyway: the version ({@code 3}, {@code 1.1}; null for
 * a repeatable migration), the script ({@code V3__add_orders.sql}) and the line in that script.
 * For Liquibase: the changeset id as version, the changelog path as script and the changeset's
 * author, so that {@code changelog.sql::create-orders::bob} reads back whole.
 *
 * @param author the Liquibase changeset's author; null for Flyway and when the tool did not say
 */
public record MigrationRef(String version, String script, Integer line, String author) {

    /** A migration without an author: Flyway's, or a changeset named without its author. */
    public MigrationRef(String version, String script, Integer line) {
        this(version, script, line, null);
    }

    /**
     * The changeset that Liquibase names {@code path::id::author} ({@code changelog.sql::create-orders::bob});
     * a text of another shape is kept whole as the script.
     */
    public static MigrationRef changeset(String path) {
        String[] parts = path.split("::");
        if (parts.length >= 3) {
            return new MigrationRef(parts[parts.length - 2], parts[0], null, parts[parts.length - 1]);
        }
        return new MigrationRef(null, path, null);
    }

    /** The contract's JSON shape: {@code {"version":..,"script":..,"line":..,"author":..}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version);
        json.put("script", script);
        json.put("line", line);
        json.put("author", author);
        return json;
    }

    /**
     * In words: "V3__add_orders.sql (version 3, line 12)", "changelog.sql (version create-orders,
     * author bob)".
     */
    public String describe() {
        StringBuilder text = new StringBuilder(script == null ? "version " + version : script);
        StringBuilder details = new StringBuilder();
        if (script != null && version != null) {
            details.append("version ").append(version);
        }
        if (line != null) {
            details.append(details.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (author != null) {
            details.append(details.length() > 0 ? ", " : "").append("author ").append(author);
        }
        if (details.length() > 0) {
            text.append(" (").append(details).append(')');
        }
        return text.toString();
    }
}
