package io.heal.detect.watch;

import io.heal.core.signal.MetricSample;
import io.heal.detect.proc.ProcessStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link ProcessStats} readings into metric samples Heal watches for every child: {@value
 * #CPU_SHARE}, {@value #RSS}, {@value #THREADS}, {@value #OPEN_FDS}. Stateless and thread-safe.
 */
public final class ProcessMetrics {

  /** Share of one core used since the previous reading (needs two readings). */
  public static final String CPU_SHARE = "heal_process_cpu_share";

  public static final String RSS = "heal_process_resident_memory_bytes";
  public static final String THREADS = "heal_process_threads";
  public static final String OPEN_FDS = "heal_process_open_fds";

  private ProcessMetrics() {}

  /**
   * The samples of one reading.
   *
   * @param previous the previous reading of the same process, or null (no CPU share then)
   */
  public static List<MetricSample> samples(
      String service, ProcessStats now, ProcessStats previous, Instant at) {
    List<MetricSample> out = new ArrayList<>(4);
    if (previous != null && previous.pid() == now.pid()) {
      out.add(new MetricSample(service, at, CPU_SHARE, Map.of(), now.cpuShareSince(previous)));
    }
    out.add(new MetricSample(service, at, RSS, Map.of(), now.rssBytes()));
    out.add(new MetricSample(service, at, THREADS, Map.of(), now.threads()));
    if (now.openFiles() >= 0) {
      out.add(new MetricSample(service, at, OPEN_FDS, Map.of(), now.openFiles()));
    }
    return out;
  }

  /**
   * The watches every child gets: the default detector on CPU share, threads and open files, and
   * the leak detector on RSS (with the heap or memory limit as its max, when known).
   *
   * @param memoryLimitBytes the child's memory limit, or NaN
   */
  public static List<MetricWatch> defaultWatches(double memoryLimitBytes) {
    return List.of(
        MetricWatch.of(CPU_SHARE),
        MetricWatch.of(RSS, "leak").withUnit("B").withRange(0, memoryLimitBytes),
        MetricWatch.of(THREADS),
        MetricWatch.of(OPEN_FDS));
  }
}
