package io.jenkins.plugins.deploygate.engine.capture.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The migration a finding belongs to. For Flyway: the version ({@code 3}, {@code 1.1}; null for
 * a repeatable migration), the script ({@code V3__add_orders.sql}) and the line in that script.
 * For Liquibase: the changeset id as version and the changelog path as script.
 */
public record MigrationRef(String version, String script, Integer line) {

    /** The contract's JSON shape: {@code {"version":..,"script":..,"line":..}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version);
        json.put("script", script);
        json.put("line", line);
        return json;
    }

    /** {@code V3__add_orders.sql} in words: "V3__add_orders.sql (version 3, line 12)". */
    public String describe() {
        StringBuilder text = new StringBuilder(script == null ? "version " + version : script);
        if (script != null && version != null) {
            text.append(" (version ").append(version);
            text.append(line == null ? ")" : ", line " + line + ")");
        } else if (line != null) {
            text.append(" (line ").append(line).append(')');
        }
        return text.toString();
    }
}
