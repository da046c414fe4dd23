package io.jenkins.plugins.deploygate.engine.report.render;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.List;

/** A document in which every text is something a hostile log or user could have written. */
final class Hostile {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String ATTRIBUTE_BREAKER = "\" onmouseover=\"alert(1)\" x=\"";
    static final String TERMINAL_ESCAPE = "\u001b[2J\u001b[31mred";
    static final String LONG_LINE = "x".repeat(20_000);
    /** A statement that quotes a tag, holds a Markdown fence, and moves the terminal's cursor. */
    static final String STATEMENT = "INSERT INTO t VALUES ('" + SCRIPT + "')\n```\n" + TERMINAL_ESCAPE;

    private Hostile() {}

    static Document document() {
        return Document.builder("Report " + SCRIPT)
                .heading(2, "Heading " + SCRIPT)
                .paragraph(
                        Inline.text("text " + SCRIPT + " " + ATTRIBUTE_BREAKER),
                        Inline.code("code `" + SCRIPT + "`"),
                        Inline.link("link " + SCRIPT, "https://example.com/?q=" + ATTRIBUTE_BREAKER),
                        Inline.link("evil", "javascript:alert(1)"))
                .callout(Block.Tone.DANGER, "Title " + SCRIPT, "Text " + ATTRIBUTE_BREAKER + TERMINAL_ESCAPE)
                .facts(List.of(Fact.of("Label " + SCRIPT, "value " + ATTRIBUTE_BREAKER)))
                .bullets(List.of("item " + SCRIPT, "# not a heading", "1. not a list"))
                .add(new Block.Table(
                        List.of("Header " + SCRIPT, "Cell"),
                        List.of(List.of(Inline.text("a | b"), Inline.text(SCRIPT)))))
                .add(new Block.Excerpt(List.of("before", "ERROR " + SCRIPT + TERMINAL_ESCAPE, LONG_LINE), 40, 41))
                .add(Block.CodeBlock.of("sql", STATEMENT))
                .build();
    }
}
