package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/**
 * The whole file as written.
 *
 * @param services each service section that is a map, in the order written; empty when the key is
 *     missing
 */
public record RawConfig(
    Optional<String> dataDir,
    Optional<RawControl> control,
    List<RawService> services,
    Optional<RawRepair> repair) {

  /** The top-level keys, in the order errors about them are listed. */
  public static final List<String> KEYS = List.of("data_dir", "control", "services", "repair");

  public RawConfig {
    services = List.copyOf(services);
  }

  static RawConfig read(Section root) {
    root.rejectUnknownKeys(KEYS);
    List<RawService> services =
        root.sections("services").orElse(List.of()).stream().map(RawService::read).toList();
    return new RawConfig(
        root.string("data_dir"),
        root.section("control").map(RawControl::read),
        services,
        root.section("repair").map(RawRepair::read));
  }
}
