package io.heal.core.spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A supervised service.
 *
 * @param name unique service name, also used as a metric label value
 * @param workingDir the child's working directory
 * @param environment variables added to Heal's own environment for the child
 * @param dependsOn names of services started before this one and stopped after it
 * @param releases the service's releases by version; a service declared with a bare command has one
 *     release named {@link #DEFAULT_RELEASE}
 * @param currentRelease the release started first
 * @param knownGoodRelease the release rolled back to; equal to currentRelease when none is declared
 * @param promotionPeriod how long a newly deployed release must stay healthy to become known-good
 * @param probes readiness and health probes; process liveness is always watched besides these
 * @param restart restart back-off and intensity limit
 * @param noRestartExitCodes exit codes that mean "stopped on purpose, do not restart"
 * @param stop how the service is stopped
 * @param escalation where Heal reports what it cannot heal
 * @param logs per-service log capture and rotation
 * @param jvm whether the service is a JVM, so a thread dump can be taken before killing it hung
 * @param detection metrics, /proc figures and log signatures watched for anomalies
 */
public record ServiceSpec(
    String name,
    Path workingDir,
    Map<String, String> environment,
    List<String> dependsOn,
    Map<String, ReleaseSpec> releases,
    String currentRelease,
    String knownGoodRelease,
    Duration promotionPeriod,
    List<ProbeSpec> probes,
    RestartPolicySpec restart,
    Set<Integer> noRestartExitCodes,
    StopSpec stop,
    EscalationSpec escalation,
    LogSpec logs,
    boolean jvm,
    DetectionSpec detection) {

  /** Name of the single release of a service declared with a bare {@code command}. */
  public static final String DEFAULT_RELEASE = "default";

  /** Default promotion period of a newly deployed release. */
  public static final Duration DEFAULT_PROMOTION_PERIOD = Duration.ofSeconds(30);

  public ServiceSpec {
    environment = Map.copyOf(environment);
    dependsOn = List.copyOf(dependsOn);
    releases = Map.copyOf(releases);
    probes = List.copyOf(probes);
    noRestartExitCodes = Set.copyOf(noRestartExitCodes);
  }

  /**
   * A service declared with a bare command: its one release is {@link #DEFAULT_RELEASE}, current
   * and known-good; no environment or dependencies, the default promotion period, logs and
   * detection, not a JVM.
   */
  public static ServiceSpec ofCommand(
      String name,
      Path workingDir,
      List<String> command,
      List<ProbeSpec> probes,
      RestartPolicySpec restart,
      Set<Integer> noRestartExitCodes,
      StopSpec stop,
      EscalationSpec escalation) {
    return new ServiceSpec(
        name,
        workingDir,
        Map.of(),
        List.of(),
        Map.of(DEFAULT_RELEASE, new ReleaseSpec(DEFAULT_RELEASE, command, Optional.empty())),
        DEFAULT_RELEASE,
        DEFAULT_RELEASE,
        DEFAULT_PROMOTION_PERIOD,
        probes,
        restart,
        noRestartExitCodes,
        stop,
        escalation,
        LogSpec.defaults(),
        false,
        DetectionSpec.defaults());
  }

  /** The release with this version, if declared. */
  public Optional<ReleaseSpec> release(String version) {
    return Optional.ofNullable(releases.get(version));
  }

  /**
   * The longest startup period among the probes: a service not ready within it has failed to start.
   * {@link Duration#ZERO} when the service has no probes (it is ready once spawned).
   */
  public Duration startupPeriod() {
    return probes.stream()
        .map(ProbeSpec::startupPeriod)
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }
}
