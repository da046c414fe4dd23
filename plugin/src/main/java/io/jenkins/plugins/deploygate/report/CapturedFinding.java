package io.jenkins.plugins.deploygate.report;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of a captured block, as stored in the build's details file: a plugin-defined copy of
 * the engine's {@link Finding} (JEP-200 refuses engine classes, and XStream cannot read records
 * back). Message and context were redacted by the engine before they got here.
 */
public final class CapturedFinding {

    private final String id;
    private final String engine;
    private final String tool;
    private final String code;
    private final String severity;
    private final String title;
    private final String message;
    private final long line;
    private final long count;
    private final String migrationVersion;
    private final String migrationScript;
    private final Integer migrationLine;
    private final String fix;
    private final String link;
    private final List<String> context;
    /** The line number of the first context line; 0 in details files written before it was kept. */
    private final long contextStart;

    private CapturedFinding(Finding finding) {
        id = finding.id();
        engine = finding.engine();
        tool = finding.tool();
        code = finding.code();
        severity = finding.severity().name();
        title = finding.title();
        message = finding.message();
        line = finding.line();
        count = finding.count();
        MigrationRef migration = finding.migration();
        migrationVersion = migration == null ? null : migration.version();
        migrationScript = migration == null ? null : migration.script();
        migrationLine = migration == null ? null : migration.line();
        fix = finding.fix();
        link = finding.link();
        context = new ArrayList<>(finding.context());
        contextStart = finding.contextStart();
    }

    public static CapturedFinding of(Finding finding) {
        return new CapturedFinding(finding);
    }

    /** The engine's value again, for the report renderers. */
    public Finding toFinding() {
        boolean hasMigration = migrationVersion != null || migrationScript != null || migrationLine != null;
        return new Finding(
                id,
                engine,
                tool,
                code,
                Severity.valueOf(severity),
                title,
                message,
                line,
                count,
                hasMigration ? new MigrationRef(migrationVersion, migrationScript, migrationLine) : null,
                fix,
                link,
                context == null ? List.of() : context,
                contextStart());
    }

    /** The stored first context line, or for older files the one that ends the context at the finding's line. */
    private long contextStart() {
        if (contextStart > 0) {
            return contextStart;
        }
        int lines = context == null ? 0 : context.size();
        return lines == 0 ? line : Math.max(1, line - lines + 1);
    }

    public String getEngine() {
        return engine;
    }

    public boolean isError() {
        return Severity.ERROR.name().equals(severity);
    }
}
