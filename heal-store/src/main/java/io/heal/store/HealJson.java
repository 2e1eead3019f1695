package io.heal.store;

import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.store.internal.RecordJson;

/**
 * The one JSON configuration for Heal's records, shared by the store, the audit log and the
 * daemon's HTTP API. It is jackson-jr, the small member of the Jackson family: {@code heal run}
 * keeps every class it loads for its whole life, and jackson-databind with its modules is about 550
 * classes (4 MB of the daemon's memory) where jackson-jr is 60.
 *
 * <ul>
 *   <li>record properties are written in the order the record declares them;
 *   <li>{@code Optional} fields are written as their value or {@code null};
 *   <li>{@code Instant} and {@code Duration} are ISO-8601 strings ({@code
 *       "2026-11-24T08:35:12.417Z"}, {@code "PT0.412S"}), never numbers;
 *   <li>map entries are sorted by key, so the same record always gives the same bytes;
 *   <li>unknown properties are ignored when reading, so a file written by a newer Heal still loads.
 * </ul>
 *
 * <p>The output is byte for byte what jackson-databind wrote with the jdk8 and jsr310 modules
 * before (a test pins it), so files written by earlier versions read the same.
 *
 * <p>{@link JSON} instances are immutable and thread-safe.
 */
public final class HealJson {

  private static final JSON COMPACT =
      JSON.builder()
          .register(RecordJson.INSTANCE)
          .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
          .enable(JSON.Feature.PRESERVE_FIELD_ORDERING)
          .disable(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY)
          .disable(JSON.Feature.USE_DEFERRED_MAPS)
          .build();
  private static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

  private HealJson() {}

  /** Compact output (one line per value), for the wire and JSON Lines. */
  public static JSON json() {
    return COMPACT;
  }

  /** Indented output, for files people read. */
  public static JSON pretty() {
    return PRETTY;
  }
}
