package io.jenkins.plugins.deploygate.engine.capture.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScanRendererTest {

    private static final String HOSTILE =
            "psql:x.sql:1: ERROR:  relation \"<script>alert('x')</script>\" does not exist\n"
                    + "<img src=x onerror=alert(1)> & \"quotes\"\n";

    private final ScanResult result = LogScanner.defaults().scan(HOSTILE.getBytes(StandardCharsets.UTF_8));

    @Test
    void htmlIsOneSelfContainedPageWithAllLogTextEscaped() {
        String html = ScanRenderer.html(result);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>", "src=\"http", "<link");
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("&amp; &quot;quotes&quot;");
    }

    @Test
    void markdownKeepsLogTextInsideCode() {
        String markdown = ScanRenderer.markdown(result);

        assertThat(markdown).contains("`relation \"<script>alert('x')</script>\" does not exist`");
        assertThat(markdown).contains("```\npsql:x.sql:1:");
    }

    @Test
    void textNamesEachFindingWithItsFix() {
        String text = ScanRenderer.text(result);

        assertThat(text)
                .startsWith("Scanned 2 lines")
                .contains("ERROR postgresql.42P01 at line 1")
                .contains("fix: ");
    }
}
