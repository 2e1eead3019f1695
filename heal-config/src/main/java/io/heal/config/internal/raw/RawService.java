package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code services} as written.
 *
 * @param path such as {@code services[1] (api)}
 * @param hasCommand whether {@code command} was written, readable or not
 * @param hasReleases whether {@code releases} was written, readable or not
 */
public record RawService(
    String path,
    Optional<String> name,
    boolean hasCommand,
    Optional<List<String>> command,
    boolean hasReleases,
    Optional<List<RawRelease>> releases,
    Optional<String> release,
    Optional<String> knownGood,
    Optional<Duration> promotionPeriod,
    Optional<String> workingDir,
    Optional<Map<String, String>> env,
    Optional<List<String>> dependsOn,
    Optional<Boolean> jvm,
    List<RawProbe> probes,
    Optional<RawRestart> restart,
    Optional<List<Integer>> noRestartExitCodes,
    Optional<RawStop> stop,
    Optional<List<String>> webhooks,
    Optional<RawLogs> logs,
    Optional<RawDetection> detection) {

  static final List<String> KEYS =
      List.of(
          "name",
          "command",
          "releases",
          "release",
          "known_good",
          "promotion_period",
          "working_dir",
          "env",
          "depends_on",
          "jvm",
          "probes",
          "restart",
          "no_restart_exit_codes",
          "stop",
          "escalation",
          "logs",
          "detection");

  static final List<String> ESCALATION_KEYS = List.of("webhooks");

  public RawService {
    probes = List.copyOf(probes);
  }

  static RawService read(Section unlabelled) {
    Section section = unlabelled.labelledBy("name");
    section.rejectUnknownKeys(KEYS);
    Optional<List<RawRelease>> releases =
        section
            .sectionMap("releases")
            .map(
                byVersion ->
                    byVersion.entrySet().stream()
                        .map(entry -> RawRelease.read(entry.getKey(), entry.getValue()))
                        .toList());
    Optional<List<String>> webhooks =
        section
            .section("escalation")
            .flatMap(
                escalation -> {
                  escalation.rejectUnknownKeys(ESCALATION_KEYS);
                  return escalation.texts("webhooks");
                });
    return new RawService(
        section.path(),
        section.string("name"),
        section.has("command"),
        section.argv("command"),
        section.has("releases"),
        releases,
        section.string("release"),
        section.string("known_good"),
        section.duration("promotion_period"),
        section.string("working_dir"),
        section.textMap("env"),
        section.texts("depends_on"),
        section.bool("jvm"),
        section.sections("probes").orElse(List.of()).stream().map(RawProbe::read).toList(),
        section.section("restart").map(RawRestart::read),
        section.integers("no_restart_exit_codes"),
        section.section("stop").map(RawStop::read),
        webhooks,
        section.section("logs").map(RawLogs::read),
        section.section("detection").map(RawDetection::read));
  }
}
