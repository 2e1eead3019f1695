package io.heal.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for Heal's records, shared by the store, the audit log and the
 * daemon's HTTP API.
 *
 * <ul>
 *   <li>{@code Optional} fields are written as their value or {@code null} (jdk8 module);
 *   <li>{@code Instant} and {@code Duration} are ISO-8601 strings ({@code
 *       "2026-11-24T08:35:12.417Z"}, {@code "PT0.412S"}), never numbers;
 *   <li>map entries are sorted by key, so the same record always gives the same bytes;
 *   <li>unknown properties are ignored when reading, so a file written by a newer Heal still loads.
 * </ul>
 *
 * <p>Mappers are thread-safe once configured; {@link #mapper()} and {@link #prettyMapper()} return
 * shared instances that callers must not reconfigure (use {@link #newMapper()} for a private copy).
 */
public final class HealJson {

  private static final ObjectMapper COMPACT = newMapper();
  private static final ObjectMapper PRETTY = newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HealJson() {}

  /** A new mapper with Heal's configuration, compact output. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
  }

  /** The shared compact mapper (one line per value), for the wire and JSON Lines. */
  public static ObjectMapper mapper() {
    return COMPACT;
  }

  /** The shared indenting mapper, for files people read. */
  public static ObjectMapper prettyMapper() {
    return PRETTY;
  }
}
