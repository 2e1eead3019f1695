package io.heal.cli.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The demo's closing table: fault, detected after, healed after, remedy, outcome. */
public final class DemoTable {

  private DemoTable() {}

  public static String render(List<FaultRun> runs) {
    StringBuilder b = new StringBuilder();
    String format = "  %-16s %-9s %-9s %-22s %s%n";
    b.append(String.format(format, "FAULT", "DETECTED", "HEALED", "REMEDY", "OUTCOME"));
    for (FaultRun r : runs) {
      b.append(
          String.format(
              format,
              r.fault(),
              seconds(r.detectedAfter()),
              seconds(r.healedAfter()),
              r.remedy(),
              (r.asExpected() ? "ok    " : "WRONG ") + r.outcome()));
    }
    return b.toString();
  }

  /** "0.412 s", or "-" when absent. */
  public static String seconds(Optional<Duration> d) {
    return d.map(x -> String.format("%.3f s", x.toNanos() / 1e9)).orElse("-");
  }
}
