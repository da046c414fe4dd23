package io.jenkins.plugins.deploygate.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void escapesInlineMarkupAndHtml() {
        assertThat(Markdown.escape("*bold* [link](x) <b> a|b `c`\nnext"))
                .isEqualTo("\\*bold\\* \\[link\\](x) &lt;b&gt; a\\|b \\`c\\` next");
    }

    @Test
    void codeSpansUseMoreBackticksThanTheTextHolds() {
        assertThat(Markdown.code("a")).isEqualTo("`a`");
        assertThat(Markdown.code("a `b` c")).isEqualTo("``a `b` c``");
        assertThat(Markdown.code("`x")).isEqualTo("`` `x ``");
    }

    @Test
    void fencesCannotBeClosedByTheTextInside() {
        assertThat(Markdown.fence("```\n<script>")).isEqualTo("````\n```\n<script>\n````\n");
    }
}
