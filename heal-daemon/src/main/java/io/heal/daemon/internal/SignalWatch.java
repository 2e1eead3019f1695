package io.heal.daemon.internal;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.signal.LogLine;
import io.heal.core.signal.MetricSample;
import io.heal.core.spec.DetectionSpec;
import io.heal.core.spec.LogSignatureSpec;
import io.heal.core.spec.MetricWatchSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.detect.log.LogSignature;
import io.heal.detect.log.LogSignatures;
import io.heal.detect.metrics.ScrapeResult;
import io.heal.detect.proc.ProcReader;
import io.heal.detect.proc.ProcessStats;
import io.heal.detect.watch.ProcessMetrics;
import io.heal.detect.watch.ServiceWatcher;
import io.heal.supervisor.LogTail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches one process of one service beyond its probes: scrapes its metrics and reads its /proc
 * figures (CPU share, RSS, threads, open files) every scrape interval, and reads what it wrote to
 * its log since the last look (through a {@link LogTail} kept open while the process runs), feeding
 * detectors, log signatures and the ERROR-line rate. Anomalies at or above the service's {@code
 * remedy_at} severity go to {@code onAnomalies}. Runs on the engine loop; the scrape itself runs on
 * the I/O pool.
 */
final class SignalWatch {

  /** Probe latency, as a series judged by the default detector (reported, never remedied). */
  static final String PROBE_LATENCY = "heal_probe_latency_seconds";

  /** Probe outcome, 1 passed and 0 failed, likewise. */
  static final String PROBE_SUCCESS = "heal_probe_success";

  /** How often the log is read for signatures. */
  static final Duration DEFAULT_LOG_POLL = Duration.ofSeconds(1);

  private final EngineContext ctx;
  private final ServiceSpec spec;
  private final DetectionSpec detection;
  private final Path logFile;
  private final LogSignatures signatures;
  private ServiceWatcher watcher;
  private ProcessStats lastProc;
  private ProcReader procReader;
  private final Consumer<List<Anomaly>> onAnomalies;
  private final Consumer<Anomaly> onNotice;
  private final Map<String, SeriesJudge> judges = new LinkedHashMap<>();
  private final List<ObjectiveJudge> objectives = new ArrayList<>();
  private LogTail logTail;
  private boolean active;

  SignalWatch(
      EngineContext ctx,
      ServiceSpec spec,
      Path logFile,
      Consumer<List<Anomaly>> onAnomalies,
      Consumer<Anomaly> onNotice) {
    this.onNotice = onNotice;
    this.ctx = ctx;
    this.spec = spec;
    this.detection = spec.detection();
    this.logFile = logFile;
    this.onAnomalies = onAnomalies;
    List<LogSignature> configured = new ArrayList<>();
    for (LogSignatureSpec s : detection.logSignatures()) {
      configured.add(LogSignature.of(s.name(), s.pattern(), s.severity()));
    }
    this.signatures = LogSignatures.withBuiltIns(configured);
  }

  /** Starts watching a new process; the schedule runs on the given generation's timers. */
  void start(long pid, Timers timers) {
    this.active = true;
    if (logTail != null) {
      logTail.close();
    }
    this.logTail = LogTail.fromEnd(logFile);
    this.lastProc = null;
    if (procReader != null) {
      procReader.close();
    }
    this.procReader = ProcReader.of(pid);
    judges.clear();
    for (MetricWatchSpec w : detection.metrics()) {
      judges.put(w.metric(), new SeriesJudge(spec.name(), w));
    }
    objectives.clear();
    detection.objectives().forEach(o -> objectives.add(new ObjectiveJudge(spec.name(), o)));
    // /proc figures and the ERROR-line rate go through the detection module's own watcher
    this.watcher =
        new ServiceWatcher(spec.name(), watches(), signatures, ServiceWatcher.DEFAULT_HOLD_FOR);
    var watch = ctx.logWatch();
    if (watch.isPresent()) {
      watch.get().onWrite(logFile.getFileName().toString(), this::logWritten);
    } else {
      scheduleLog(timers);
    }
    if (detection.metricsUrl().isPresent() || detection.processMetrics()) {
      scheduleScrape(timers, Timers.nextDue(Timers.nowNanos(), detection.scrapeInterval()));
    }
  }

  private List<io.heal.detect.watch.MetricWatch> watches() {
    List<io.heal.detect.watch.MetricWatch> w = new ArrayList<>();
    if (detection.processMetrics()) {
      w.addAll(ProcessMetrics.defaultWatches(Double.NaN));
    }
    if (!spec.probes().isEmpty()) {
      w.add(io.heal.detect.watch.MetricWatch.of(PROBE_LATENCY).withUnit("s"));
      w.add(io.heal.detect.watch.MetricWatch.of(PROBE_SUCCESS));
    }
    return w;
  }

