package io.heal.config.internal.spec;

import io.heal.config.ByteSizes;
import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawLogs;
import io.heal.config.internal.raw.RawRestart;
import io.heal.config.internal.raw.RawStop;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.LogSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.StopSpec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A service's restart, stop, escalation and log sections to specs, defaults applied. */
final class PolicyBuilder {

  /** The signals a service may be stopped with, without the SIG prefix. */
  static final List<String> SIGNALS = List.of("TERM", "INT", "HUP", "QUIT", "KILL", "USR1", "USR2");

  /** The smallest log file worth rotating. */
  static final long MIN_LOG_BYTES = ByteSizes.KIB;

  private final Rules rules;

  PolicyBuilder(Rules rules) {
    this.rules = rules;
  }

  RestartPolicySpec restart(Optional<RawRestart> section) {
    if (section.isEmpty()) {
      return RestartPolicySpec.defaults();
    }
    RawRestart raw = section.get();
    String path = raw.path();
    Duration initialDelay =
        rules.nonNegative(
            raw.initialDelay(), RestartPolicySpec.DEFAULT_INITIAL_DELAY, path + ".initial_delay");
    Duration maxDelay = raw.maxDelay().orElse(RestartPolicySpec.DEFAULT_MAX_DELAY);
    if (maxDelay.compareTo(initialDelay) < 0
        && !rules.errors().hasErrorAt(path + ".initial_delay")) {
      rules
          .errors()
          .add(
              path + ".max_delay",
              "must not be shorter than initial_delay (" + Found.duration(initialDelay) + ")",
              Found.duration(maxDelay));
    }
    double multiplier = raw.multiplier().orElse(RestartPolicySpec.DEFAULT_MULTIPLIER);
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      rules.errors().add(path + ".multiplier", "must be at least 1", Found.number(multiplier));
    }
    return new RestartPolicySpec(
        initialDelay,
        maxDelay,
        multiplier,
        rules.between(raw.jitter(), RestartPolicySpec.DEFAULT_JITTER, 0, 1, path + ".jitter"),
        rules.positive(
            raw.resetAfter(), RestartPolicySpec.DEFAULT_RESET_AFTER, path + ".reset_after"),
        rules.atLeast(
            raw.maxRestarts(), RestartPolicySpec.DEFAULT_MAX_RESTARTS, 1, path + ".max_restarts"),
        rules.positive(raw.within(), RestartPolicySpec.DEFAULT_WITHIN, path + ".within"));
  }

  StopSpec stop(Optional<RawStop> section) {
    if (section.isEmpty()) {
      return new StopSpec(StopSpec.DEFAULT_SIGNAL, StopSpec.DEFAULT_GRACE);
    }
    RawStop raw = section.get();
    String signal = StopSpec.DEFAULT_SIGNAL;
    if (raw.signal().isPresent()) {
      String written = raw.signal().get().strip().toUpperCase(Locale.ROOT);
      signal = written.startsWith("SIG") ? written.substring(3) : written;
      if (!SIGNALS.contains(signal)) {
        rules
            .errors()
            .add(
                raw.path() + ".signal",
                "must be one of " + String.join(", ", SIGNALS),
                Found.text(raw.signal().get()));
      }
    }
    return new StopSpec(
        signal, rules.nonNegative(raw.grace(), StopSpec.DEFAULT_GRACE, raw.path() + ".grace"));
  }

  EscalationSpec escalation(Optional<List<String>> webhooks, String path) {
    List<URI> urls = new ArrayList<>();
    List<String> written = webhooks.orElse(List.of());
    for (int i = 0; i < written.size(); i++) {
      urls.add(
          TargetBuilder.httpUrl(rules, Optional.of(written.get(i)), path + "[" + i + "]", true));
    }
    return new EscalationSpec(urls.stream().filter(Objects::nonNull).toList());
  }

  LogSpec logs(Optional<RawLogs> section) {
    if (section.isEmpty()) {
      return LogSpec.defaults();
    }
    RawLogs raw = section.get();
    long maxBytes = raw.maxBytes().orElse(LogSpec.DEFAULT_MAX_BYTES);
    if (maxBytes < MIN_LOG_BYTES) {
      rules
          .errors()
          .add(
              raw.path() + ".max_bytes",
              "must be at least " + ByteSizes.format(MIN_LOG_BYTES),
              ByteSizes.format(maxBytes));
    }
    return new LogSpec(
        maxBytes, rules.atLeast(raw.keep(), LogSpec.DEFAULT_KEEP, 1, raw.path() + ".keep"));
  }
}
