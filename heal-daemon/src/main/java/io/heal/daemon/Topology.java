package io.heal.daemon;

import io.heal.core.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Start order of services: every service after the services it depends on. */
public final class Topology {

  private Topology() {}

  /**
   * The services ordered dependencies first, keeping declaration order among independent ones.
   *
   * @throws IllegalArgumentException naming the services in a cycle or an unknown dependency
   */
  public static List<ServiceSpec> startOrder(List<ServiceSpec> services) {
    Map<String, ServiceSpec> byName = new LinkedHashMap<>();
    services.forEach(s -> byName.put(s.name(), s));
    List<ServiceSpec> order = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    while (done.size() < services.size()) {
      boolean progress = false;
      for (ServiceSpec s : services) {
        if (!done.contains(s.name()) && done.containsAll(s.dependsOn())) {
          order.add(s);
          done.add(s.name());
          progress = true;
        }
      }
      if (!progress) {
        List<String> stuck =
            services.stream().map(ServiceSpec::name).filter(n -> !done.contains(n)).toList();
        throw new IllegalArgumentException(
            "depends_on: cycle or unknown dependency among " + stuck);
      }
    }
    return order;
  }
}
