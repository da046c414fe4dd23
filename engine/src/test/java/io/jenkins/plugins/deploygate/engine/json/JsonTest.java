package io.jenkins.plugins.deploygate.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    enum State {
        PASSED
    }

    @Test
    void writesObjectsInKeyOrderWithEveryKindOfValue() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "production");
        document.put("count", 3);
        document.put("ratio", 0.5);
        document.put("open", true);
        document.put("missing", null);
        document.put("state", State.PASSED);
        document.put("at", Instant.parse("2026-11-24T14:00:00.750Z"));
        document.put("items", Arrays.asList(1L, "two", null));

        assertThat(Json.write(document))
                .isEqualTo("{\"name\":\"production\",\"count\":3,\"ratio\":0.5,\"open\":true,\"missing\":null,"
                        + "\"state\":\"PASSED\",\"at\":\"2026-11-24T14:00:00Z\",\"items\":[1,\"two\",null]}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.quote("relation \"orders\"\\\n\t\u0000"))
                .isEqualTo("\"relation \\\"orders\\\"\\\\\\n\\t\\u0000\"");
    }

    @Test
    void escapesMarkupSoEmbeddedJsonCannotCloseAScriptElement() {
        assertThat(Json.quote("</script><b>&")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
    }

    @Test
    void writesEmptyContainers() {
        assertThat(Json.write(List.of())).isEqualTo("[]");
        assertThat(Json.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void refusesValuesItCannotRepresent() {
        assertThatThrownBy(() -> Json.write(new Object())).hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("NaN");
    }
}
