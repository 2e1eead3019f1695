package io.heal.detect.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.anomaly.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSignaturesTest {

  @Test
  void builtInsMatchTheClassicFailures() {
    LogSignatures s = LogSignatures.builtIn();

    assertThat(s.match("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space"))
        .containsExactly(LogSignatures.OUT_OF_MEMORY);
    assertThat(s.match("java.lang.StackOverflowError"))
        .containsExactly(LogSignatures.STACK_OVERFLOW);
    assertThat(s.match("java.net.ConnectException: Connection refused (Connection refused)"))
        .containsExactly(LogSignatures.CONNECTION_REFUSED);
    assertThat(s.match("GET /health 200 3ms")).isEmpty();
  }

  @Test
  void configuredSignaturesAddToAndOverrideBuiltIns() {
    LogSignature deadlock = LogSignature.of("deadlock", "Found \\d+ deadlock", Severity.HIGH);
    LogSignature quietRefused =
        LogSignature.of("connection-refused", "Connection refused", Severity.LOW);

    LogSignatures s = LogSignatures.withBuiltIns(List.of(deadlock, quietRefused));

    assertThat(s.match("Found 1 deadlock.")).containsExactly(deadlock);
    assertThat(s.match("Connection refused")).containsExactly(quietRefused);
    assertThat(s.signatures()).hasSize(4);
  }

  @Test
  void aBadRegexIsRejectedNamingTheSignature() {
    assertThatThrownBy(() -> LogSignature.of("broken", "([a-", Severity.LOW))
        .hasMessageContaining("signatures.broken.regex")
        .hasMessageContaining("([a-");
  }

  @Test
  void recognisesErrorLevelLinesOfCommonFormats() {
    assertThat(LogSignatures.isErrorLine("2026-01-01 10:00:00.123 ERROR [main] c.x.Api - boom"))
        .isTrue();
    assertThat(LogSignatures.isErrorLine("[ERROR] build failed")).isTrue();
    assertThat(LogSignatures.isErrorLine("SEVERE: cannot bind")).isTrue();
    assertThat(LogSignatures.isErrorLine("ts=1 level=error msg=\"db down\"")).isTrue();
    assertThat(LogSignatures.isErrorLine("INFO handled ErrorPageFilter")).isFalse();
  }

  @Test
  void judgesLinesThatHoldTheWordsAsThePatternAlone() {
    // the words only let a line through to the pattern: it still decides
    for (String line :
        List.of(
            "FATAL| disk gone",
            "INFO ERRORS=0 so far",
            "INFO SEVEREly late",
            "ts=1 level=\"error\" msg=x",
            "ts=1 level=errors msg=x",
            "ts=1 level=info msg=\"ERROR\"",
            "127.0.0.1 - - [24/Nov/2026 23:51:02] \"GET / HTTP/1.1\" 200 -")) {
      assertThat(LogSignatures.isErrorLine(line))
          .as(line)
          .isEqualTo(LogSignatures.ERROR_LEVEL.matcher(line).find());
    }
  }

  @Test
  void countsErrorLinesPerMinuteOverASlidingWindow() {
    ErrorLineRate rate = new ErrorLineRate(Duration.ofMinutes(1));
    for (int i = 0; i < 30; i++) {
      rate.accept(i * 1000L, i % 3 == 0 ? "ERROR boom" : "INFO fine");
    }

    assertThat(rate.perMinute(30_000)).isEqualTo(10);
    assertThat(rate.perMinute(200_000)).isZero();
  }
}
