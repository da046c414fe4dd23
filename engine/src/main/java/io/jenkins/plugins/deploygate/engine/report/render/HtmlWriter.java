package io.jenkins.plugins.deploygate.engine.report.render;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import io.jenkins.plugins.deploygate.engine.text.UnsafeCharacters;
import java.util.List;
import java.util.Locale;

/**
 * HTML in three forms. A {@link #page()} is one self-contained file: its style sheet inline, no
 * script, no external asset, readable in a browser and in a mail client, light or dark. A
 * {@link #fragment()} is the same markup without page or style, for a host page that brings
 * {@link #stylesheet()} itself (a content security policy may refuse inline styles). A
 * {@link #themed()} fragment is for a host with its own heading and theme (Jenkins): no title
 * heading, and {@link #themedStylesheet()} takes its colours from the host's design variables.
 * Every text is escaped here and nowhere else.
 */
public final class HtmlWriter extends DocumentWriter {

    private enum Form {
        PAGE,
        FRAGMENT,
        THEMED
    }

    private final Form form;

    private HtmlWriter(Form form) {
        this.form = form;
    }

    /** A writer of one self-contained HTML file. */
    public static HtmlWriter page() {
        return new HtmlWriter(Form.PAGE);
    }

    /** A writer of a {@code <div class="dg-report">} to place inside another page. */
    public static HtmlWriter fragment() {
        return new HtmlWriter(Form.FRAGMENT);
    }

    /**
     * A writer of a {@code <div class="dg-report dg-themed">} for a host page that heads it with the
     * title itself and has a theme of its own (light, dark, high contrast).
     */
    public static HtmlWriter themed() {
        return new HtmlWriter(Form.THEMED);
    }

    /** The style sheet of a page and of a fragment: inline in a page, served by the host for a fragment. */
    public static String stylesheet() {
        return ReportStylesheet.CSS;
    }

    /** The style sheet of a {@link #themed()} fragment: layout only, colours from the host's variables. */
    public static String themedStylesheet() {
        return ReportStylesheet.THEMED;
    }

    @Override
    protected void begin(Document document) {
        if (form == Form.PAGE) {
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                    .append("<title>")
                    .append(escape(document.title()))
                    .append("</title>\n<style>\n")
                    .append(stylesheet())
                    .append("</style>\n</head>\n<body>\n");
        }
        if (form == Form.THEMED) {
            out.append("<div class=\"dg-report dg-themed\">\n");
            return;
        }
        out.append("<div class=\"dg-report\">\n<h1>")
                .append(escape(document.title()))
                .append("</h1>\n");
    }

    @Override
    protected void end(Document document) {
        out.append("</div>\n");
        if (form == Form.PAGE) {
            out.append("</body>\n</html>\n");
        }
    }

    @Override
    public void heading(Block.Heading heading) {
        int level = Math.min(6, heading.level() + 1);
        out.append("<h").append(level).append('>');
        out.append(escape(heading.text()));
        out.append("</h").append(level).append(">\n");
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) {
        out.append("<p>").append(inline(paragraph.parts())).append("</p>\n");
    }

    @Override
    public void callout(Block.Callout callout) {
        out.append("<div class=\"dg-callout dg-")
                .append(callout.tone().name().toLowerCase(Locale.ROOT))
                .append("\" role=\"note\"><strong>")
                .append(escape(callout.title()))
                .append(":</strong> ")
                .append(escape(callout.text()))
                .append("</div>\n");
    }

    @Override
    public void facts(Block.Facts facts) {
        out.append("<table class=\"dg-facts\">\n");
        for (Fact fact : facts.facts()) {
            out.append("<tr><th scope=\"row\">")
                    .append(escape(fact.label()))
                    .append("</th><td>")
                    .append(inline(fact.value()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    @Override
    public void bullets(Block.Bullets bullets) {
        out.append("<ul>\n");
        bullets.items()
                .forEach(item -> out.append("<li>").append(inline(item.parts())).append("</li>\n"));
        out.append("</ul>\n");
    }

    @Override
    public void table(Block.Table table) {
        out.append("<table class=\"dg-table\">\n<thead><tr>");
        table.headers()
                .forEach(header ->
                        out.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Inline> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(inline(List.of(cell))).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public void excerpt(Block.Excerpt excerpt) {
        // Each line is a block of its own, so no newline goes between them: it would show as a blank line.
        out.append("<pre class=\"dg-excerpt\">");
        long number = excerpt.firstLine();
        for (String line : excerpt.lines()) {
            out.append(
                            number == excerpt.markedLine()
                                    ? "<span class=\"dg-line dg-marked\">"
                                    : "<span class=\"dg-line\">")
                    .append("<span class=\"dg-ln\">")
                    .append(number)
                    .append("</span>")
                    .append(escape(line))
                    .append("</span>");
            number++;
        }
        out.append("</pre>\n");
    }

    @Override
    public void codeBlock(Block.CodeBlock codeBlock) {
        out.append("<pre class=\"dg-code\"><code class=\"language-")
                .append(codeBlock.language())
                .append("\">");
        for (int i = 0; i < codeBlock.lines().size(); i++) {
            out.append(i == 0 ? "" : "\n").append(escape(codeBlock.lines().get(i)));
        }
        out.append("</code></pre>\n");
    }

    private static String inline(List<Inline> parts) {
        StringBuilder html = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Inline.Code code) {
                html.append("<code>").append(escape(code.text())).append("</code>");
            } else if (part instanceof Inline.Link link) {
                html.append("<a href=\"")
                        .append(escape(link.href().strip()))
                        .append("\" rel=\"noopener noreferrer\">")
                        .append(escape(link.text()))
                        .append("</a>");
            } else {
                html.append(escape(part.text()));
            }
        }
        return html.toString();
    }

    /**
     * Escapes text for an element or a quoted attribute. Control characters, which HTML forbids
     * and terminals interpret, and bidirectional formatting characters become U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c == '\n' || UnsafeCharacters.isUnsafe(c) ? UnsafeCharacters.REPLACEMENT : c);
            }
        }
        return escaped.toString();
    }
}
