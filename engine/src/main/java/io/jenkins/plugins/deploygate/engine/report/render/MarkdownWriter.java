package io.jenkins.plugins.deploygate.engine.report.render;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CommonMark / GitHub-flavoured Markdown, for pull request comments, chat and tickets. Text is
 * escaped so that a log line can neither format the page nor smuggle in HTML, which Markdown
 * renderers otherwise pass through.
 */
public final class MarkdownWriter extends DocumentWriter {

    @Override
    protected void begin(Document document) {
        out.append("# ").append(escape(document.title())).append("\n\n");
    }

    @Override
    protected void end(Document document) {
        // Markdown needs no closing.
    }

    @Override
    public void heading(Block.Heading heading) {
        out.append("#".repeat(heading.level()))
                .append(' ')
                .append(escape(heading.text()))
                .append("\n\n");
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) {
        out.append(inline(paragraph.parts())).append("\n\n");
    }

    @Override
    public void callout(Block.Callout callout) {
        out.append("> **")
                .append(escape(callout.title()))
                .append(":** ")
                .append(escape(callout.text()))
                .append("\n\n");
    }

    @Override
    public void facts(Block.Facts facts) {
        for (Fact fact : facts.facts()) {
            out.append("- **")
                    .append(escape(fact.label()))
                    .append(":** ")
                    .append(inline(fact.value()))
                    .append('\n');
        }
        out.append('\n');
    }

    @Override
    public void bullets(Block.Bullets bullets) {
        bullets.items()
                .forEach(item -> out.append("- ").append(inline(item.parts())).append('\n'));
        out.append('\n');
    }

    @Override
    public void table(Block.Table table) {
        out.append("| ")
                .append(table.headers().stream().map(MarkdownWriter::escape).collect(Collectors.joining(" | ")))
                .append(" |\n|")
                .append(" --- |".repeat(table.headers().size()))
                .append('\n');
        for (List<Inline> row : table.rows()) {
            out.append("| ")
                    .append(row.stream().map(cell -> inline(List.of(cell))).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        out.append('\n');
    }

    @Override
    public void excerpt(Block.Excerpt excerpt) {
        fenced("text", TextWriter.numbered(excerpt));
    }

    @Override
    public void codeBlock(Block.CodeBlock codeBlock) {
        StringBuilder lines = new StringBuilder();
        codeBlock.lines().forEach(line -> lines.append(TextWriter.clean(line)).append('\n'));
        fenced(codeBlock.language(), lines.toString());
    }

    /** A fence longer than any run of backticks inside, so that no line of the code can close it. */
    private void fenced(String language, String lines) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(lines) + 1));
        out.append(fence)
                .append(language)
                .append('\n')
                .append(lines)
                .append(fence)
                .append("\n\n");
    }

    private static String inline(List<Inline> parts) {
        StringBuilder text = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Inline.Code code) {
                text.append(codeSpan(code.text()));
            } else if (part instanceof Inline.Link link) {
                text.append('[')
                        .append(escape(link.text()))
                        .append("](")
                        .append(encodeHref(link.href()))
                        .append(')');
            } else {
                text.append(escape(part.text()));
            }
        }
        return text.toString();
    }

    /** A code span whose fence is longer than any run of backticks inside it. */
    static String codeSpan(String text) {
        String clean = TextWriter.clean(text).replace('\t', ' ');
        String fence = "`".repeat(longestBacktickRun(clean) + 1);
        String padding = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
        return fence + padding + clean + padding + fence;
    }

    /**
     * Backslash-escapes what could start Markdown or HTML syntax: emphasis, code, links, tables and
     * tags anywhere; headings, lists and rules only where they can start, at the beginning. Other
     * punctuation is left alone, so that the Markdown stays readable as plain text.
     */
    static String escape(String text) {
        String clean = TextWriter.clean(text).replace('\t', ' ');
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0 || (i == 0 && "#-+=>".indexOf(c) >= 0)) {
                escaped.append('\\').append(c);
            } else if (c == '&') {
                escaped.append("&amp;");
            } else if ((c == '.' || c == ')') && isOrderedListMarker(clean, i)) {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** "12." or "3)" at the very start would turn the text into a numbered list. */
    private static boolean isOrderedListMarker(String text, int at) {
        if (at == 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A link target cannot hold spaces, parentheses or angle brackets: they are percent-encoded. */
    private static String encodeHref(String href) {
        StringBuilder encoded = new StringBuilder(href.length());
        for (char c : href.strip().toCharArray()) {
            switch (c) {
                case ' ' -> encoded.append("%20");
                case '(' -> encoded.append("%28");
                case ')' -> encoded.append("%29");
                case '<' -> encoded.append("%3C");
                case '>' -> encoded.append("%3E");
                default -> encoded.append(c < 0x20 ? "" : String.valueOf(c));
            }
        }
        return encoded.toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
