package io.heal.repair;

import io.heal.repair.gate.Risk;
import io.heal.repair.gate.RiskGate;
import io.heal.repair.localise.Location;
import io.heal.repair.report.CandidateOutcome;
import io.heal.repair.spi.Candidate;
import io.heal.repair.validate.CandidateValidator;
import io.heal.repair.validate.Validation;
import io.heal.repair.validate.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation loop: tries candidates in order within the budgets, gates the passing ones, stops
 * after the first good patch (plus a few more candidates to look for alternatives).
 */
final class Search {

  /** Outcomes kept in the report. */
  static final int DEFAULT_MAX_REPORTED = 200;

  /** Partial fixes kept for pairing. */
  static final int DEFAULT_MAX_PARTIALS = 200;

  private final RepairOptions options;
  private final CandidateValidator validator;
  private List<Location> locations;
  private final long deadline;
  private final RiskGate gate = new RiskGate();
  private final List<CandidateOutcome> tried = new ArrayList<>();
  private final List<Candidate> plausible = new ArrayList<>();
  private final List<CandidateOutcome> rejected = new ArrayList<>();
  private final Map<TestId, String> before;
  private final List<PartialFix> partials = new ArrayList<>();
  private int count;
  private int firstPlausible = -1;
  private int bestScore = Integer.MAX_VALUE;
  private boolean budgetExhausted;

  /**
   * A search.
   *
   * @param options the budgets
   * @param validator validates one candidate
   * @param locations the suspicious lines, for ranking
   * @param failingBefore the failing tests as they failed before any edit
   */
  Search(
      RepairOptions options,
      CandidateValidator validator,
      List<Location> locations,
      List<TestResult> failingBefore) {
    this.options = options;
    this.validator = validator;
    this.locations = locations;
    this.before = new LinkedHashMap<>();
    failingBefore.forEach(r -> before.put(r.id(), symptom(r)));
    this.deadline = System.nanoTime() + options.timeBudget().toNanos();
  }

  void locations(List<Location> all) {
    this.locations = all;
  }

  /** Starts a new round of patience: a later phase may still find a lower-risk patch. */
  void newPhase() {
    if (firstPlausible >= 0) {
      firstPlausible = count;
    }
  }

  /** The risk score of the best patch so far, or Integer.MAX_VALUE when none. */
  int bestScore() {
    return best() == null ? Integer.MAX_VALUE : risk(best()).score();
  }

  void run(List<Candidate> candidates) throws IOException {
    for (Candidate c : candidates) {
      if (count >= options.maxCandidates() || System.nanoTime() > deadline) {
        budgetExhausted = plausible.isEmpty();
        break;
      }
      // After a fix, look a little further for alternatives; further still when the fix found so
      // far carries risk (a made-up default, a deletion), in the hope of a cleaner one.
      int patience =
          bestScore == 0 ? options.alternativesBudget() : 3 * options.alternativesBudget();
      if (firstPlausible >= 0
          && plausible.size() >= options.maxPatches()
          && count - firstPlausible >= patience) {
        break;
      }
      long t = System.nanoTime();
      Validation validation = validator.check(c);
      Verdict v = validation.verdict();
      count++;
      notePartial(c, validation);
      long millis = RepairEngine.millisSince(t);
      String outcome = v.name();
      if (v == Verdict.PLAUSIBLE) {
        Risk risk = gate.assess(c, 0, rank(c));
        if (risk.rejected()) {
          outcome = "REJECTED: " + String.join("; ", risk.reasons());
          rejected.add(outcome(c, outcome, millis));
        } else {
          plausible.add(c);
          bestScore = Math.min(bestScore, risk.score());
          if (firstPlausible < 0) {
            firstPlausible = count;
          }
        }
      }
      if (tried.size() < DEFAULT_MAX_REPORTED) {
        tried.add(outcome(c, outcome, millis));
      }
    }
  }

  /**
   * Keeps a candidate that did not pass but changed what a failing test does: it makes one pass, or
   * makes it fail differently (another value, another exception). Such an edit touches the fault
   * and may be one half of a two-edit repair; one that leaves every failure as it was does not.
   */
  private void notePartial(Candidate c, Validation validation) {
    Verdict v = validation.verdict();
    if ((v != Verdict.STILL_FAILING && v != Verdict.BREAKS_OTHERS)
        || partials.size() >= DEFAULT_MAX_PARTIALS) {
      return;
    }
    Set<TestId> fixed = new HashSet<>();
    boolean changed = false;
    for (TestResult r : validation.failingTests()) {
      if (r.status() == TestStatus.PASSED) {
        fixed.add(r.id());
      } else if (before.containsKey(r.id()) && !before.get(r.id()).equals(symptom(r))) {
        changed = true;
      }
    }
    if (changed || !fixed.isEmpty()) {
      partials.add(new PartialFix(c, fixed, partials.size()));
    }
  }

  /** How a test failed: the exception, its message and where it was thrown. */
  private static String symptom(TestResult r) {
    String where = "";
    for (String row : r.trace().split("\n")) {
      if (row.trim().startsWith("at ")) {
        where = row.trim();
        break;
      }
    }
    return r.status() + " " + r.exceptionClass() + ": " + r.message() + " " + where;
  }

  /** Returns the candidates that changed a failing test's outcome without fixing them all. */
  List<PartialFix> partials() {
    return partials;
  }

  private CandidateOutcome outcome(Candidate c, String outcome, long millis) {
    return new CandidateOutcome(
        count, c.template(), c.description(), c.file(), c.line(), outcome, millis);
  }

  int rank(Candidate c) {
    for (int i = 0; i < locations.size(); i++) {
      if (locations.get(i).file().equals(c.file()) && locations.get(i).line() == c.line()) {
        return i;
      }
    }
    return locations.size();
  }

  /** The lowest-risk plausible candidate, the first found among equals; null when none. */
  Candidate best() {
    Candidate best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Candidate c : plausible) {
      int s = risk(c).score();
      if (s < bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  Risk risk(Candidate c) {
    return gate.assess(c, plausible.size() - 1, rank(c));
  }

  List<Candidate> plausible() {
    return plausible;
  }

  List<CandidateOutcome> tried() {
    return tried;
  }

  List<CandidateOutcome> rejected() {
    return rejected;
  }

  int count() {
    return count;
  }

  boolean budgetExhausted() {
    return budgetExhausted;
  }
}