  /**
   * Feeds a probe result as two series (latency, success). Their anomalies are told as notes, not
   * remedied: a failing or slow probe is already judged by the probe's own thresholds, which tell a
   * hang from an unhealthy answer.
   */
  void observeProbe(io.heal.core.signal.ProbeResult r) {
    if (!active) {
      return;
    }
    Map<String, String> labels = Map.of("probe", r.probe());
    for (MetricSample s :
        List.of(
            new MetricSample(
                spec.name(), r.at(), PROBE_LATENCY, labels, r.latency().toNanos() / 1e9),
            new MetricSample(spec.name(), r.at(), PROBE_SUCCESS, labels, r.healthy() ? 1 : 0))) {
      watcher.observe(s).ifPresent(onNotice);
    }
  }

  /** Stops judging: the process is being replaced. */
  void stop() {
    active = false;
    ctx.logWatch().ifPresent(w -> w.forget(logFile.getFileName().toString()));
    if (logTail != null) {
      logTail.close();
    }
    if (procReader != null) {
      procReader.close();
    }
  }

  /** On the loop: the log watch's batch says the log was written. */
  private void logWritten() {
    if (active) {
      readLog();
    }
  }

  private void scheduleLog(Timers timers) {
    timers.inGeneration(
        DEFAULT_LOG_POLL,
        () -> {
          if (active) {
            readLog();
            scheduleLog(timers);
          }
        });
  }

  private void scheduleScrape(Timers timers, long dueNanos) {
    // on the probe grid: the readings of many services share the loop's wake-ups with the probes
    timers.onGridAt(
        dueNanos,
        detection.scrapeInterval(),
        () -> {
          if (!active) {
            return;
          }
          Instant now = ctx.clock.now();
          judgeProc(now);
          detection
              .metricsUrl()
              .ifPresent(
                  url ->
                      ctx.io()
                          .execute(
                              () -> {
                                ScrapeResult r =
                                    ctx.scraper()
                                        .scrape(spec.name(), url, detection.scrapeInterval(), now);
                                ctx.loop.execute(() -> judgeScrape(r, now));
                              }));
          scheduleScrape(timers, Timers.nextDue(dueNanos, detection.scrapeInterval()));
        });
  }

  private void judgeProc(Instant now) {
    List<Anomaly> found = new ArrayList<>();
    if (detection.processMetrics()) {
      Optional<ProcessStats> stats = procReader.read(System.nanoTime());
      if (stats.isPresent()) {
        for (MetricSample s : ProcessMetrics.samples(spec.name(), stats.get(), lastProc, now)) {
          watcher.observe(s).ifPresent(found::add);
        }
        lastProc = stats.get();
      }
    }
    report(found);
  }

  private void judgeScrape(ScrapeResult result, Instant now) {
    if (!active || !result.ok()) {
      return;
    }
    Map<String, Double> sums = new LinkedHashMap<>();
    for (MetricSample s : result.samples()) {
      if (judges.containsKey(s.metric()) || objectives.stream().anyMatch(o -> o.uses(s.metric()))) {
        sums.merge(s.metric(), s.value(), Double::sum);
      }
    }
    List<Anomaly> found = new ArrayList<>();
    sums.forEach(
        (metric, value) -> {
          SeriesJudge judge = judges.get(metric);
          if (judge != null) {
            judge.observe(now, value).ifPresent(found::add);
          }
        });
    for (ObjectiveJudge o : objectives) {
      o.observe(now, sums).ifPresent(found::add);
    }
    report(found);
  }

  private void readLog() {
    Instant now = ctx.clock.now();
    List<Anomaly> found = new ArrayList<>();
    int lines = logTail.read(ctx.logBuffer, line -> matchLine(line, now, found));
    if (lines == 0) {
      return; // nothing new
    }
    watcher.observe(watcher.errorLineRate(now)).ifPresent(found::add);
    report(found);
  }

  private void matchLine(String line, Instant now, List<Anomaly> found) {
    for (LogSignature sig : watcher.observe(new LogLine(spec.name(), now, line))) {
      found.add(
          new Anomaly(
              spec.name(),
              now,
              "log:" + sig.name(),
              "log-signature",
              1,
              0,
              0,
              1.0,
              sig.severity(),
              "log line matched " + sig.name() + ": " + abbreviate(line)));
    }
  }

  private void report(List<Anomaly> found) {
    List<Anomaly> severe =
        found.stream().filter(a -> a.severity().compareTo(detection.remedyAt()) >= 0).toList();
    if (active && !severe.isEmpty()) {
      onAnomalies.accept(severe);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }
}
