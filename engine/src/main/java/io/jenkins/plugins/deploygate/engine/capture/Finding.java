package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One distinct error found in a log: one per (id, message), with how often it occurred and where
 * it first did. Message and context are already redacted. {@code link} points at the vendor's
 * documentation; it is not part of the {@code scan} JSON contract but reports may show it.
 *
 * @param line 1-based line of the first occurrence in the scanned input
 * @param context the lines around the first occurrence, that line included
 * @param contextStart the line number of the first context line, so that a report can number the
 *     context and point at {@code line} in it; {@code line} itself when there is no context
 */
public record Finding(
        String id,
        String engine,
        String tool,
        String code,
        Severity severity,
        String title,
        String message,
        long line,
        long count,
        MigrationRef migration,
        String fix,
        String link,
        List<String> context,
        long contextStart) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
        context = List.copyOf(context);
        if (contextStart < 1 || contextStart > line || (context.isEmpty() && contextStart != line)) {
            throw new IllegalArgumentException(
                    "contextStart must be the first context line, from 1 to line " + line + ", was " + contextStart);
        }
        if (!context.isEmpty() && contextStart + context.size() <= line) {
            throw new IllegalArgumentException("the context from line " + contextStart + " (" + context.size()
                    + " lines) does not include line " + line);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The finding in the shape of {@code scan --format json} (docs/cli.md), keys in contract order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("engine", engine);
        json.put("tool", tool);
        json.put("code", code);
        json.put("severity", severity);
        json.put("title", title);
        json.put("message", message);
        json.put("line", line);
        json.put("count", count);
        json.put("migration", migration == null ? null : migration.toJson());
        json.put("fix", fix);
        json.put("context", context);
        return json;
    }
}
