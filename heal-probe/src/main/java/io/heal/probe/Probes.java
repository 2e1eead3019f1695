package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import java.util.Objects;

/** Builds the probe a {@link ProbeSpec} describes. */
public final class Probes {

  private Probes() {}

  /**
   * Returns an {@link HttpProbe}, {@link TcpProbe} or {@link ExecProbe} for {@code spec}'s target,
   * with the spec's timeout. Results carry {@code clock.now()} at completion and the latency
   * measured on {@code clock.monotonicNanos()}.
   *
   * @throws NullPointerException naming a missing argument
   * @throws IllegalArgumentException naming a bad value (non-positive timeout, bad status range,
   *     empty command)
   */
  public static Probe create(
      String service, ProbeSpec spec, HealClock clock, ProbeResources resources) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(spec.name(), "spec.name");
    Objects.requireNonNull(spec.timeout(), "spec.timeout");
    if (spec.timeout().isNegative() || spec.timeout().isZero()) {
      throw new IllegalArgumentException("spec.timeout: must be positive, found " + spec.timeout());
    }
    ProbeTarget target = Objects.requireNonNull(spec.target(), "spec.target");
    if (target instanceof ProbeTarget.Http http) {
      if (http.statusMin() > http.statusMax()) {
        throw new IllegalArgumentException(
            "spec.target.statusMin: must not exceed statusMax ("
                + http.statusMax()
                + "), found "
                + http.statusMin());
      }
      return new HttpProbe(service, spec.name(), http, spec.timeout(), clock, resources);
    }
    if (target instanceof ProbeTarget.Tcp tcp) {
      if (tcp.port() < 1 || tcp.port() > 65535) {
        throw new IllegalArgumentException(
            "spec.target.port: must be within [1, 65535], found " + tcp.port());
      }
      return new TcpProbe(service, spec.name(), tcp, spec.timeout(), clock, resources);
    }
    ProbeTarget.Exec exec = (ProbeTarget.Exec) target;
    if (exec.command().isEmpty()) {
      throw new IllegalArgumentException("spec.target.command: must not be empty, found []");
    }
    return new ExecProbe(service, spec.name(), exec, spec.timeout(), clock, resources);
  }
}
