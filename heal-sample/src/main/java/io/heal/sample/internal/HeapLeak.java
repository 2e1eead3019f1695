package io.heal.sample.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A deliberate memory leak: a background thread named {@code sample-leak} that allocates and keeps
 * 1 MiB arrays at a steady rate until stopped or out of memory (then it logs the {@code
 * OutOfMemoryError} and keeps what it holds). Thread-safe.
 */
final class HeapLeak {

  private static final int CHUNK_BYTES = 1 << 20;
  private static final long TICK_NANOS = 100_000_000L;

  private final List<byte[]> retained = new ArrayList<>();
  private final PrintStream log;
  private Thread thread;
  private double megabytesPerSecond;

  HeapLeak(PrintStream log) {
    this.log = log;
  }

  /** Starts leaking (or changes the rate of a running leak). */
  synchronized void start(double megabytesPerSecond) {
    this.megabytesPerSecond = megabytesPerSecond;
    if (thread == null) {
      thread = NamedThreadFactory.start("sample-leak", this::run);
    }
  }

  /** Stops leaking and lets the retained arrays be collected. */
  synchronized void stop() {
    if (thread != null) {
      thread.interrupt();
      thread = null;
    }
    retained.clear();
  }

  /** Bytes retained so far. */
  synchronized long retainedBytes() {
    return (long) retained.size() * CHUNK_BYTES;
  }

  private void run() {
    try {
      leak();
    } catch (OutOfMemoryError e) {
      // like a real leaking service: the error shows in the log, the process lives on degraded
      log.println("ERROR sample-leak: java.lang.OutOfMemoryError: " + e.getMessage());
    }
  }

  private void leak() {
    double owed = 0;
    while (!Thread.currentThread().isInterrupted()) {
      synchronized (this) {
        if (thread != Thread.currentThread()) {
          return;
        }
        owed += megabytesPerSecond * TICK_NANOS / 1e9;
        while (owed >= 1) {
          byte[] chunk = new byte[CHUNK_BYTES];
          // touch every page so the memory is really committed
          for (int i = 0; i < chunk.length; i += 4096) {
            chunk[i] = 1;
          }
          retained.add(chunk);
          owed -= 1;
        }
      }
      LockSupport.parkNanos(TICK_NANOS);
    }
  }
}
