package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One known error: what it is called, how to recognise its message, and how to fix it. Built-in
 * entries come from {@link io.jenkins.plugins.deploygate.engine.capture.catalog.BuiltInCatalogue};
 * DBAs add their own (the command line reads them from YAML, the plugin from its settings).
 *
 * <p>An entry with an {@code engine} and a {@code code} describes that database error wherever it
 * is found; its {@code pattern} then also maps an error message without a code (psql's default
 * output) to it. An entry with a pattern and no code is matched against every line, and its
 * message is the pattern's first group (or the whole match).
 *
 * @param pattern a regular expression in RE2 syntax ({@link LinearPattern}), found anywhere in the
 *     message or line; or null
 * @param link the vendor's documentation, or null
 */
public record CatalogEntry(
        String id,
        String engine,
        String tool,
        String code,
        String title,
        String pattern,
        Severity severity,
        String fix,
        String link) {

    public static final Set<String> ENGINES = Set.of("oracle", "postgresql", "mysql", "sqlserver");
    public static final Set<String> TOOLS = Set.of("flyway", "liquibase", "sqlplus", "psql", "mysql", "sqlcmd");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.*-]*");

    public CatalogEntry {
        require("id", id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be letters, digits, '.', '-' or '_', was '" + id + "'");
        }
        if (engine != null && !ENGINES.contains(engine)) {
            throw new IllegalArgumentException(
                    "engine must be one of " + sorted(ENGINES) + " or empty, was '" + engine + "'");
        }
        if (tool != null && !TOOLS.contains(tool)) {
            throw new IllegalArgumentException(
                    "tool must be one of " + sorted(TOOLS) + " or empty, was '" + tool + "'");
        }
        require("title", title);
        require("fix", fix);
        if (severity == null) {
            throw new IllegalArgumentException("severity is required (ERROR, WARNING or INFO)");
        }
        if (pattern != null) {
            LinearPattern.compile(pattern);
        }
    }

    /** Whether this entry is matched on its own against lines, rather than by a database code. */
    public boolean isLineEntry() {
        return code == null && pattern != null && engine == null;
    }

    /** The generic entry of an engine (id {@code oracle.*}) applied to a code it has no entry for. */
    public CatalogEntry forCode(String specificId, String specificCode, String specificTitle) {
        return new CatalogEntry(specificId, engine, tool, specificCode, specificTitle, null, severity, fix, link);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }
}
