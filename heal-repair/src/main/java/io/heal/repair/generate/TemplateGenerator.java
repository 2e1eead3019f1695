package io.heal.repair.generate;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.generate.templates.ArithmeticOperatorTemplate;
import io.heal.repair.generate.templates.BaseCaseTemplate;
import io.heal.repair.generate.templates.BoundsGuardTemplate;
import io.heal.repair.generate.templates.CastGuardTemplate;
import io.heal.repair.generate.templates.ConstantReturnTemplate;
import io.heal.repair.generate.templates.DeleteStatementTemplate;
import io.heal.repair.generate.templates.InsertStatementTemplate;
import io.heal.repair.generate.templates.IterateOverCopyTemplate;
import io.heal.repair.generate.templates.LogicalOperatorTemplate;
import io.heal.repair.generate.templates.NullGuardTemplate;
import io.heal.repair.generate.templates.NumberFormatTemplate;
import io.heal.repair.generate.templates.OffByOneTemplate;
import io.heal.repair.generate.templates.RelationalOperatorTemplate;
import io.heal.repair.generate.templates.ReplaceMethodCallTemplate;
import io.heal.repair.generate.templates.ReplaceVariableTemplate;
import io.heal.repair.generate.templates.ReplaceWithExpressionTemplate;
import io.heal.repair.generate.templates.SwapTemplate;
import io.heal.repair.generate.templates.WrapIndexTemplate;
import io.heal.repair.generate.templates.WrapMaxMinTemplate;
import io.heal.repair.generate.templates.ZeroDivisorGuardTemplate;
import io.heal.repair.localise.Location;
import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.PatchGenerator;
import io.heal.repair.spi.RepairContext;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in generator: applies repair templates at the top-ranked locations, templates chosen
 * and ordered by the failure class. Candidates are ordered by location score bucket, then template
 * rank, then location rank, so that equally suspicious lines are tried template by template.
 */
public final class TemplateGenerator implements PatchGenerator {

  /** How many top-ranked locations get candidates. */
  public static final int DEFAULT_MAX_LOCATIONS = 25;

  private final Map<String, RepairTemplate> templates = new LinkedHashMap<>();
  private final int maxLocations;

  /** A generator with every built-in template. */
  public TemplateGenerator() {
    this(DEFAULT_MAX_LOCATIONS, List.of());
  }

  /**
   * A generator with extra templates.
   *
   * @param maxLocations how many locations get candidates
   * @param extra additional templates, tried after the built-in ones
   */
  public TemplateGenerator(int maxLocations, List<RepairTemplate> extra) {
    if (maxLocations < 1) {
      throw new IllegalArgumentException("maxLocations: must be at least 1, found " + maxLocations);
    }
    this.maxLocations = maxLocations;
    for (RepairTemplate t :
        List.of(
            new ZeroDivisorGuardTemplate(),
            new NullGuardTemplate(),
            new BoundsGuardTemplate(),
            new CastGuardTemplate(),
            new NumberFormatTemplate(),
            new IterateOverCopyTemplate(),
            new RelationalOperatorTemplate(),
            new OffByOneTemplate(),
            new ArithmeticOperatorTemplate(),
            new LogicalOperatorTemplate(),
            new SwapTemplate(),
            new ReplaceVariableTemplate(),
            new ReplaceWithExpressionTemplate(),
            new ReplaceMethodCallTemplate(),
            new WrapMaxMinTemplate(),
            new WrapIndexTemplate(),
            new ConstantReturnTemplate(),
            new InsertStatementTemplate(),
            new BaseCaseTemplate(),
            new DeleteStatementTemplate())) {
      templates.put(t.name(), t);
    }
    extra.forEach(t -> templates.put(t.name(), t));
  }

  @Override
  public String name() {
    return "templates";
  }

