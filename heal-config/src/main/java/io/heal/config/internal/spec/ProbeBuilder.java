package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawProbe;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import java.time.Duration;
import java.util.Optional;

/** One raw probe to a {@link ProbeSpec}: exactly one target, timeout shorter than interval. */
final class ProbeBuilder {

  private final Rules rules;
  private final TargetBuilder targets;

  ProbeBuilder(Rules rules) {
    this.rules = rules;
    this.targets = new TargetBuilder(rules);
  }

  ProbeSpec build(RawProbe raw) {
    String path = raw.path();
    ProbeTarget target = target(raw);
    Duration interval =
        rules.positive(raw.interval(), ProbeSpec.DEFAULT_INTERVAL, path + ".interval");
    Duration timeout = rules.positive(raw.timeout(), ProbeSpec.DEFAULT_TIMEOUT, path + ".timeout");
    // against an interval that is itself wrong, the comparison would only confuse
    if (timeout.compareTo(interval) >= 0 && !rules.errors().hasErrorAt(path + ".interval")) {
      rules
          .errors()
          .add(
              path + ".timeout",
              "must be shorter than interval (" + Found.duration(interval) + ")",
              Found.duration(timeout));
    }
    return new ProbeSpec(
        raw.name().orElse(raw.targetKeys().isEmpty() ? "" : raw.targetKeys().get(0)),
        target,
        interval,
        timeout,
        rules.atLeast(
            raw.failureThreshold(),
            ProbeSpec.DEFAULT_FAILURE_THRESHOLD,
            1,
            path + ".failure_threshold"),
        rules.atLeast(
            raw.successThreshold(),
            ProbeSpec.DEFAULT_SUCCESS_THRESHOLD,
            1,
            path + ".success_threshold"),
        rules.nonNegative(
            raw.startupPeriod(), ProbeSpec.DEFAULT_STARTUP_PERIOD, path + ".startup_period"));
  }

  private ProbeTarget target(RawProbe raw) {
    String choices = String.join(", ", RawProbe.TARGET_KEYS);
    if (raw.targetKeys().size() != 1) {
      String found = raw.targetKeys().isEmpty() ? "none" : String.join(", ", raw.targetKeys());
      rules.errors().add(raw.path(), "needs exactly one of " + choices, found);
      return null;
    }
    Optional<ProbeTarget> target =
        raw.http()
            .<ProbeTarget>map(targets::http)
            .or(() -> raw.tcp().map(targets::tcp))
            .or(() -> raw.exec().map(targets::exec));
    // empty when the one target written was not a map: already reported in stage one
    return target.orElse(null);
  }
}
