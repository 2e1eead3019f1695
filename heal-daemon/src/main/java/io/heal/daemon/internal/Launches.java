package io.heal.daemon.internal;

import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.supervisor.LaunchSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** How a service's release becomes a process launch. */
final class Launches {

  private Launches() {}

  /**
   * The launch of {@code release}: its command, the service's working directory and environment,
   * plus {@code HEAL_SERVICE}, {@code HEAL_RELEASE} and, when the release has one, {@code
   * HEAL_RELEASE_DIR}.
   */
  static LaunchSpec of(ServiceSpec spec, String release, Path logFile) {
    ReleaseSpec r =
        spec.release(release)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "release: " + spec.name() + " has no release '" + release + "'"));
    Map<String, String> env = new HashMap<>(spec.environment());
    env.put("HEAL_SERVICE", spec.name());
    env.put("HEAL_RELEASE", release);
    r.artifactDir().ifPresent(dir -> env.put("HEAL_RELEASE_DIR", dir.toString()));
    return new LaunchSpec(spec.name(), r.command(), spec.workingDir(), env, logFile);
  }
}
