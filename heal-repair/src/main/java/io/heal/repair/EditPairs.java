package io.heal.repair;

import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RiskFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Two-edit candidates: pairs of single edits that each changed what a failing test does (see {@link
 * PartialFix}), applied together. Some bugs need two edits (a bound and a divisor, both ends of a
 * range) and each edit alone fixes no test or only some of them; pairing the edits that touched the
 * failure is the classic way to reach them without a quadratic search over every edit. Pairs that
 * together fix more of the failing tests go first, then pairs of earlier (better ranked) edits.
 * Stateless.
 */
final class EditPairs {

  /** How many partial fixes take part, at most. */
  static final int DEFAULT_MAX_PARTS = 20;

  /** How many partial fixes per edited line and template take part. */
  static final int DEFAULT_MAX_PARTS_PER_KIND = 2;

  /** How many partial fixes per edited line take part, so one line cannot crowd out the rest. */
  static final int DEFAULT_MAX_PARTS_PER_LINE = 4;

  /** How many pairs are proposed, at most. */
  static final int DEFAULT_MAX_PAIRS = 120;

  private EditPairs() {}

  /**
   * Pairs partial fixes of the same file whose edits do not overlap.
   *
   * @param partials the partial fixes, in search order
   * @param original the original text of a source file (relative path), null when unknown
   * @return the combined candidates, most promising first
   */
  static List<Candidate> of(List<PartialFix> partials, Function<String, String> original) {
    List<PartialFix> parts = parts(partials);
    List<Scored> scored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        Candidate a = parts.get(i).candidate();
        Candidate b = parts.get(j).candidate();
        if (!a.file().equals(b.file())) {
          continue;
        }
        String source = original.apply(a.file());
        String merged = source == null ? null : merge(source, a.patchedSource(), b.patchedSource());
        if (merged == null || !seen.add(merged)) {
          continue;
        }
        Set<TestId> fixed = new HashSet<>(parts.get(i).fixed());
        fixed.addAll(parts.get(j).fixed());
        Set<RiskFlag> flags = EnumSet.of(RiskFlag.TWO_EDITS);
        flags.addAll(a.flags());
        flags.addAll(b.flags());
        Candidate both =
            new Candidate(
                a.file(),
                merged,
                a.generator(),
                a.template() + "+" + b.template(),
                a.description() + "; and " + b.description(),
                Math.min(a.line(), b.line()),
                flags);
        // Without a test that either edit fixed, a mistake made twice (as in copied code) is the
        // best guess; with one, the smaller pair of edits goes first.
        int kind = fixed.isEmpty() && a.template().equals(b.template()) ? 0 : 1;
        int size = size(source, a.patchedSource()) + size(source, b.patchedSource());
        scored.add(new Scored(fixed.size(), kind, size, i + j, both));
      }
    }
    scored.sort(
        Comparator.comparingInt((Scored s) -> -s.fixed())
            .thenComparingInt(Scored::kind)
            .thenComparingInt(Scored::size)
            .thenComparingInt(Scored::orderSum));
    return scored.stream().limit(DEFAULT_MAX_PAIRS).map(Scored::candidate).toList();
  }

  /**
   * Applies two single-splice edits of one text together.
   *
   * @param original the text both edits start from
   * @param a the text after the first edit
   * @param b the text after the second edit
   * @return the text with both edits, or null when they touch the same characters
   */
  static String merge(String original, String a, String b) {
    int[] ra = region(original, a);
    int[] rb = region(original, b);
    if (ra == null || rb == null) {
      return null;
    }
    if (ra[0] > rb[0]) {
      int[] r = ra;
      ra = rb;
      rb = r;
      String t = a;
      a = b;
      b = t;
    }
    if (ra[1] >= rb[0]) {
      return null;
    }
    String insA = a.substring(ra[0], a.length() - (original.length() - ra[1]));
    String insB = b.substring(rb[0], b.length() - (original.length() - rb[1]));
    return original.substring(0, ra[0])
        + insA
        + original.substring(ra[1], rb[0])
        + insB
        + original.substring(rb[1]);
  }

  /** The replaced range {@code [begin, end)} of the original, or null when nothing changed. */
  private static int[] region(String original, String edited) {
    if (original.equals(edited)) {
      return null;
    }
    int max = Math.min(original.length(), edited.length());
    int prefix = 0;
    while (prefix < max && original.charAt(prefix) == edited.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && original.charAt(original.length() - 1 - suffix)
            == edited.charAt(edited.length() - 1 - suffix)) {
      suffix++;
    }
    return new int[] {prefix, original.length() - suffix};
  }

  /**
   * The partial fixes that take part: those that made a failing test pass before those that only
   * changed a failure, each group in search order, with few per line and per line and template so
   * that the many variants of one edit cannot crowd out another line.
   */
  static List<PartialFix> parts(List<PartialFix> partials) {
    List<PartialFix> ordered = new ArrayList<>();
    partials.stream().filter(p -> !p.fixed().isEmpty()).forEach(ordered::add);
    partials.stream().filter(p -> p.fixed().isEmpty()).forEach(ordered::add);
    List<PartialFix> parts = new ArrayList<>();
    Map<String, Integer> perLine = new HashMap<>();
    Map<String, Integer> perKind = new HashMap<>();
    // First one edit per line and template, then a second variant where room is left.
    for (int round = 1; round <= DEFAULT_MAX_PARTS_PER_KIND; round++) {
      for (PartialFix p : ordered) {
        String line = p.candidate().file() + ":" + p.candidate().line();
        String kind = line + ":" + p.candidate().template();
        if (parts.size() < DEFAULT_MAX_PARTS
            && !parts.contains(p)
            && perLine.getOrDefault(line, 0) < DEFAULT_MAX_PARTS_PER_LINE
            && perKind.getOrDefault(kind, 0) < round) {
          perLine.merge(line, 1, Integer::sum);
          perKind.merge(kind, 1, Integer::sum);
          parts.add(p);
        }
      }
    }
    return parts;
  }

  /**
   * A pair with its sort keys: how many failing tests its edits fixed alone, whether both edits are
   * of one kind (a mistake made twice, as in copied code, comes first among equals), and how early
   * its edits were found.
   */
  private record Scored(int fixed, int kind, int size, int orderSum, Candidate candidate) {}

  /** How many characters an edit removes or inserts, whichever is more. */
  static int size(String original, String edited) {
    int[] r = region(original, edited);
    if (r == null) {
      return 0;
    }
    int removed = r[1] - r[0];
    int inserted = edited.length() - original.length() + removed;
    return Math.max(removed, inserted);
  }
}
