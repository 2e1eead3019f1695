package io.github.cachekit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** Cache whose entries live for a fixed time after they were written. */
public final class TtlCache<K, V> {

  private record Entry<V>(V value, long expiresAtMillis) {}

  private final long ttlMillis;
  private final LongSupplier clockMillis;
  private final Map<K, Entry<V>> entries = new HashMap<>();

  public TtlCache(Duration ttl, LongSupplier clockMillis) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    this.ttlMillis = ttl.toMillis();
    this.clockMillis = clockMillis;
  }

  public void put(K key, V value) {
    entries.put(key, new Entry<>(value, clockMillis.getAsLong() + ttlMillis));
  }

  /** The value, or null if absent or expired (expired entries are dropped). */
  public V get(K key) {
    Entry<V> e = entries.get(key);
    if (e == null) {
      return null;
    }
    if (clockMillis.getAsLong() <= e.expiresAtMillis()) {
      return e.value();
    }
    entries.remove(key);
    return null;
  }

  public int size() {
    return entries.size();
  }
}
