package com.acme.ratelimit;

import java.util.function.LongSupplier;

/** Classic token bucket: holds up to {@code capacity} tokens, refilled continuously. */
public final class TokenBucket {

  private final long capacity;
  private final double tokensPerNano;
  private final LongSupplier nanoClock;
  private double tokens;
  private long lastRefill;

  /**
   * @param capacity maximum burst size
   * @param refillPerSecond tokens added per second
   * @param nanoClock monotonic time source, e.g. {@code System::nanoTime}
   */
  public TokenBucket(long capacity, long refillPerSecond, LongSupplier nanoClock) {
    if (capacity <= 0 || refillPerSecond <= 0) {
      throw new IllegalArgumentException(
          "capacity and refillPerSecond must be positive: " + capacity + ", " + refillPerSecond);
    }
    this.capacity = capacity;
    this.tokensPerNano = refillPerSecond / 1e9;
    this.nanoClock = nanoClock;
    this.tokens = capacity;
    this.lastRefill = nanoClock.getAsLong();
  }

  /** Takes {@code permits} tokens if available; never blocks. */
  public synchronized boolean tryAcquire(int permits) {
    if (permits <= 0 || permits > capacity) {
      throw new IllegalArgumentException("permits must be in 1.." + capacity + ": " + permits);
    }
    refill();
    if (tokens > permits) {
      tokens -= permits;
      return true;
    }
    return false;
  }

  /** Whole tokens currently available. */
  public synchronized long available() {
    refill();
    return (long) tokens;
  }

  private void refill() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
    lastRefill = now;
  }
}
