package io.jenkins.plugins.deploygate.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndAmpersands() {
        assertThat(Html.escape("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    }

    @Test
    void replacesControlCharactersAndLeavesOrdinaryTextAsIs() {
        assertThat(Html.escape("a\u0000b\u001Bc")).isEqualTo("a\uFFFDb\uFFFDc");
        String plain = "relation orders does not exist";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void keepsOnlyWebLinks() {
        assertThat(Html.url("https://example.com/?a=1&b=2")).isEqualTo("https://example.com/?a=1&amp;b=2");
        assertThat(Html.url("javascript:alert(1)")).isEqualTo("#");
        assertThat(Html.url(null)).isEqualTo("#");
    }
}
