package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.store.internal.AuditChain;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final AuditRecord RECORD =
      new AuditRecord(
          7,
          Instant.parse("2026-11-24T08:35:12.417Z"),
          "heal",
          "restart",
          "api",
          Map.of("why", "crash \"137\"", "attempt", "2"),
          AuditRecord.GENESIS,
          "ab".repeat(32));

  @Test
  void writesTheCanonicalLineItsHashesWereMadeOf() {
    // the exact bytes logs written since the first version hold: a change here breaks their chain
    assertThat(AuditChain.line(RECORD))
        .isEqualTo(
            "{\"seq\":7,\"at\":\"2026-11-24T08:35:12.417Z\",\"actor\":\"heal\",\"action\":\"restart\","
                + "\"subject\":\"api\",\"details\":{\"attempt\":\"2\",\"why\":\"crash \\\"137\\\"\"},"
                + "\"prev\":\""
                + AuditRecord.GENESIS
                + "\",\"hash\":\""
                + "ab".repeat(32)
                + "\"}");
    assertThat(AuditChain.canonicalJsonWithoutHash(RECORD))
        .endsWith("\"prev\":\"" + AuditRecord.GENESIS + "\"}");
  }

  @Test
  void parsesItsOwnLineBack() throws Exception {
    assertThat(AuditChain.parse(AuditChain.line(RECORD))).isEqualTo(RECORD);
  }

  @Test
  void refusesUnknownMissingRepeatedAndMistypedFields() {
    String line = AuditChain.line(RECORD);

    assertThatThrownBy(() -> AuditChain.parse(line.replace("{\"seq\"", "{\"extra\":1,\"seq\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unknown field 'extra'");
    assertThatThrownBy(() -> AuditChain.parse(line.replace("\"actor\":\"heal\",", "")))
        .hasMessageContaining("missing field 'actor'");
    assertThatThrownBy(() -> AuditChain.parse(line.replace("{\"seq\":7", "{\"seq\":7,\"seq\":8")))
        .hasMessageContaining("field 'seq' given twice");
    assertThatThrownBy(() -> AuditChain.parse(line.replace("\"seq\":7", "\"seq\":\"7\"")))
        .hasMessageContaining("seq must be a whole number");
    assertThatThrownBy(() -> AuditChain.parse(line.replace("\"actor\":\"heal\"", "\"actor\":null")))
        .hasMessageContaining("actor must be text");
  }
}
