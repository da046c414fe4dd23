package io.jenkins.plugins.deploygate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.LogScanner;
import io.jenkins.plugins.deploygate.engine.capture.ScanResult;
import io.jenkins.plugins.deploygate.engine.report.document.Document;
import io.jenkins.plugins.deploygate.engine.text.UnsafeCharacters;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bidirectional formatting and control characters never reach a reader, whichever way they come. */
class UnsafeCharactersInEveryOutputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u0085",
                "\u0080", "\u009F", "\u0007"
            })
    void aCharacterThatReordersOrControlsTheDisplayIsDroppedFromLogTextInEveryOutput(String unsafe) {
        ScanResult result = scan("psql:deploy.sql:3: ERROR:  relation \"ord" + unsafe + "ers\" does not exist\n"
                + "context " + unsafe + "line\n");

        assertThat(result.findings().get(0).message()).isEqualTo("relation \"orders\" does not exist");
        assertThat(EveryOutput.of(result)).allSatisfy((name, text) -> assertThat(text)
                .as(name)
                .doesNotContain(unsafe)
                .doesNotContain("\\u" + String.format("%04x", (int) unsafe.charAt(0))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u001B]8;;https://evil.example/\u0007click\u001B]8;;\u0007",
                "\u001B]8;;https://evil.example/\u001B\\click\u001B]8;;\u001B\\",
                "\u001B]0;window title\u0007click",
                "\u009D8;;https://evil.example/\u009Cclick",
                "\u001B[1;31mclick\u001B[0m",
                "\u009B31mclick\u009B0m",
                "\u001B(Bclick"
            })
    void anOperatingSystemCommandOrControlSequenceIsRemovedWholeAndItsTextKept(String decorated) {
        ScanResult result = scan("ERROR 1146 (42S02) at line 3: Table 'shop." + decorated + "' doesn't exist\n");

        assertThat(result.findings().get(0).message()).isEqualTo("Table 'shop.click' doesn't exist");
        assertThat(EveryOutput.of(result))
                .allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain("8;;", "evil", "window title"));
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"TEXT", "MARKDOWN", "HTML"})
    void aWriterReplacesWhatDidNotComeFromALog(ReportFormat format) {
        Document document = Document.builder("Change \u202Egnp.exe")
                .paragraph("reason \u2066x\u2069 \u0085")
                .build();

        String written = format.write(document);

        assertThat(written)
                .doesNotContain("\u202E", "\u2066", "\u2069", "\u0085")
                .contains("Change \uFFFDgnp.exe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u2067", "\u0085", "\u009B"})
    void jsonReplacesThemTooSoThatADecodedStringIsSafeToShow(String unsafe) {
        String json = io.jenkins.plugins.deploygate.engine.json.Json.write(Map.of("reason", "a" + unsafe + "b"));

        assertThat(json).isEqualTo("{\"reason\":\"a" + UnsafeCharacters.REPLACEMENT + "b\"}");
    }

    private static ScanResult scan(String log) {
        return LogScanner.defaults().scan(log.getBytes(StandardCharsets.UTF_8));
    }
}
