package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/**
 * A probe's {@code http} target as written.
 *
 * @param status {@code 200}, {@code "200-299"}, as text
 */
public record RawHttp(
    String path,
    Optional<String> url,
    Optional<String> status,
    Optional<String> body,
    Optional<Integer> checksPerConnection) {

  static final List<String> KEYS = List.of("url", "status", "body", "checks_per_connection");

  static RawHttp read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawHttp(
        section.path(),
        section.string("url"),
        section.string("status"),
        section.string("body"),
        section.integer("checks_per_connection"));
  }
}