  /**
   * The template order for a failure class.
   *
   * @param cls the failure class
   * @param expectsException whether a test expected an exception that was not thrown
   * @return template names, first tried first
   */
  public List<String> order(FailureClass cls, boolean expectsException) {
    List<String> first;
    switch (cls) {
      case ARITHMETIC:
        first =
            List.of(
                "guard-zero-divisor", "relational-operator", "off-by-one", "arithmetic-operator");
        break;
      case NULL_POINTER:
        first =
            List.of(
                "guard-null",
                "replace-variable",
                "insert-statement",
                "relational-operator",
                "logical-operator");
        break;
      case INDEX_OUT_OF_BOUNDS:
        first =
            List.of(
                "guard-bounds",
                "off-by-one",
                "relational-operator",
                "arithmetic-operator",
                "wrap-max-min",
                "wrap-index");
        break;
      case STACK_OVERFLOW:
        first =
            List.of(
                "relational-operator",
                "off-by-one",
                "arithmetic-operator",
                "recursion-base-case",
                "replace-variable");
        break;
      case TIMEOUT:
        first =
            List.of(
                "relational-operator",
                "arithmetic-operator",
                "off-by-one",
                "insert-statement",
                "logical-operator",
                "replace-variable");
        break;
      case CLASS_CAST:
        first = List.of("guard-cast", "replace-variable", "replace-method-call");
        break;
      case NUMBER_FORMAT:
        first = List.of("number-format", "guard-null", "replace-method-call");
        break;
      case CONCURRENT_MODIFICATION:
        first = List.of("iterate-over-copy", "insert-statement");
        break;
      default:
        first =
            expectsException
                ? List.of(
                    "guard-zero-divisor",
                    "guard-null",
                    "guard-bounds",
                    "relational-operator",
                    "logical-operator",
                    "off-by-one")
                : List.of(
                    "relational-operator",
                    "off-by-one",
                    "arithmetic-operator",
                    "logical-operator",
                    "constant-return");
    }
    List<String> order = new ArrayList<>(first);
    for (String name :
        List.of(
            "relational-operator",
            "off-by-one",
            "arithmetic-operator",
            "logical-operator",
            "swap",
            "constant-return",
            "replace-variable",
            "replace-method-call",
            "wrap-max-min",
            "wrap-index",
            "replace-expression",
            "guard-null",
            "guard-bounds",
            "guard-zero-divisor",
            "insert-statement",
            "iterate-over-copy",
            "guard-cast",
            "number-format",
            "recursion-base-case",
            "delete-statement")) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    for (String name : templates.keySet()) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    return order;
  }

  @Override
  public List<Candidate> generate(RepairContext context) {
    List<String> order = order(context.primary(), context.expectsException());
    List<Location> locations =
        context.locations().subList(0, Math.min(maxLocations, context.locations().size()));
    Map<String, String> sources = new HashMap<>();
    Map<String, CompilationUnit> units = new HashMap<>();
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    List<Ranked> ranked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int li = 0; li < locations.size(); li++) {
      Location loc = locations.get(li);
      String source =
          sources.computeIfAbsent(loc.file(), f -> read(context.mainSources().resolve(f)));
      if (source == null) {
        continue;
      }
      CompilationUnit unit =
          units.computeIfAbsent(
              loc.file(),
              f -> {
                ParseResult<CompilationUnit> r = parser.parse(source);
                return r.getResult().orElse(null);
              });
      if (unit == null) {
        continue;
      }
      Site site = new Site(unit, source, loc.line(), context);
      int bucket = (int) Math.round(loc.score() * 10);
      for (int ti = 0; ti < order.size(); ti++) {
        RepairTemplate t = templates.get(order.get(ti));
        List<SourceEdit> edits;
        try {
          edits = t.edits(site);
        } catch (RuntimeException e) {
          continue;
        }
        for (SourceEdit edit : edits) {
          String patched = edit.apply(source);
          if (patched.equals(source) || !seen.add(loc.file() + "\n" + patched)) {
            continue;
          }
          ranked.add(
              new Ranked(
                  -bucket,
                  ti,
                  li,
                  new Candidate(
                      loc.file(),
                      patched,
                      name(),
                      t.name(),
                      edit.description(),
                      loc.line(),
                      edit.flags())));
        }
      }
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::bucket)
            .thenComparingInt(Ranked::template)
            .thenComparingInt(Ranked::location));
    List<Candidate> out = new ArrayList<>();
    ranked.forEach(r -> out.add(r.candidate()));
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Ranked(int bucket, int template, int location, Candidate candidate) {}
}
