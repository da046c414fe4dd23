package io.jenkins.plugins.deploygate.engine.report;

import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.render.DocumentWriter;
import io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter;
import io.jenkins.plugins.deploygate.engine.report.render.MarkdownWriter;
import io.jenkins.plugins.deploygate.engine.report.render.TextWriter;
import java.util.Locale;
import java.util.function.Supplier;

/** The formats a report is rendered in, for either audience. */
public enum ReportFormat {
    HTML(HtmlWriter::page),
    MARKDOWN(MarkdownWriter::new),
    TEXT(TextWriter::new),
    JSON(null);

    private final Supplier<DocumentWriter> writer;

    ReportFormat(Supplier<DocumentWriter> writer) {
        this.writer = writer;
    }

    /** The report for {@code audience} in this format. */
    public String render(DeploymentReport report, Audience audience) {
        if (this == JSON) {
            return Json.write(ReportJson.of(report, audience)) + "\n";
        }
        return write(audience == Audience.STAKEHOLDERS ? StakeholderStatus.of(report) : DeveloperFixReport.of(report));
    }

    /** Any document (a post-mortem draft, say) in this format; JSON has no document form. */
    public String write(Document document) {
        if (writer == null) {
            throw new UnsupportedOperationException("A document has no " + this + " form");
        }
        return writer.get().write(document);
    }

    /** The format named {@code name}, in any case: html, markdown, text or json. */
    public static ReportFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format: \"" + name + "\" is not one of html, markdown, text, json", e);
        }
    }
}
