package io.heal.daemon.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's timer for steady-state periodic work (probe checks, /proc readings) and for probe
 * results that may wait a little: work is due on a grid of lines {@code grid} apart, and everything
 * due on one line runs in one task of the loop. With 200 probes a second that is one scheduled task
 * per line instead of one per check, and the results that arrive between two lines are handled in
 * one task on the next line (by that line's tick, when one is scheduled), so a check wakes the loop
 * no more than its line already does. A task runs at most one step (of the grid, or of the coarser
 * grid it asked for) later than asked.
 *
 * <p>{@link #scheduleAt} runs on the loop only; {@link #post} is thread-safe. Tasks are kept for
 * the {@link Timers} generation that scheduled them and skipped once that generation is cancelled.
 * A task that throws is logged; the others still run.
 */
final class GridTimer {

  private static final Logger LOG = Logger.getLogger("heal.engine");

  private final ScheduledExecutorService loop;
  private final long gridNanos;
  // grid line -> tasks due on it; loop only
  private final TreeMap<Long, ArrayList<Entry>> lines = new TreeMap<>();
  // lines for which a task of the loop is scheduled; loop only
  private final TreeSet<Long> armed = new TreeSet<>();
  private final ArrayDeque<ArrayList<Entry>> spare = new ArrayDeque<>();
  private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  // the first line with a tick scheduled (Long.MAX_VALUE: none), for post() on other threads
  private volatile long firstArmed = Long.MAX_VALUE;
  private final Runnable drain = this::drain;

  private record Entry(Timers owner, int generation, Runnable task) {}

  /**
   * @param loop the engine loop, a single thread counting time in {@link System#nanoTime()}
   * @param grid the distance between two lines; positive
   */
  GridTimer(ScheduledExecutorService loop, Duration grid) {
    if (grid.isZero() || grid.isNegative()) {
      throw new IllegalArgumentException("grid: must be positive, found " + grid);
    }
    this.loop = loop;
    this.gridNanos = grid.toNanos();
  }

  /**
   * On the loop: runs {@code task} on the first line at or after {@code dueNanos} (in {@link
   * System#nanoTime()}) of a coarser grid, {@code step} apart ({@code step} is rounded down to a
   * multiple of the grid; less than one grid step means the grid itself), unless {@code owner}'s
   * generation {@code generation} is cancelled by then. Work due near the same time then shares one
   * line even when its times differ by more than the grid.
   */
  void scheduleAt(long dueNanos, long step, Timers owner, int generation, Runnable task) {
    long linesPerStep = Math.max(1, step / gridNanos);
    long line = lineAtOrAfter(dueNanos, linesPerStep * gridNanos) * linesPerStep;
    ArrayList<Entry> due = lines.get(line);
    if (due == null) {
      due = spare.isEmpty() ? new ArrayList<>() : spare.poll();
      lines.put(line, due);
    }
    due.add(new Entry(owner, generation, task));
    armFor(line, System.nanoTime());
  }

  /**
   * From any thread: runs {@code task} on the loop on the next grid line, together with whatever
   * else is due or posted by then. Dropped once the loop is shut down.
   */
  void post(Runnable task) {
    inbox.add(task);
    long now = System.nanoTime();
    long tickLine = firstArmed;
    long untilTick = tickLine == Long.MAX_VALUE ? -1 : tickLine * gridNanos - now;
    if (untilTick > 0 && untilTick <= gridNanos) {
      // the next line's tick has not started (ticks never run early), and drains at its end
      return;
    }
    // else one drain in flight at most: it takes everything posted before it starts
    if (drainScheduled.compareAndSet(false, true)) {
      try {
        loop.schedule(
            drain, lineAtOrAfter(now + 1, gridNanos) * gridNanos - now, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // the engine is stopping: nobody waits for these results any more
        inbox.clear();
      }
    }
  }

  /** The index of the first grid line at or after {@code nanos}. */
  static long lineAtOrAfter(long nanos, long gridNanos) {
    return Math.floorDiv(nanos, gridNanos) + (Math.floorMod(nanos, gridNanos) == 0 ? 0 : 1);
  }

  private void armFor(long line, long now) {
    if (!armed.isEmpty() && armed.first() <= line) {
      return; // an earlier tick comes first and arms the next one
    }
    try {
      loop.schedule(() -> tick(line), line * gridNanos - now, TimeUnit.NANOSECONDS);
      armed.add(line);
      firstArmed = armed.first();
    } catch (RejectedExecutionException e) {
      // shutting down
    }
  }

  private void tick(long line) {
    armed.remove(line);
    firstArmed = armed.isEmpty() ? Long.MAX_VALUE : armed.first();
    long now = System.nanoTime();
    long current = Math.floorDiv(now, gridNanos);
    for (Map.Entry<Long, ArrayList<Entry>> first = lines.firstEntry();
        first != null && first.getKey() <= current;
        first = lines.firstEntry()) {
      lines.pollFirstEntry();
      ArrayList<Entry> due = first.getValue();
      for (Entry e : due) {
        if (e.owner().isGeneration(e.generation())) {
          run(e.task());
        }
      }
      due.clear();
      spare.add(due);
    }
    if (!lines.isEmpty()) {
      armFor(lines.firstKey(), System.nanoTime());
    }
    // after the next tick is published: what is posted from now on waits for that one
    drainInbox();
  }

  private void drain() {
    drainScheduled.set(false);
    drainInbox();
  }

  private void drainInbox() {
    for (Runnable task; (task = inbox.poll()) != null; ) {
      run(task);
    }
  }

  private static void run(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      // a task that throws must not keep the others on its line from running
      LOG.log(Level.SEVERE, "grid task failed", e);
    }
  }
}
