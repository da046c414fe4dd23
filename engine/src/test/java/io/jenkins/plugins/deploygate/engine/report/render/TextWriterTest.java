package io.jenkins.plugins.deploygate.engine.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.report.document.Fact;
import io.jenkins.plugins.deploygate.engine.report.document.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {

    @Test
    void removesTerminalEscapesSoAReportCannotRepaintTheScreen() {
        String text = new TextWriter().write(Hostile.document());

        assertThat(text).doesNotContain("\u001b").contains("\uFFFD[2J");
    }

    @Test
    void alignsFactsAndShowsLinkTargets() {
        String text = new TextWriter()
                .write(Document.builder("Deployment")
                        .facts(List.of(
                                Fact.of("Environment", "production"),
                                Fact.of("Report", Inline.link("build #42", "https://ci.example.com/job/db/42/"))))
                        .build());

        assertThat(text)
                .isEqualTo("Deployment\n==========\n\n"
                        + "Environment:  production\n"
                        + "Report:       build #42 <https://ci.example.com/job/db/42/>\n\n");
    }

    @Test
    void numbersExcerptLinesAndPointsAtTheMarkedOne() {
        String text = new TextWriter().write(Hostile.document());

        assertThat(text).contains("  40 | before\n> 41 | ERROR <script>");
    }

    @Test
    void indentsACodeBlockLineByLineAndCleansIt() {
        String text = new TextWriter().write(Hostile.document());

        assertThat(text)
                .contains(
                        "    INSERT INTO t VALUES ('<script>alert('x')</script>')\n    ```\n    \uFFFD[2J\uFFFD[31mred\n\n");
    }
}
