package io.jenkins.plugins.deploygate.engine.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownWriterTest {

    @Test
    void escapesHtmlSoRenderersCannotPassItThrough() {
        String markdown = new MarkdownWriter().write(Hostile.document());

        // Markdown shows code spans and fenced blocks literally: only there may a tag stay as it is.
        String codeSpan = "`` code `<script>alert('x')</script>` ``";
        String outsideCode = markdown.replace(codeSpan, "").replaceAll("(?s)(`{3,})[a-z]+\n.*?\n\\1\n", "");
        assertThat(markdown).contains(codeSpan, "\\<script\\>");
        assertThat(outsideCode).doesNotContain("<script>").contains("\\<script\\>");
    }

    @Test
    void keepsPipesFromBreakingTableCells() {
        String markdown = new MarkdownWriter().write(Hostile.document());

        assertThat(markdown).contains("| a \\| b |");
    }

    @Test
    void fencesExcerptsWithMoreBackticksThanTheyContain() {
        String markdown = new MarkdownWriter()
                .write(io.jenkins.plugins.deploygate.engine.report.document.Document.builder("t")
                        .add(new io.jenkins.plugins.deploygate.engine.report.document.Block.Excerpt(
                                java.util.List.of("```", "inside"), 1, 2))
                        .build());

        assertThat(markdown).contains("````text\n  1 | ```\n> 2 | inside\n````");
    }

    @Test
    void dropsLinksThatCouldRunCodeButKeepsTheirText() {
        String markdown = new MarkdownWriter().write(Hostile.document());

        assertThat(markdown).doesNotContainIgnoringCase("javascript:").contains("evil");
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "# not a heading; \\# not a heading",
                "- not a list; \\- not a list",
                "12. not a list; 12\\. not a list",
                "V3__add_orders.sql; V3\\_\\_add\\_orders.sql",
                "a * b; a \\* b",
                "[x](javascript:y); \\[x\\](javascript:y)",
                "ends. here - ok; ends. here - ok"
            })
    void escapesOnlyWhatWouldChangeTheFormatting(String text, String escaped) {
        assertThat(MarkdownWriter.escape(text)).isEqualTo(escaped);
    }

    @Test
    void codeSpansSurviveBackticksInside() {
        assertThat(MarkdownWriter.codeSpan("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownWriter.codeSpan("`x`")).isEqualTo("`` `x` ``");
    }

    @Test
    void fencesACodeBlockWithMoreBackticksThanItContainsAndNamesItsLanguage() {
        String markdown = new MarkdownWriter().write(Hostile.document());

        assertThat(markdown)
                .contains("````sql\nINSERT INTO t VALUES ('<script>alert('x')</script>')\n```\n"
                        + "\uFFFD[2J\uFFFD[31mred\n````\n");
    }
}
