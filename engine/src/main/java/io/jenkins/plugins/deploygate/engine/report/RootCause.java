package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The error that broke a deployment, the one every report starts from: the first ERROR finding in
 * the order of the log, since what fails later is often its consequence. One exception: when that
 * first error is the migration tool's own report of a failed migration and a database error of the
 * same migration follows, the database error is the cause and the tool's finding only says that the
 * migration failed. The scanner already keeps most such reports as the database error's {@code
 * wrapper}; this covers a tool whose report it does not fold.
 */
final class RootCause {

    private RootCause() {}

    static Optional<Finding> in(ScanResult result) {
        List<Finding> errors = result.findings().stream()
                .filter(Finding::isError)
                .sorted(Comparator.comparingLong(Finding::line))
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Finding first = errors.get(0);
        if (first.engine() != null || first.migration() == null) {
            return Optional.of(first);
        }
        return Optional.of(errors.stream()
                .filter(error -> error.engine() != null && sameMigration(error.migration(), first.migration()))
                .findFirst()
                .orElse(first));
    }

    /** The same version, and the same script where both name one: a tool may name only the version. */
    private static boolean sameMigration(MigrationRef one, MigrationRef other) {
        return one != null
                && Objects.equals(one.version(), other.version())
                && (one.script() == null
                        || other.script() == null
                        || one.script().equals(other.script()));
    }
}
