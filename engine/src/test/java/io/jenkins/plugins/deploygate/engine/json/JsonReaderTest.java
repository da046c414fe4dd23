package io.jenkins.plugins.deploygate.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

    @Test
    void readsWhatTheWriterWrites() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("text", "quote \" backslash \\ tab \t line\n <script> & \u2028 é");
        document.put("count", 42L);
        document.put("ratio", 0.5);
        document.put("yes", true);
        document.put("nothing", null);
        document.put("list", List.of("a", List.of(), Map.of()));
        document.put("at", Instant.parse("2026-11-20T14:00:00Z"));

        Object read = JsonReader.read(Json.write(document));

        document.put("at", "2026-11-20T14:00:00Z");
        assertThat(read).isEqualTo(document);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ''                        | line 1, column 1: expected a value, found the end of the document
            {"a":1,}                  | line 1, column 8: expected a key in quotes
            {"a":1 "b":2}             | line 1, column 8: expected ',' or '}'
            [1 2]                     | line 1, column 4: expected ',' or ']'
            {"a":1,"a":2}             | line 1, column 8: the key "a" is given twice
            "unclosed                 | line 1, column 10: a string is not closed
            "\\x"                      | line 1, column 3: \\x is not an escape
            "\\u12"                    | line 1, column 4: \\u needs four hex digits
            nul                       | line 1, column 1: expected a value
            1e999                     | line 1, column 1: the number 1e999 is too large
            {} {}                     | line 1, column 4: expected the end of the document
            """)
    void refusesBrokenJsonSayingWhereInWords(String text, String message) {
        assertThatThrownBy(() -> JsonReader.read(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesNestingDeeperThanItsBound() {
        char[] open = new char[JsonReader.MAX_DEPTH + 1];
        Arrays.fill(open, '[');

        assertThatThrownBy(() -> JsonReader.read(new String(open)))
                .hasMessage("line 1, column " + (JsonReader.MAX_DEPTH + 1) + ": nested deeper than "
                        + JsonReader.MAX_DEPTH + " levels");
    }

    @Test
    void refusesTextLongerThanItsBound() {
        assertThatThrownBy(() -> JsonReader.read(" ".repeat(JsonReader.MAX_LENGTH + 1)))
                .hasMessage("longer than " + JsonReader.MAX_LENGTH + " characters");
    }
}
