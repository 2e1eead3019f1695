package io.heal.core.remedy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A remedy chosen, with why.
 *
 * @param remedy what to do
 * @param delay how long to wait before doing it (the back-off delay for a restart)
 * @param reason why, in words
 * @param alternatives the remedies considered and not chosen, each with why not
 * @param inputs the facts the decision was made from
 */
public record Decision(
    Remedy remedy,
    Duration delay,
    String reason,
    List<Alternative> alternatives,
    Map<String, String> inputs) {

  public Decision {
    alternatives = List.copyOf(alternatives);
    inputs = Map.copyOf(inputs);
  }

  /** A remedy considered and rejected. */
  public record Alternative(Remedy remedy, String whyNot) {}
}
