package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawDetection;
import io.heal.config.internal.raw.RawLogSignature;
import io.heal.config.internal.raw.RawMetricWatch;
import io.heal.config.internal.raw.RawObjective;
import io.heal.core.anomaly.Severity;
import io.heal.core.spec.DetectionSpec;
import io.heal.core.spec.LogSignatureSpec;
import io.heal.core.spec.MetricWatchSpec;
import io.heal.core.spec.ObjectiveSpec;
import io.heal.detect.Detectors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds a service's {@link DetectionSpec}, checking detector names, patterns and severities. */
final class DetectionBuilder {

  private final Rules rules;

  DetectionBuilder(Rules rules) {
    this.rules = rules;
  }

  DetectionSpec build(Optional<RawDetection> section) {
    if (section.isEmpty()) {
      return DetectionSpec.defaults();
    }
    RawDetection raw = section.get();
    Optional<URI> url =
        raw.metricsUrl()
            .map(
                u ->
                    TargetBuilder.httpUrl(
                        rules, Optional.of(u), raw.path() + ".metrics_url", true));
    List<MetricWatchSpec> metrics = new ArrayList<>();
    raw.metrics().forEach(m -> metrics.add(metric(m)));
    if (!metrics.isEmpty() && raw.metricsUrl().isEmpty()) {
      rules
          .errors()
          .add(raw.path() + ".metrics_url", "is required when metrics are listed", "nothing");
    }
    List<LogSignatureSpec> signatures = new ArrayList<>();
    raw.logSignatures().forEach(s -> signature(s).ifPresent(signatures::add));
    List<ObjectiveSpec> objectives = new ArrayList<>();
    raw.objectives().forEach(o -> objectives.add(objective(o)));
    if (!objectives.isEmpty() && raw.metricsUrl().isEmpty()) {
      rules
          .errors()
          .add(raw.path() + ".metrics_url", "is required when objectives are listed", "nothing");
    }
    return new DetectionSpec(
        url.filter(u -> u != null),
        rules.positive(
            raw.scrapeInterval(),
            DetectionSpec.DEFAULT_SCRAPE_INTERVAL,
            raw.path() + ".scrape_interval"),
        metrics,
        signatures,
        objectives,
        raw.processMetrics().orElse(DetectionSpec.DEFAULT_PROCESS_METRICS),
        severity(raw.remedyAt(), DetectionSpec.DEFAULT_REMEDY_AT, raw.path() + ".remedy_at"));
  }

  private MetricWatchSpec metric(RawMetricWatch raw) {
    String metric = rules.required(raw.metric(), "", raw.path() + ".metric");
    String detector = raw.detector().orElse(MetricWatchSpec.DEFAULT_DETECTOR);
    List<String> known = new ArrayList<>(Detectors.names());
    known.add(0, MetricWatchSpec.DEFAULT_DETECTOR);
    if (!known.contains(detector)) {
      rules
          .errors()
          .add(
              raw.path() + ".detector",
              "must be one of " + String.join(", ", known),
              Found.text(detector));
    }
    int window =
        raw.window()
            .map(w -> rules.atLeast(Optional.of(w), 0, 2, raw.path() + ".window"))
            .orElse(0);
    return new MetricWatchSpec(
        metric,
        detector,
        raw.rate().orElse(false),
        raw.limit().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
        window,
        raw.urgentWithin()
            .map(d -> rules.positive(Optional.of(d), d, raw.path() + ".urgent_within")));
  }

  private ObjectiveSpec objective(RawObjective raw) {
    String name = rules.required(raw.name(), "", raw.path() + ".name");
    String errors = rules.required(raw.errors(), "", raw.path() + ".errors");
    String total = rules.required(raw.total(), "", raw.path() + ".total");
    double target = rules.required(raw.target(), 0.99, raw.path() + ".target");
    if (raw.target().isPresent() && !(target > 0 && target < 1)) {
      rules
          .errors()
          .add(
              raw.path() + ".target",
              "must be between 0 and 1 exclusive, such as 0.999",
              Double.toString(target));
    }
    return new ObjectiveSpec(name, errors, total, target);
  }

  private Optional<LogSignatureSpec> signature(RawLogSignature raw) {
    String name = rules.required(raw.name(), "", raw.path() + ".name");
    String pattern = rules.required(raw.pattern(), "", raw.path() + ".pattern");
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      rules
          .errors()
          .add(
              raw.path() + ".pattern",
              "must be a regular expression (" + e.getDescription() + ")",
              Found.text(pattern));
      return Optional.empty();
    }
    return Optional.of(
        new LogSignatureSpec(
            name, pattern, severity(raw.severity(), Severity.HIGH, raw.path() + ".severity")));
  }

  private Severity severity(Optional<String> text, Severity otherwise, String path) {
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return Severity.valueOf(text.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      rules.errors().add(path, "must be low, medium or high", Found.text(text.get()));
      return otherwise;
    }
  }
}
