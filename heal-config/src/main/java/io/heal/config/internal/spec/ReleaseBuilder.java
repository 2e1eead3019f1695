package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawRelease;
import io.heal.config.internal.raw.RawService;
import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service's releases: either one bare {@code command} (a single release named {@link
 * ServiceSpec#DEFAULT_RELEASE}) or a {@code releases} map with {@code release} and {@code
 * known_good} naming entries of it.
 */
final class ReleaseBuilder {

  /** What a release version looks like: it becomes part of file names. */
  static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  /** The releases of one service and which is current and known-good. */
  record Releases(Map<String, ReleaseSpec> byVersion, String current, String knownGood) {}

  private final Rules rules;
  private final Paths paths;

  ReleaseBuilder(Rules rules, Paths paths) {
    this.rules = rules;
    this.paths = paths;
  }

  Releases build(RawService raw) {
    if (raw.hasCommand() == raw.hasReleases()) {
      rules
          .errors()
          .add(
              raw.path(),
              "needs exactly one of command, releases",
              raw.hasCommand() ? "both" : "neither");
    }
    if (raw.hasReleases()) {
      return fromReleases(raw);
    }
    for (String key : List.of("release", "known_good")) {
      if (key.equals("release") ? raw.release().isPresent() : raw.knownGood().isPresent()) {
        rules
            .errors()
            .add(
                raw.path() + "." + key,
                "is only allowed with releases",
                (key.equals("release") ? raw.release() : raw.knownGood()).get());
      }
    }
    String version = ServiceSpec.DEFAULT_RELEASE;
    List<String> command =
        raw.hasCommand() ? Commands.argv(rules, raw.command(), raw.path() + ".command") : List.of();
    return new Releases(
        Map.of(version, new ReleaseSpec(version, command, Optional.empty())), version, version);
  }

  private Releases fromReleases(RawService raw) {
    Map<String, ReleaseSpec> byVersion = new LinkedHashMap<>();
    List<RawRelease> written = raw.releases().orElse(List.of());
    if (raw.releases().isPresent() && written.isEmpty()) {
      rules.errors().add(raw.path() + ".releases", "must declare at least one release", "{}");
    }
    for (RawRelease release : written) {
      if (!VERSION.matcher(release.version()).matches()) {
        rules
            .errors()
            .add(
                release.path(),
                "release names must match " + VERSION.pattern(),
                Found.text(release.version()));
      }
      List<String> command = Commands.argv(rules, release.command(), release.path() + ".command");
      Optional<Path> artifactDir =
          release.artifactDir().map(dir -> paths.resolve(dir, release.path() + ".artifact_dir"));
      byVersion.put(release.version(), new ReleaseSpec(release.version(), command, artifactDir));
    }
    String current = rules.required(raw.release(), "", raw.path() + ".release");
    String knownGood = raw.knownGood().orElse(current);
    if (raw.releases().isPresent() && !written.isEmpty()) {
      mustExist(raw, byVersion, raw.release(), ".release");
      mustExist(raw, byVersion, raw.knownGood(), ".known_good");
    }
    return new Releases(byVersion, current, knownGood);
  }

  private void mustExist(
      RawService raw, Map<String, ReleaseSpec> byVersion, Optional<String> version, String key) {
    if (version.isPresent() && !byVersion.containsKey(version.get())) {
      rules
          .errors()
          .add(
              raw.path() + key,
              "must name one of the releases (" + String.join(", ", byVersion.keySet()) + ")",
              Found.text(version.get()));
    }
  }
}
