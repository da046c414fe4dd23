package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One distinct error found in a log: one per (id, message), with how often it occurred and where.
 * Message, statement, wrapper and context are already redacted. {@code link} points at the
 * vendor's documentation; it is not part of the {@code scan} JSON contract but reports may show it.
 *
 * @param line 1-based line of the occurrence the finding points at: the first, or of several reports
 *     of the same occurrence the one that names its migration and statement
 * @param lines the lines of the occurrences, in order, at most {@link #MAX_LINES} of them ({@code
 *     count} says how many there were); {@code line} is the first
 * @param statement the failing statement the tool printed with the error (Flyway's {@code
 *     Statement}, Liquibase's {@code [Failed SQL: ...]}, psql's {@code LINE n:}), or null
 * @param wrapper the tool's own report around the database error ("Migration V3 failed"), kept as
 *     context of this finding rather than counted as an error; or null
 * @param context the lines around {@code line}, that line included
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
        List<Long> lines,
        MigrationRef migration,
        String statement,
        Wrapper wrapper,
        String fix,
        String link,
        List<String> context,
        long contextStart) {

    /** Occurrence lines a finding lists; further occurrences only raise the count. */
    public static final int MAX_LINES = 50;

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
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.get(0) != line || lines.size() > Math.min(count, MAX_LINES)) {
            throw new IllegalArgumentException("lines must start with line " + line + " and hold at most "
                    + Math.min(count, MAX_LINES) + " lines, was " + lines);
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
        json.put("lines", lines);
        json.put("migration", migration == null ? null : migration.toJson());
        json.put("statement", statement);
        json.put("wrapper", wrapper == null ? null : wrapper.toJson());
        json.put("fix", fix);
        json.put("context", context);
        return json;
    }
}
