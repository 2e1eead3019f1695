package io.github.cachekit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Size-bounded cache that evicts the least recently used entry. Not thread-safe. */
public final class LruCache<K, V> {

  private final int capacity;
  private final Map<K, V> map = new HashMap<>();
  private final Deque<K> order = new ArrayDeque<>();
  private long hits;
  private long misses;

  public LruCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  public V get(K key) {
    V value = map.get(key);
    if (value != null) {
      hits++;
    } else {
      misses++;
    }
    return value;
  }

  public void put(K key, V value) {
    if (map.containsKey(key)) {
      touch(key);
    } else {
      if (map.size() == capacity) {
        map.remove(order.removeFirst());
      }
      order.addLast(key);
    }
    map.put(key, value);
  }

  public boolean containsKey(K key) {
    return map.containsKey(key);
  }

  public long hits() {
    return hits;
  }

  public long misses() {
    return misses;
  }

  private void touch(K key) {
    order.remove(key);
    order.addLast(key);
  }
}
