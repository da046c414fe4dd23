package io.jenkins.plugins.deploygate.engine.capture.render;

import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The error catalogue as a Markdown document ({@code docs/error-catalogue.md}), generated so that
 * the documentation cannot drift from the entries the scanner uses.
 */
public final class CatalogueDocument {

    private static final Map<String, String> SECTIONS = new TreeMap<>(Map.of(
            "1", "Migration tools",
            "2", "Oracle and SQL*Plus",
            "3", "PostgreSQL and psql",
            "4", "MySQL and MariaDB",
            "5", "SQL Server and sqlcmd"));

    private CatalogueDocument() {}

    public static String markdown(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("# Error catalogue\n\n")
                .append("<!-- Generated from the built-in catalogue by CatalogueDocument; do not edit by hand.\n")
                .append("     Regenerate: mvn -B -Dskip.plugin -pl engine test -Dtest=CatalogueDocumentTest")
                .append(" -Ddeploygate.regenerateDocs=true -->\n\n")
                .append("`deploy-gate scan` and the `captureDeployErrors` step recognise these errors. Each finding")
                .append(" carries the entry's id, title and fix. A database error code without an entry of its own")
                .append(" is still reported, under the engine's generic entry (`oracle.*`, `postgresql.*`,")
                .append(" `mysql.*`, `sqlserver.*`) with the code in its id, for example `oracle.ORA-01722`.")
                .append(" PostgreSQL errors printed by psql carry no SQLSTATE, so the pattern column maps their")
                .append(" message to a code; one that matches no pattern becomes `postgresql.error`.\n\n")
                .append("Severity ERROR fails a scan (exit status 1); WARNING marks a consequence of an earlier")
                .append(" error, INFO context such as a PL/SQL back-trace. DBAs add or replace entries with")
                .append(" `deploy-gate scan --catalog EXTRA.yaml` (same fields).\n\n")
                .append("The `tool` of a finding is inferred from where it appears: inside a Flyway failure")
                .append(" block `flyway`; in a Liquibase changeset failure or fatal line `liquibase`; after")
                .append(" `psql:file:line:` or as a psql `ERROR:  ` line `psql`; `ERROR nnnn (SQLSTATE)` `mysql`;")
                .append(" `Msg n, Level l, ...` `sqlcmd`; after SQL*Plus's `ERROR at line n:`, in a SHOW ERRORS")
                .append(" listing or for SP2- codes `sqlplus`. Otherwise it is empty.\n\n")
                .append("A database error inside a migration tool's report is one finding, under the database's")
                .append(" entry, with the migration (Flyway's version and script, Liquibase's changeset id, changelog")
                .append(" and author), the failing statement and the tool's own words as its `wrapper`. The tool's")
                .append(" entries `flyway.migration-failed` and `liquibase.changeset-failed` stand only where the")
                .append(" tool names no database error this catalogue knows.\n");
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            List<CatalogEntry> entries = catalogue.entries().stream()
                    .filter(entry -> section(entry).equals(section.getKey()))
                    .toList();
            out.append("\n## ").append(section.getValue()).append("\n\n");
            out.append("| Id | Code | Severity | Title | Message pattern | Fix | Documentation |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (CatalogEntry entry : entries) {
                out.append("| `")
                        .append(entry.id())
                        .append("` | ")
                        .append(entry.code() == null ? "" : entry.code())
                        .append(" | ")
                        .append(entry.severity())
                        .append(" | ")
                        .append(cell(entry.title()))
                        .append(" | ")
                        .append(
                                entry.pattern() == null
                                        ? ""
                                        : "`" + cell(entry.pattern()).replace("`", "'") + "`")
                        .append(" | ")
                        .append(cell(entry.fix()))
                        .append(" | ")
                        .append(entry.link() == null ? "" : "[docs](" + entry.link() + ")")
                        .append(" |\n");
            }
        }
        out.append("\n").append(catalogue.entries().size()).append(" entries.\n");
        return out.toString();
    }

    private static String section(CatalogEntry entry) {
        if (entry.engine() == null) {
            return "psql".equals(entry.tool()) ? "3" : "1";
        }
        return switch (entry.engine()) {
            case "oracle" -> "2";
            case "postgresql" -> "3";
            case "mysql" -> "4";
            default -> "5";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
