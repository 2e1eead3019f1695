package io.heal.daemon.internal;

import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consecutive successes and failures of each probe of one service, and its recent results for
 * evidence. Reset for every new process. Owned by the engine thread.
 */
final class ProbeTracker {

  /** How many results per probe are kept as evidence. */
  static final int DEFAULT_HISTORY = 8;

  private final List<ProbeSpec> specs;
  private final Map<String, Counts> counts = new HashMap<>();

  ProbeTracker(List<ProbeSpec> specs) {
    this.specs = specs;
    reset();
  }

  void reset() {
    counts.clear();
    for (ProbeSpec s : specs) {
      counts.put(s.name(), new Counts());
    }
  }

  void record(ProbeResult r) {
    Counts c = counts.get(r.probe());
    if (c == null) {
      return;
    }
    c.history.add(r);
    if (r.healthy()) {
      c.successes++;
      c.failures = 0;
      c.everPassed = c.everPassed || c.successes >= threshold(r.probe(), true);
      c.firstFailure = null;
    } else {
      c.failures++;
      c.successes = 0;
      if (c.firstFailure == null) {
        c.firstFailure = r;
      }
    }
  }

  /** Ready: every probe has passed its success threshold since the process started. */
  boolean allReady() {
    return counts.values().stream().allMatch(c -> c.everPassed);
  }

  /** Healthy now: no probe is at or past its failure threshold. */
  Optional<String> failingProbe() {
    for (ProbeSpec s : specs) {
      if (counts.get(s.name()).failures >= s.failureThreshold()) {
        return Optional.of(s.name());
      }
    }
    return Optional.empty();
  }

  /** Whether every failure in the probe's current streak was a timeout: the mark of a hang. */
  boolean streakAllTimeouts(String probe) {
    Counts c = counts.get(probe);
    return c.history.newestAllTimedOut(c.failures);
  }

  /** The first failed result of the probe's current streak: the failure's onset. */
  Optional<ProbeResult> streakStart(String probe) {
    return Optional.ofNullable(counts.get(probe).firstFailure);
  }

  /** Recent results of every probe, oldest first within each probe. */
  List<ProbeResult> history() {
    List<ProbeResult> all = new ArrayList<>();
    for (ProbeSpec s : specs) {
      counts.get(s.name()).history.addTo(all);
    }
    return all;
  }

  private int threshold(String probe, boolean success) {
    for (ProbeSpec s : specs) {
      if (s.name().equals(probe)) {
        return success ? s.successThreshold() : s.failureThreshold();
      }
    }
    return 1;
  }

  private static final class Counts {
    final ResultRing history = new ResultRing(DEFAULT_HISTORY);
    int successes;
    int failures;
    boolean everPassed;
    ProbeResult firstFailure;
  }
}
