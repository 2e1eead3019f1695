package io.heal.sample.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The fault switches' state. Every request passes through {@link #gate()}; a hang takes the gate's
 * lock on a thread named {@value #HANG_THREAD} and never gives it back, so every handler blocks
 * while the JVM itself stays alive and answers thread dumps. Thread-safe.
 */
final class Faults {

  /** The name of the thread that holds the request gate during a hang. */
  static final String HANG_THREAD = "sample-hang-holder";

  private final ReentrantLock gate = new ReentrantLock();
  private final HeapLeak leak;
  private volatile boolean unhealthy;
  private volatile double errorRate;
  private volatile Duration latency = Duration.ZERO;

  Faults(PrintStream log) {
    this.leak = new HeapLeak(log);
  }

  /** Blocks while the service hangs; returns at once otherwise. */
  void gate() {
    gate.lock();
    gate.unlock();
  }

  /** Makes every later request block forever; returns once the gate is held. */
  void hang() {
    java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    NamedThreadFactory.start(
        HANG_THREAD,
        () -> {
          gate.lock();
          held.countDown();
          while (true) {
            LockSupport.park(this);
          }
        });
    try {
      held.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void unhealthy(boolean value) {
    unhealthy = value;
  }

  boolean unhealthy() {
    return unhealthy;
  }

  void errorRate(double rate) {
    errorRate = rate;
  }

  /** Whether this request should fail, drawn at the configured error rate. */
  boolean drawError() {
    double rate = errorRate;
    return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
  }

  void latency(Duration value) {
    latency = value;
  }

  /** Delays the calling request by the configured latency, keeping the interrupt flag. */
  void delay() {
    long nanos = latency.toNanos();
    long deadline = System.nanoTime() + nanos;
    while (nanos > 0) {
      LockSupport.parkNanos(nanos);
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      nanos = deadline - System.nanoTime();
    }
  }

  HeapLeak leak() {
    return leak;
  }

  /** Clears errors, latency, leak and unhealthy; a hang cannot be cleared (no request gets in). */
  void reset() {
    unhealthy = false;
    errorRate = 0;
    latency = Duration.ZERO;
    boolean leaked = leak.retainedBytes() > 0;
    leak.stop();
    if (leaked) {
      // let the heap gauge fall at once, so a reset shows in the metrics without waiting for GC
      System.gc();
    }
  }
}
