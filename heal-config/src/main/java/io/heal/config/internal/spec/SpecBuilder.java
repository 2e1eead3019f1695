package io.heal.config.internal.spec;

import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawConfig;
import io.heal.config.internal.raw.RawControl;
import io.heal.config.internal.raw.RawService;
import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.RepairSpec;
import io.heal.core.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of stage two: a raw config to a {@link HealSpec}, with the rules that span services:
 * at least one service, unique names, dependencies that exist and form no cycle.
 */
public final class SpecBuilder {

  private final ErrorCollector errors;
  private final Rules rules;
  private final Paths paths;
  private final String defaultDataDir;

  private SpecBuilder(Path baseDir, String defaultDataDir, ErrorCollector errors) {
    this.defaultDataDir = defaultDataDir;
    this.errors = errors;
    this.rules = new Rules(errors);
    this.paths = new Paths(baseDir, errors);
  }

  /**
   * Builds the spec. The result is only valid when {@code errors} is still empty afterwards.
   *
   * @param baseDir the directory relative paths are resolved against
   * @param defaultDataDir the data directory, relative to {@code baseDir}, when none is written
   */
  public static HealSpec build(
      RawConfig raw, Path baseDir, String defaultDataDir, ErrorCollector errors) {
    return new SpecBuilder(baseDir, defaultDataDir, errors).build(raw);
  }

  private HealSpec build(RawConfig raw) {
    Path dataDir =
        raw.dataDir()
            .map(dir -> paths.resolve(dir, "data_dir"))
            .orElse(paths.baseDir().resolve(defaultDataDir));
    ControlSpec control =
        raw.control()
            .map(this::control)
            .orElse(new ControlSpec(ControlSpec.DEFAULT_HOST, ControlSpec.DEFAULT_PORT));
    if (raw.services().isEmpty()) {
      errors.add("services", "at least one service is required");
    }
    ServiceBuilder builder = new ServiceBuilder(rules, paths);
    List<ServiceSpec> services = new ArrayList<>();
    for (RawService service : raw.services()) {
      services.add(builder.build(service));
    }
    checkNamesAndDependencies(raw.services(), services);
    return new HealSpec(dataDir, control, services, new RepairBuilder(rules).build(raw.repair()));
  }

  /**
   * Builds only the {@code repair} section, for {@code heal fix}, which needs no services. The
   * result is only valid when {@code errors} is still empty afterwards.
   */
  public static RepairSpec buildRepair(RawConfig raw, ErrorCollector errors) {
    return new RepairBuilder(new Rules(errors)).build(raw.repair());
  }

  private ControlSpec control(RawControl raw) {
    String host = raw.host().orElse(ControlSpec.DEFAULT_HOST);
    if (!Loopback.isLoopback(host)) {
      errors.add(
          raw.path() + ".host",
          "must be a loopback address (127.x.x.x, ::1 or localhost)",
          Found.text(host));
    }
    int port = raw.port().orElse(ControlSpec.DEFAULT_PORT);
    rules.between(port, 0, 65535, raw.path() + ".port");
    return new ControlSpec(host, port);
  }

  private void checkNamesAndDependencies(List<RawService> raws, List<ServiceSpec> services) {
    Map<String, Integer> indexByName = new LinkedHashMap<>();
    for (int i = 0; i < services.size(); i++) {
      String name = services.get(i).name();
      Integer earlier = indexByName.putIfAbsent(name, i);
      if (earlier != null && !name.isEmpty()) {
        errors.add(
            raws.get(i).path() + ".name",
            "service names must be unique, also used by services[" + earlier + "]",
            name);
      }
    }
    String known = String.join(", ", indexByName.keySet());
    Map<String, List<String>> edges = new HashMap<>();
    for (int i = 0; i < services.size(); i++) {
      ServiceSpec service = services.get(i);
      List<String> written = raws.get(i).dependsOn().orElse(List.of());
      for (int j = 0; j < written.size(); j++) {
        if (!indexByName.containsKey(written.get(j))) {
          errors.add(
              raws.get(i).path() + ".depends_on[" + j + "]",
              "must name a declared service (" + known + ")",
              Found.text(written.get(j)));
        }
      }
      edges.putIfAbsent(service.name(), service.dependsOn());
    }
    for (List<String> cycle : DependencyCycles.find(edges, List.copyOf(indexByName.keySet()))) {
      errors.add(
          raws.get(indexByName.get(cycle.get(0))).path() + ".depends_on",
          "must not form a cycle",
          String.join(" -> ", cycle));
    }
  }
}
