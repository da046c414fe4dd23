package io.jenkins.plugins.deploygate.engine.capture.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in entries: migration tools first, then each engine. Each engine also has a generic
 * entry (id {@code <engine>.*}) that stands in for codes without an entry of their own.
 */
public final class BuiltInCatalogue {

    private static final List<CatalogEntry> ENTRIES = build();

    private BuiltInCatalogue() {}

    public static List<CatalogEntry> entries() {
        return ENTRIES;
    }

    /** The generic entry of {@code engine}. */
    public static CatalogEntry generic(String engine) {
        return switch (engine) {
            case "oracle" -> OracleEntries.generic();
            case "postgresql" -> PostgresEntries.generic();
            case "mysql" -> MySqlEntries.generic();
            case "sqlserver" -> SqlServerEntries.generic();
            default -> throw new IllegalArgumentException("Unknown engine " + engine);
        };
    }

    private static List<CatalogEntry> build() {
        List<CatalogEntry> all = new ArrayList<>(ToolEntries.entries());
        all.addAll(OracleEntries.entries());
        all.add(OracleEntries.generic());
        all.addAll(PostgresEntries.entries());
        all.add(PostgresEntries.generic());
        all.addAll(MySqlEntries.entries());
        all.add(MySqlEntries.generic());
        all.addAll(SqlServerEntries.entries());
        all.add(SqlServerEntries.generic());
        return List.copyOf(all);
    }
}
