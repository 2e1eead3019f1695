package io.heal.probe.internal;

import java.time.Duration;

/** Shows durations the way people write them: {@code 500ms}, {@code 2s}, {@code 1500ms}. */
public final class Durations {

  private Durations() {}

  /** Whole seconds as {@code Ns}, anything else as {@code Nms}. */
  public static String show(Duration duration) {
    long millis = duration.toMillis();
    if (millis >= 1000 && millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }
}
