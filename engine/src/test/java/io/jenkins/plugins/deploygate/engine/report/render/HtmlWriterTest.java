package io.jenkins.plugins.deploygate.engine.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    @Test
    void escapesEveryTextSoNoTagOrAttributeCanBeInjected() {
        String html = HtmlWriter.page().write(Hostile.document());

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("\" onmouseover=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&quot; onmouseover=&quot;alert(1)&quot; x=&quot;");
    }

    @Test
    void neverLinksToAnAddressThatCouldRunCode() {
        String html = HtmlWriter.page().write(Hostile.document());

        assertThat(html).doesNotContainIgnoringCase("href=\"javascript:").contains("evil");
    }

    @Test
    void replacesTerminalControlCharacters() {
        String html = HtmlWriter.page().write(Hostile.document());

        assertThat(html).doesNotContain("\u001b").contains("\uFFFD[2J");
    }

    @Test
    void pageIsSelfContainedWithoutScriptsOrExternalAssets() {
        String html = HtmlWriter.page().write(Hostile.document());

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\">", "<style>", "prefers-color-scheme:dark")
                .doesNotContain("<link", "<img", "<script", "@import", "url(");
    }

    @Test
    void fragmentCarriesNoStyleSoAHostPageWithAStrictPolicyCanShowIt() {
        String html = HtmlWriter.fragment().write(Hostile.document());

        assertThat(html).startsWith("<div class=\"dg-report\">").doesNotContain("<style", "style=", "<html");
    }

    @Test
    void themedFragmentLeavesTheHeadingAndTheColoursToTheHostPage() {
        String html = HtmlWriter.themed().write(Hostile.document());

        assertThat(html)
                .startsWith("<div class=\"dg-report dg-themed\">")
                .doesNotContain("<h1", "<style", "style=", "<html");
        assertThat(HtmlWriter.themedStylesheet())
                .contains("var(--text-color", "var(--link-color", "var(--alert-danger-border-color")
                .doesNotContain("prefers-color-scheme")
                .doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    }

    @Test
    void longLogLinesWrapInsteadOfWideningThePage() {
        assertThat(HtmlWriter.stylesheet()).contains(".dg-excerpt{").contains("white-space:pre-wrap");
        assertThat(HtmlWriter.page().write(Hostile.document())).contains(Hostile.LONG_LINE);
    }

    @Test
    void marksTheLineAFindingPointsAt() {
        String html = HtmlWriter.fragment().write(Hostile.document());

        assertThat(html)
                .contains("<span class=\"dg-line dg-marked\"><span class=\"dg-ln\">41</span>ERROR &lt;script&gt;");
    }

    @Test
    void linksOpenWithoutGivingThePageAccessToTheReport() {
        String html = HtmlWriter.fragment()
                .write(Document.builder("t")
                        .paragraph(
                                Inline.link("docs", "https://www.postgresql.org/docs/current/errcodes-appendix.html"))
                        .build());

        assertThat(html)
                .contains("<a href=\"https://www.postgresql.org/docs/current/errcodes-appendix.html\" "
                        + "rel=\"noopener noreferrer\">docs</a>");
    }

    @Test
    void keepsACodeBlocksLinesInOnePreformattedBlockEscaped() {
        String html = HtmlWriter.fragment().write(Hostile.document());

        assertThat(html)
                .contains("<pre class=\"dg-code\"><code class=\"language-sql\">"
                        + "INSERT INTO t VALUES (&#39;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#39;)\n```\n"
                        + "\uFFFD[2J\uFFFD[31mred</code></pre>");
        assertThat(HtmlWriter.stylesheet()).contains(".dg-code{").contains("white-space:pre-wrap");
        assertThat(HtmlWriter.themedStylesheet()).contains(".dg-themed .dg-code{");
    }

    @Test
    void aCodeBlocksLanguageCannotBreakOutOfItsClass() {
        assertThatThrownBy(() -> Block.CodeBlock.of("sql\"><script>", "SELECT 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a lower-case name");
    }
}
