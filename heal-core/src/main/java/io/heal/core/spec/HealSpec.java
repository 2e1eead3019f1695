package io.heal.core.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One frozen, validated configuration snapshot.
 *
 * @param dataDir where incidents, logs and state are written
 * @param control the loopback control endpoint of the daemon
 * @param services the supervised services, in declaration order
 * @param repair how code repair runs ({@code repair:} in heal.yaml)
 */
public record HealSpec(
    Path dataDir, ControlSpec control, List<ServiceSpec> services, RepairSpec repair) {

  public HealSpec {
    services = List.copyOf(services);
    java.util.Objects.requireNonNull(repair, "repair");
  }

  /** A spec whose code repair stays offline. */
  public HealSpec(Path dataDir, ControlSpec control, List<ServiceSpec> services) {
    this(dataDir, control, services, RepairSpec.offline());
  }

  /** The service named {@code name}, if declared. */
  public Optional<ServiceSpec> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
