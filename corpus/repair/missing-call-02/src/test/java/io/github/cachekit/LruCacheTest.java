package io.github.cachekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LruCacheTest {

  @Test
  void evictsLeastRecentlyInserted() {
    LruCache<String, Integer> c = new LruCache<>(2);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3);
    assertFalse(c.containsKey("a"));
    assertTrue(c.containsKey("b"));
  }

  @Test
  void readingAnEntryProtectsItFromEviction() {
    LruCache<String, Integer> c = new LruCache<>(2);
    c.put("a", 1);
    c.put("b", 2);
    assertEquals(1, c.get("a"));
    c.put("c", 3);
    assertTrue(c.containsKey("a"));
    assertFalse(c.containsKey("b"));
  }

  @Test
  void overwritingAnEntryProtectsIt() {
    LruCache<String, Integer> c = new LruCache<>(2);
    c.put("a", 1);
    c.put("b", 2);
    c.put("a", 10);
    c.put("c", 3);
    assertEquals(10, c.get("a"));
    assertNull(c.get("b"));
  }

  @Test
  void countsHitsAndMisses() {
    LruCache<String, Integer> c = new LruCache<>(2);
    c.put("a", 1);
    c.get("a");
    c.get("zz");
    assertEquals(1, c.hits());
    assertEquals(1, c.misses());
  }
}
