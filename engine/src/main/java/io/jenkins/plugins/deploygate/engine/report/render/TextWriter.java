package io.jenkins.plugins.deploygate.engine.report.render;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import io.jenkins.plugins.deploygate.engine.text.UnsafeCharacters;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain text for a terminal or a mail without HTML. Control characters from logs are replaced, so
 * that a report printed to a terminal cannot move its cursor or change its colours.
 */
public final class TextWriter extends DocumentWriter {

    @Override
    protected void begin(Document document) {
        underline(document.title(), '=');
    }

    @Override
    protected void end(Document document) {
        // Text needs no closing.
    }

    @Override
    public void heading(Block.Heading heading) {
        underline(heading.text(), heading.level() <= 2 ? '=' : '-');
    }

    @Override
    public void paragraph(Block.Paragraph paragraph) {
        out.append(inline(paragraph.parts())).append("\n\n");
    }

    @Override
    public void callout(Block.Callout callout) {
        out.append(clean(callout.title()).toUpperCase(java.util.Locale.ROOT))
                .append(": ")
                .append(clean(callout.text()))
                .append("\n\n");
    }

    @Override
    public void facts(Block.Facts facts) {
        int width = facts.facts().stream()
                .mapToInt(fact -> clean(fact.label()).length())
                .max()
                .orElse(0);
        for (Fact fact : facts.facts()) {
            String label = clean(fact.label()) + ":";
            out.append(label)
                    .append(" ".repeat(width + 3 - label.length()))
                    .append(inline(fact.value()))
                    .append('\n');
        }
        out.append('\n');
    }

    @Override
    public void bullets(Block.Bullets bullets) {
        bullets.items()
                .forEach(item -> out.append("  - ").append(inline(item.parts())).append('\n'));
        out.append('\n');
    }

    @Override
    public void table(Block.Table table) {
        out.append(table.headers().stream().map(TextWriter::clean).collect(Collectors.joining(" | ")))
                .append('\n');
        for (List<Inline> row : table.rows()) {
            out.append(row.stream().map(cell -> inline(List.of(cell))).collect(Collectors.joining(" | ")))
                    .append('\n');
        }
        out.append('\n');
    }

    @Override
    public void excerpt(Block.Excerpt excerpt) {
        out.append(numbered(excerpt)).append('\n');
    }

    /** Indented by four spaces, as a code block in a plain-text mail. */
    @Override
    public void codeBlock(Block.CodeBlock codeBlock) {
        codeBlock.lines().forEach(line -> out.append("    ").append(clean(line)).append('\n'));
        out.append('\n');
    }

    /**
     * The excerpt's lines, cleaned and numbered, with {@code >} at the marked one: the plain form
     * that Markdown puts in a fence as it is.
     */
    static String numbered(Block.Excerpt excerpt) {
        StringBuilder text = new StringBuilder();
        int width = Long.toString(excerpt.firstLine() + excerpt.lines().size()).length();
        long number = excerpt.firstLine();
        for (String line : excerpt.lines()) {
            String numberText = Long.toString(number);
            text.append(number == excerpt.markedLine() ? "> " : "  ")
                    .append(" ".repeat(width - numberText.length()))
                    .append(numberText)
                    .append(" | ")
                    .append(clean(line))
                    .append('\n');
            number++;
        }
        return text.toString();
    }

    private void underline(String text, char rule) {
        String clean = clean(text);
        out.append(clean)
                .append('\n')
                .append(String.valueOf(rule).repeat(clean.length()))
                .append("\n\n");
    }

    private static String inline(List<Inline> parts) {
        StringBuilder text = new StringBuilder();
        for (Inline part : parts) {
            text.append(clean(part.text()));
            if (part instanceof Inline.Link link && !link.href().equals(link.text())) {
                text.append(" <").append(clean(link.href())).append('>');
            }
        }
        return text.toString();
    }

    /**
     * Replaces control characters (escape sequences, carriage returns, NUL) and bidirectional
     * formatting characters by U+FFFD.
     */
    static String clean(String text) {
        return UnsafeCharacters.replaceOnOneLine(text);
    }
}
