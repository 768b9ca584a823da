package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void textFieldsAreWrittenAsJacksonWritesThem() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("gender", "F");
        fields.put("zip", "48067-1234");
        fields.put("title", "\"Crumb\" \\ the C:\\ drive");
        fields.put("notes", "line one\nline two\ttab\r\b\f\u0001\u001f end");
        fields.put("name", "Amélie — 東京 \uD83C\uDFAC");
        fields.put("empty", "");

        assertThat(Values.json(fields)).isEqualTo(Values.Json.MAPPER.writeValueAsString(fields));
        assertThat(Values.Json.MAPPER.readValue(Values.json(fields), Map.class)).isEqualTo(fields);
    }

    @Test
    void fieldsThatAreNotAllTextStillGoThroughJackson() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("imdbId", "0114709");
        details.put("tags", List.of("pixar", "toys"));

        assertThat(Values.json(details)).isEqualTo("{\"imdbId\":\"0114709\",\"tags\":[\"pixar\",\"toys\"]}");
        assertThat(Values.json(Map.of())).isEqualTo("{}");
    }

    @Test
    void ratingsOfOneDigitAndOneDecimalAreReadAsParseDoubleReadsThem() {
        for (int whole = 0; whole <= 9; whole++) {
            assertThat(Values.rating(String.valueOf(whole))).isEqualTo(whole);
            for (int tenth = 0; tenth <= 9; tenth++) {
                String text = whole + "." + tenth;
                assertThat(Values.rating(text)).as(text).isEqualTo(Double.parseDouble(text));
            }
        }
        assertThat(Values.rating(" 4 ")).isEqualTo(4.0);
        assertThat(Values.rating("10")).isEqualTo(10.0);
        assertThat(Values.rating("4.25")).isEqualTo(4.25);
        assertThat(Values.rating("1e0")).isEqualTo(1.0);
        assertThatThrownBy(() -> Values.rating("4.x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Values.rating("x")).isInstanceOf(NumberFormatException.class);
    }
}
