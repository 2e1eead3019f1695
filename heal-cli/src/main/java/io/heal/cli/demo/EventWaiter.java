package io.heal.cli.demo;

import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineListener;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Lets the demo's own thread wait for an engine event, without polling or sleeping. */
public final class EventWaiter implements EngineListener {

  private final BlockingQueue<EngineEvent> queue = new LinkedBlockingQueue<>();

  @Override
  public void onEvent(EngineEvent event) {
    queue.add(event);
  }

  /** Forgets the events seen so far. */
  public void clear() {
    queue.clear();
  }

  /** The first event from now on that matches, or empty after the timeout. */
  public Optional<EngineEvent> await(Predicate<EngineEvent> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      EngineEvent e = queue.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && match.test(e)) {
        return Optional.of(e);
      }
    }
  }
}
