package io.heal.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TinyJsonTest {

  @Test
  void readsObjectWithEveryKindOfValue() {
    Object parsed =
        TinyJson.parse(
            "{\"a\": 6, \"b\": -1.5e2, \"s\": \"x\\\"\\u0041\", \"t\": true, \"f\": false,"
                + " \"n\": null, \"l\": [1, {}]}");

    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) parsed;
    assertThat(map)
        .containsEntry("a", 6.0)
        .containsEntry("b", -150.0)
        .containsEntry("s", "x\"A")
        .containsEntry("t", true)
        .containsEntry("f", false)
        .containsEntry("n", null)
        .containsEntry("l", List.of(1.0, Map.of()))
        .hasSize(7);
  }

  @Test
  void readsNullAtTopLevelAndInArrays() {
    assertThat(TinyJson.parse("[null, 1]")).isEqualTo(Arrays.asList(null, 1.0));
  }

  @Test
  void refusesTrailingGarbage() {
    assertThatThrownBy(() -> TinyJson.parse("{} x"))
        .hasMessage("body: expected end of input at offset 3, found 'x'");
  }

  @Test
  void refusesBadNumber() {
    assertThatThrownBy(() -> TinyJson.parse("[01]"))
        .hasMessage("body: expected a value at offset 1, found '01]'");
  }

  @Test
  void refusesEmptyBody() {
    assertThatThrownBy(() -> TinyJson.parse(""))
        .hasMessage("body: expected a value at offset 0, found end of input");
  }

  @Test
  void refusesUnterminatedString() {
    assertThatThrownBy(() -> TinyJson.parse("\"abc"))
        .hasMessage("body: expected a closing quote at offset 4, found end of input");
  }
}
