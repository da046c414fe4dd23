package io.jenkins.plugins.deploygate.engine.capture.render;

import io.jenkins.plugins.deploygate.engine.capture.Finding;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.json.Json;
import io.jenkins.plugins.deploygate.engine.text.Html;
import io.jenkins.plugins.deploygate.engine.text.Markdown;

/**
 * The output of {@code deploy-gate scan} in its four formats. JSON is the contract's document;
 * text is for a console; Markdown and HTML are for people, with all log text escaped. HTML is one
 * self-contained page: inline CSS, no scripts, no external resources.
 */
public final class ScanRenderer {

    private ScanRenderer() {}

    public static String json(ScanResult result) {
        return Json.write(result.toJson());
    }

    public static String text(ScanResult result) {
        StringBuilder out = new StringBuilder();
        out.append(summary(result)).append('\n');
        for (Finding finding : result.findings()) {
            out.append('\n')
                    .append(finding.severity())
                    .append(' ')
                    .append(finding.id())
                    .append(" at line ")
                    .append(finding.line());
            if (finding.count() > 1) {
                out.append(" (").append(finding.count()).append(" times)");
            }
            out.append(": ").append(finding.title()).append('\n');
            out.append("  ").append(finding.message()).append('\n');
            if (finding.migration() != null) {
                out.append("  migration: ")
                        .append(finding.migration().describe())
                        .append('\n');
            }
            if (finding.tool() != null) {
                out.append("  tool: ").append(finding.tool()).append('\n');
            }
            out.append("  fix: ").append(finding.fix()).append('\n');
            for (String line : finding.context()) {
                out.append("  | ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    public static String markdown(ScanResult result) {
        StringBuilder out = new StringBuilder("# Deployment log scan\n\n");
        out.append(Markdown.escape(summary(result))).append("\n");
        for (Finding finding : result.findings()) {
            out.append("\n## ")
                    .append(finding.severity())
                    .append(": ")
                    .append(Markdown.escape(finding.title()))
                    .append(" (")
                    .append(Markdown.code(finding.id()))
                    .append(")\n\n");
            out.append("- Message: ").append(Markdown.code(finding.message())).append('\n');
            out.append("- Line ")
                    .append(finding.line())
                    .append(", ")
                    .append(finding.count())
                    .append(" time(s)\n");
            if (finding.migration() != null) {
                out.append("- Migration: ")
                        .append(Markdown.code(finding.migration().describe()))
                        .append('\n');
            }
            if (finding.tool() != null) {
                out.append("- Tool: ").append(finding.tool()).append('\n');
            }
            out.append("- Fix: ").append(Markdown.escape(finding.fix())).append('\n');
            if (finding.link() != null) {
                out.append("- Documentation: <")
                        .append(finding.link().replace(">", "%3E"))
                        .append(">\n");
            }
            if (!finding.context().isEmpty()) {
                out.append('\n').append(Markdown.fence(String.join("\n", finding.context())));
            }
        }
        return out.toString();
    }

    public static String html(ScanResult result) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Deployment log scan</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1d1d1f}")
                .append("section{border:1px solid #d0d0d7;border-radius:6px;padding:1rem;margin:1rem 0}")
                .append(".ERROR h2{color:#b3261e}.WARNING h2{color:#8a5a00}.INFO h2{color:#44546a}")
                .append("pre{background:#f5f5f7;padding:.75rem;overflow-x:auto;white-space:pre-wrap}")
                .append("code{background:#f5f5f7;padding:0 .2rem}dt{font-weight:600}\n")
                .append("</style>\n</head>\n<body>\n<h1>Deployment log scan</h1>\n<p>")
                .append(Html.escape(summary(result)))
                .append("</p>\n");
        for (Finding finding : result.findings()) {
            out.append("<section class=\"")
                    .append(finding.severity())
                    .append("\">\n<h2>")
                    .append(finding.severity())
                    .append(": ")
                    .append(Html.escape(finding.title()))
                    .append(" <code>")
                    .append(Html.escape(finding.id()))
                    .append("</code></h2>\n<dl>\n");
            item(out, "Message", "<code>" + Html.escape(finding.message()) + "</code>");
            item(out, "Where", "line " + finding.line() + ", " + finding.count() + " time(s)");
            if (finding.migration() != null) {
                item(out, "Migration", Html.escape(finding.migration().describe()));
            }
            if (finding.tool() != null) {
                item(out, "Tool", Html.escape(finding.tool()));
            }
            item(out, "Fix", Html.escape(finding.fix()));
            if (finding.link() != null) {
                item(
                        out,
                        "Documentation",
                        "<a href=\"" + Html.url(finding.link()) + "\">" + Html.escape(finding.link()) + "</a>");
            }
            out.append("</dl>\n");
            if (!finding.context().isEmpty()) {
                out.append("<pre>")
                        .append(Html.escape(String.join("\n", finding.context())))
                        .append("</pre>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** One sentence: how much was read and what was found. */
    public static String summary(ScanResult result) {
        StringBuilder text = new StringBuilder();
        text.append("Scanned ")
                .append(result.linesScanned())
                .append(" lines (")
                .append(result.bytesScanned())
                .append(" bytes): ");
        long errors = result.errorCount();
        long others = result.findings().size() - errors;
        text.append(errors).append(errors == 1 ? " error" : " errors");
        if (others > 0) {
            text.append(", ").append(others).append(others == 1 ? " other finding" : " other findings");
        }
        text.append('.');
        if (result.silentFailure()) {
            text.append(" Silent failure: the command exited 0 but printed errors.");
        }
        if (result.findingsDropped() > 0) {
            text.append(" ")
                    .append(result.findingsDropped())
                    .append(" further occurrences were not kept: the scan holds at most ")
                    .append(result.findings().size())
                    .append(" distinct findings.");
        }
        return text.toString();
    }

    private static void item(StringBuilder out, String term, String html) {
        out.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
