package com.acme.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;
  private long now = 0;

  @Test
  void allowsBurstUpToCapacity() {
    TokenBucket b = new TokenBucket(3, 1, () -> now);
    assertTrue(b.tryAcquire(1));
    assertTrue(b.tryAcquire(1));
    assertTrue(b.tryAcquire(1));
    assertFalse(b.tryAcquire(1));
  }

  @Test
  void canTakeExactlyTheRemainingTokens() {
    TokenBucket b = new TokenBucket(5, 1, () -> now);
    assertTrue(b.tryAcquire(2));
    assertTrue(b.tryAcquire(3));
    assertEquals(0, b.available());
  }

  @Test
  void refillsOverTime() {
    TokenBucket b = new TokenBucket(10, 2, () -> now);
    assertTrue(b.tryAcquire(8));
    assertEquals(2, b.available());
    now += SECOND;
    assertEquals(4, b.available());
  }

  @Test
  void refillNeverExceedsCapacity() {
    TokenBucket b = new TokenBucket(4, 10, () -> now);
    now += 100 * SECOND;
    assertEquals(4, b.available());
  }

  @Test
  void rejectsPermitsAboveCapacity() {
    TokenBucket b = new TokenBucket(4, 1, () -> now);
    assertThrows(IllegalArgumentException.class, () -> b.tryAcquire(5));
  }
}
