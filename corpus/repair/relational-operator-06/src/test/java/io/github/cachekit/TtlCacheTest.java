package io.github.cachekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

  private long now = 1_000;
  private final TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(30), () -> now);

  @Test
  void returnsFreshEntry() {
    cache.put("k", "v");
    now += 29_999;
    assertEquals("v", cache.get("k"));
  }

  @Test
  void entryExpiresExactlyAfterTtl() {
    cache.put("k", "v");
    now += 30_000;
    assertNull(cache.get("k"));
    assertEquals(0, cache.size());
  }

  @Test
  void longExpiredEntryIsDropped() {
    cache.put("k", "v");
    now += 60_000;
    assertNull(cache.get("k"));
    assertEquals(0, cache.size());
  }

  @Test
  void rewritingRenewsTtl() {
    cache.put("k", "v1");
    now += 20_000;
    cache.put("k", "v2");
    now += 20_000;
    assertEquals("v2", cache.get("k"));
  }
}
