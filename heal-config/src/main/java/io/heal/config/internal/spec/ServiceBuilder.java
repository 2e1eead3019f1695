package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawProbe;
import io.heal.config.internal.raw.RawService;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One raw service to a {@link ServiceSpec}, checking everything that concerns this service alone.
 * Rules across services (unique names, dependencies) are {@link SpecBuilder}'s.
 */
final class ServiceBuilder {

  /** What a service name looks like: it becomes a file name and a metric label value. */
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private final Rules rules;
  private final Paths paths;
  private final ReleaseBuilder releases;
  private final ProbeBuilder probes;
  private final PolicyBuilder policies;

  ServiceBuilder(Rules rules, Paths paths) {
    this.rules = rules;
    this.paths = paths;
    this.releases = new ReleaseBuilder(rules, paths);
    this.probes = new ProbeBuilder(rules);
    this.policies = new PolicyBuilder(rules);
  }

  ServiceSpec build(RawService raw) {
    String path = raw.path();
    String name = rules.required(raw.name(), "", path + ".name");
    if (raw.name().isPresent() && !NAME.matcher(name).matches()) {
      rules
          .errors()
          .add(path + ".name", "must match " + NAME.pattern() + " (lower case)", Found.text(name));
    }
    ReleaseBuilder.Releases declared = releases.build(raw);
    return new ServiceSpec(
        name,
        raw.workingDir()
            .map(dir -> paths.resolve(dir, path + ".working_dir"))
            .orElse(paths.baseDir()),
        environment(raw),
        dependsOn(raw, name),
        declared.byVersion(),
        declared.current(),
        declared.knownGood(),
        rules.positive(
            raw.promotionPeriod(),
            ServiceSpec.DEFAULT_PROMOTION_PERIOD,
            path + ".promotion_period"),
        probes(raw),
        policies.restart(raw.restart()),
        exitCodes(raw),
        policies.stop(raw.stop()),
        policies.escalation(raw.webhooks(), path + ".escalation.webhooks"),
        policies.logs(raw.logs()),
        raw.jvm().orElse(false),
        new DetectionBuilder(rules).build(raw.detection()));
  }

  private Map<String, String> environment(RawService raw) {
    Map<String, String> env = raw.env().orElse(Map.of());
    for (String key : env.keySet()) {
      if (key.isEmpty() || key.contains("=") || key.contains("\0")) {
        rules
            .errors()
            .add(
                raw.path() + ".env",
                "variable names must not be empty or contain '='",
                Found.text(key));
      }
    }
    return env;
  }

  private List<String> dependsOn(RawService raw, String name) {
    List<String> dependsOn = raw.dependsOn().orElse(List.of());
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < dependsOn.size(); i++) {
      String at = raw.path() + ".depends_on[" + i + "]";
      if (dependsOn.get(i).equals(name)) {
        rules.errors().add(at, "a service cannot depend on itself", Found.text(name));
      } else if (!seen.add(dependsOn.get(i))) {
        rules.errors().add(at, "is listed twice", Found.text(dependsOn.get(i)));
      }
    }
    return List.copyOf(seen);
  }

  private List<ProbeSpec> probes(RawService raw) {
    List<ProbeSpec> specs = new ArrayList<>();
    Map<String, Integer> indexByName = new HashMap<>();
    for (int i = 0; i < raw.probes().size(); i++) {
      RawProbe probe = raw.probes().get(i);
      ProbeSpec spec = probes.build(probe);
      Integer earlier = indexByName.putIfAbsent(spec.name(), i);
      if (earlier != null && !spec.name().isEmpty()) {
        String field = probe.name().isPresent() ? ".name" : "";
        rules
            .errors()
            .add(
                probe.path() + field,
                "probe names must be unique in a service, also used by probes["
                    + earlier
                    + "] (give each probe a name)",
                spec.name());
      }
      specs.add(spec);
    }
    return specs;
  }

  private Set<Integer> exitCodes(RawService raw) {
    List<Integer> codes = raw.noRestartExitCodes().orElse(List.of());
    for (int i = 0; i < codes.size(); i++) {
      rules.between(codes.get(i), 0, 255, raw.path() + ".no_restart_exit_codes[" + i + "]");
    }
    return Set.copyOf(codes);
  }
}
