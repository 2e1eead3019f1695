package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.time.FakeClock;
import io.heal.store.internal.AuditChain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  @TempDir Path dataDir;
  private final FakeClock clock = new FakeClock();

  @Test
  void recordsTheTimeOfTheActNotOfTheWrite() throws Exception {
    Instant acted = clock.now();
    clock.advance(Duration.ofMillis(40)); // the journal writes a little after the act
    try (AuditLog log = AuditLog.open(dataDir, clock)) {
      AuditRecord record = log.append(acted, "heal", "restart", "api", Map.of());

      assertThat(record.at()).isEqualTo(acted);
      assertThat(log.verify().isIntact()).isTrue();
    }
    assertThat(AuditLog.read(dataDir.resolve(AuditLog.FILE_NAME)))
        .extracting(AuditRecord::at)
        .containsExactly(acted);
  }

  @Test
  void appendedRecordsVerifyAndChainByHash() throws Exception {
    AuditRecord first;
    AuditRecord second;
    try (AuditLog log = AuditLog.open(dataDir, clock)) {
      first = log.append("heal", "restart", "api", Map.of("attempt", "1", "reason", "exit 137"));
      clock.advance(Duration.ofMillis(5));
      second = log.append("cli:ops", "rollback", "api", Map.of());

      assertThat(log.verify().isIntact()).isTrue();
      assertThat(log.verify().records()).isEqualTo(2);
    }

    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.prev()).isEqualTo(AuditRecord.GENESIS);
    assertThat(second.prev()).isEqualTo(first.hash());
    assertThat(first.hash()).hasSize(64).isNotEqualTo(second.hash());
    List<String> lines = lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("{\"seq\":1,\"at\":\"2026-01-01T00:00:00Z\",\"actor\":\"heal\"")
        .contains("\"details\":{\"attempt\":\"1\",\"reason\":\"exit 137\"}")
        .endsWith("\"hash\":\"" + first.hash() + "\"}");
  }

  @Test
  void verifyNamesAnEditedMiddleLine() throws Exception {
    appendThree();
    List<String> lines = lines();
    lines.set(1, lines.get(1).replace("\"subject\":\"b\"", "\"subject\":\"x\""));
    write(lines);

    AuditVerification result = AuditLog.verify(dataDir.resolve(AuditLog.FILE_NAME));

    assertThat(result.isIntact()).isFalse();
    assertThat(result.brokenLine()).hasValue(2);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("edited"));
  }

  @Test
  void verifyCatchesAnEditWhoseHashWasRecomputed() throws Exception {
    appendThree();
    List<String> lines = lines();
    AuditRecord original = AuditChain.parse(lines.get(1));
    AuditRecord forged =
        new AuditRecord(2, original.at(), "heal", "restart", "x", Map.of(), original.prev(), "");
    forged =
        new AuditRecord(
            2,
            forged.at(),
            "heal",
            "restart",
            "x",
            Map.of(),
            forged.prev(),
            AuditChain.hash(forged.prev(), forged));
    lines.set(1, AuditChain.line(forged));
    write(lines);

    AuditVerification result = AuditLog.verify(dataDir.resolve(AuditLog.FILE_NAME));

    assertThat(result.brokenLine()).hasValue(3);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).contains("prev"));
  }

  @Test
  void verifyNamesTheLineAfterADeletedOne() throws Exception {
    appendThree();
    List<String> lines = lines();
    lines.remove(1);
    write(lines);

    AuditVerification result = AuditLog.verify(dataDir.resolve(AuditLog.FILE_NAME));

    assertThat(result.brokenLine()).hasValue(2);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("deleted"));
  }

  @Test
  void verifyNamesReorderedLines() throws Exception {
    appendThree();
    List<String> lines = lines();
    Collections.swap(lines, 1, 2);
    write(lines);

    AuditVerification result = AuditLog.verify(dataDir.resolve(AuditLog.FILE_NAME));

    assertThat(result.brokenLine()).hasValue(2);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("reordered"));
  }

  @Test
  void verifyNamesATruncatedTail() throws Exception {
    appendThree();
    Path file = dataDir.resolve(AuditLog.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));

    AuditVerification result = AuditLog.verify(file);

    assertThat(result.brokenLine()).hasValue(3);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("truncated"));
  }

  @Test
  void reopeningContinuesTheChain() throws Exception {
    appendThree();

    AuditRecord fourth;
    try (AuditLog reopened = AuditLog.open(dataDir, clock)) {
      fourth = reopened.append("heal", "escalate", "api", Map.of());
      assertThat(reopened.verify().isIntact()).isTrue();
      assertThat(reopened.verify().records()).isEqualTo(4);
    }

    assertThat(fourth.seq()).isEqualTo(4);
    assertThat(fourth.prev()).isEqualTo(AuditChain.parse(lines().get(2)).hash());
  }

  @Test
  void reopeningCutsAnIncompleteLastLineLeftByACrash() throws Exception {
    appendThree();
    Path file = dataDir.resolve(AuditLog.FILE_NAME);
    Files.writeString(
        file,
        "{\"seq\":4,\"at\":\"2026-",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    try (AuditLog reopened = AuditLog.open(dataDir, clock)) {
      assertThat(reopened.append("heal", "restart", "api", Map.of()).seq()).isEqualTo(4);
      assertThat(reopened.verify().isIntact()).isTrue();
    }
  }

  @Test
  void concurrentAppendsFormOneUnbrokenChain() throws Exception {
    try (AuditLog log = AuditLog.open(dataDir, clock)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<AuditRecord>> appends = new ArrayList<>();
      try {
        for (int i = 0; i < 40; i++) {
          String subject = "s" + i;
          appends.add(pool.submit(() -> log.append("heal", "restart", subject, Map.of())));
        }
        for (Future<AuditRecord> append : appends) {
          append.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(log.verify()).isEqualTo(AuditVerification.intact(40));
    }
    assertThat(AuditLog.read(dataDir.resolve(AuditLog.FILE_NAME)))
        .extracting(AuditRecord::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
  }

  @Test
  void refusesABlankActor() throws Exception {
    try (AuditLog log = AuditLog.open(dataDir, clock)) {
      assertThatThrownBy(() -> log.append(" ", "restart", "api", Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("actor");
    }
  }

  private void appendThree() throws Exception {
    try (AuditLog log = AuditLog.open(dataDir, clock)) {
      for (String subject : List.of("a", "b", "c")) {
        log.append("heal", "restart", subject, Map.of("n", subject));
        clock.advance(Duration.ofSeconds(1));
      }
    }
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(dataDir.resolve(AuditLog.FILE_NAME)));
  }

  private void write(List<String> lines) throws Exception {
    Files.writeString(dataDir.resolve(AuditLog.FILE_NAME), String.join("\n", lines) + "\n");
  }
}
