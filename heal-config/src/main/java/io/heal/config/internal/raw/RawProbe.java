package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a service's {@code probes} as written.
 *
 * @param targetKeys which of {@code http}, {@code tcp}, {@code exec} were written, readable or not,
 *     so that "exactly one of" is judged on what the user wrote
 */
public record RawProbe(
    String path,
    Optional<String> name,
    List<String> targetKeys,
    Optional<RawHttp> http,
    Optional<RawTcp> tcp,
    Optional<RawExec> exec,
    Optional<Duration> interval,
    Optional<Duration> timeout,
    Optional<Integer> failureThreshold,
    Optional<Integer> successThreshold,
    Optional<Duration> startupPeriod) {

  /** The keys that choose what a probe checks. */
  public static final List<String> TARGET_KEYS = List.of("http", "tcp", "exec");

  static final List<String> KEYS =
      List.of(
          "name",
          "http",
          "tcp",
          "exec",
          "interval",
          "timeout",
          "failure_threshold",
          "success_threshold",
          "startup_period");

  public RawProbe {
    targetKeys = List.copyOf(targetKeys);
  }

  static RawProbe read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawProbe(
        section.path(),
        section.string("name"),
        TARGET_KEYS.stream().filter(section::has).toList(),
        section.section("http").map(RawHttp::read),
        section.section("tcp").map(RawTcp::read),
        section.section("exec").map(RawExec::read),
        section.duration("interval"),
        section.duration("timeout"),
        section.integer("failure_threshold"),
        section.integer("success_threshold"),
        section.duration("startup_period"));
  }
}
