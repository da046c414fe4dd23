package io.jenkins.plugins.deploygate.capture;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import io.jenkins.plugins.deploygate.engine.capture.detect.MigrationRef;
import io.jenkins.plugins.deploygate.engine.capture.detect.Wrapper;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One finding of a captured block, as stored in the build's details file: a plugin-defined copy of
 * the engine's {@link Finding} (JEP-200 refuses engine classes, and XStream cannot read records
 * back), of JDK types only. Message, statement, wrapper and context were redacted by the engine
 * before they got here. Exported in the report's REST API without its context lines and fix: what
 * a script filters on.
 *
 * <p>Fields added since the first release are null in the details files written before them, and
 * read as the engine's defaults then: one occurrence line, no statement, no wrapper, no author.
 */
@ExportedBean(defaultVisibility = 2)
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
    /** The line of each occurrence kept (at most {@link Finding#MAX_LINES}); null in older files. */
    private final List<Long> lines;

    private final String migrationVersion;
    private final String migrationScript;
    private final Integer migrationLine;
    private final String migrationAuthor;
    /** The failing statement the tool printed, redacted; null when it printed none. */
    private final String statement;
    /** The tool's own report around the error ("Migration V3 failed"): id, words, line; null without one. */
    private final String wrapperId;

    private final String wrapperMessage;
    private final Long wrapperLine;
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
        lines = new ArrayList<>(finding.lines());
        MigrationRef migration = finding.migration();
        migrationVersion = migration == null ? null : migration.version();
        migrationScript = migration == null ? null : migration.script();
        migrationLine = migration == null ? null : migration.line();
        migrationAuthor = migration == null ? null : migration.author();
        statement = finding.statement();
        Wrapper wrapper = finding.wrapper();
        wrapperId = wrapper == null ? null : wrapper.id();
        wrapperMessage = wrapper == null ? null : wrapper.message();
        wrapperLine = wrapper == null ? null : wrapper.line();
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
        boolean hasMigration =
                migrationVersion != null || migrationScript != null || migrationLine != null || migrationAuthor != null;
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
                getLines(),
                hasMigration
                        ? new MigrationRef(migrationVersion, migrationScript, migrationLine, migrationAuthor)
                        : null,
                statement,
                wrapperMessage == null || wrapperLine == null
                        ? null
                        : new Wrapper(wrapperId, wrapperMessage, wrapperLine),
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

    /** The catalogue id, e.g. {@code postgresql.42P01}. */
    @Exported
    public String getId() {
        return id;
    }

    /** {@code ERROR}, {@code WARNING} or {@code INFO}. */
    @Exported
    public String getSeverity() {
        return severity;
    }

    @Exported
    public String getEngine() {
        return engine;
    }

    /** The database's or the tool's own code ({@code 42P01}, {@code ORA-00942}), or null. */
    @Exported
    public String getCode() {
        return code;
    }

    /** The error's message, as redacted by the engine. */
    @Exported
    public String getMessage() {
        return message;
    }

    /** The migration script the finding came from ({@code V3__add_orders.sql}), or null. */
    @Exported
    public String getMigration() {
        return migrationScript != null ? migrationScript : migrationVersion;
    }

    /** The changeset's author, for a Liquibase finding whose tool named one; else null. */
    @Exported
    public String getMigrationAuthor() {
        return migrationAuthor;
    }

    /** The finding's line in the captured output, counted from 1: the first of {@link #getLines()}. */
    @Exported
    public long getLine() {
        return line;
    }

    /** How often it occurred; {@link #getLines()} lists the first {@link Finding#MAX_LINES} of them. */
    @Exported
    public long getCount() {
        return count;
    }

    /**
     * The line of each occurrence, in order; just {@link #getLine()} in files written before they
     * were kept, or in a file whose lines do not fit its finding (edited by hand), which would
     * otherwise break the report page.
     */
    @Exported
    public List<Long> getLines() {
        boolean fits = lines != null
                && !lines.isEmpty()
                && Long.valueOf(line).equals(lines.get(0))
                && lines.size() <= Math.min(count, Finding.MAX_LINES);
        return fits ? List.copyOf(lines) : List.of(line);
    }

    /** The failing statement the tool printed with the error, redacted by the engine; or null. */
    @Exported
    public String getStatement() {
        return statement;
    }

    /** The tool's own words around the error ("Migration V3__add_orders.sql failed"), or null. */
    @Exported
    public String getWrapper() {
        return wrapperMessage;
    }

    public boolean isError() {
        return Severity.ERROR.name().equals(severity);
    }
}
