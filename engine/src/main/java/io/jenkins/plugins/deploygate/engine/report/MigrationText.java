package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;

/**
 * How the reports name the migration of a finding, in the words of its tool: Flyway's script with
 * its version and line ("V3__add_orders.sql (version 3, line 12)"), Liquibase's changeset by id,
 * author and changelog ("changeset create-orders by bob in changelog.sql"), where {@link
 * MigrationRef} keeps the changeset id as the version.
 */
final class MigrationText {

    private static final String LIQUIBASE = "liquibase";

    private MigrationText() {}

    /** The migration in words, or null when the finding names none; it reads as a "Migration" fact. */
    static String of(Finding finding) {
        MigrationRef migration = finding.migration();
        if (migration == null) {
            return null;
        }
        if (!isChangeset(finding)) {
            return migration.describe();
        }
        return "changeset " + migration.version()
                + (migration.author() == null ? "" : " by " + migration.author())
                + (migration.script() == null ? "" : " in " + migration.script());
    }

    private static boolean isChangeset(Finding finding) {
        return LIQUIBASE.equals(finding.tool())
                && finding.migration() != null
                && finding.migration().version() != null;
    }
}
