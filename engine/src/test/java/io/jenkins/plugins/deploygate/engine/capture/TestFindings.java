package io.jenkins.plugins.deploygate.engine.capture;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import java.util.List;

/** Findings built by hand for tests of what renders them. */
public final class TestFindings {

    private TestFindings() {}

    /** A finding with only the first occurrence's line, no statement and no wrapper: what most tests need. */
    public static Finding of(
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
        return new Finding(
                id,
                engine,
                tool,
                code,
                severity,
                title,
                message,
                line,
                count,
                List.of(line),
                migration,
                null,
                null,
                fix,
                link,
                context,
                contextStart);
    }
}
