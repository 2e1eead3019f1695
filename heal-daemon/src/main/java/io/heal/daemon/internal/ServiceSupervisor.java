package io.heal.daemon.internal;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.Step;
import io.heal.core.probe.Probe;
import io.heal.core.remedy.Decision;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.signal.ProbeResult;
import io.heal.core.signal.ProcessExit;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.daemon.EngineEvent.Type;
import io.heal.remedy.Backoff;
import io.heal.remedy.Failure;
import io.heal.remedy.RestartIntensity;
import io.heal.supervisor.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * The state machine of one supervised service. Every method runs on the engine thread: process
 * exits and probe results are posted to it, and stale ones (from an earlier process, told apart by
 * its generation) are dropped.
 */
public final class ServiceSupervisor {

  /**
   * How soon a probe runs again after its result while a service starts, at first. Every recovery
   * waits on readiness, but not 2 ms: probes that often (each a wake-up of Heal's probe, timer and
   * engine threads) slowed the sample's own start by about 12 ms on 2 cores, more than they saved.
   */
  public static final Duration DEFAULT_STARTUP_POLL = Duration.ofMillis(5);

  /**
   * Past the first 100 ms of a start, probes run a twentieth of the time since the start apart (50
   * ms after 1 s, 500 ms after 10 s, never more than the probe's interval): a service that is ready
   * when it binds its port is seen within 5% of the time it took (2.5% on average), and one that
   * binds before it answers (most JVM services) is seen at once, its connection waiting in the
   * backlog; a slow starter is not hammered.
   */
  static final int STARTUP_POLL_PARTS = 20;

  /**
   * A service without probes counts as ready once its process has stayed up this long (like
   * supervisord's startsecs), so a process that dies at once is not taken for healed.
   */
  public static final Duration DEFAULT_UPTIME_WITHOUT_PROBES = Duration.ofSeconds(1);

  private final EngineContext ctx;
  private final ServiceSpec spec;
  private final RestartIntensity intensity;
  private final ProbeTracker probeTracker;
  private final List<Probe> probes = new ArrayList<>();
  private final IncidentRecorder incidents;
  private final Timers timers;
  private final Consumer<ServiceSupervisor> onChange;
  private final Path logFile;
  private final SignalWatch signals;

  private ServiceState state = ServiceState.STOPPED;
  private Instant since;
  private final ReleaseTrack releases;
  private ChildProcess child;
  private int generation;
  private int attempt;
  private int totalRestarts;
  private boolean wanted;
  private Runnable afterExit;
  private ScheduledFuture<?> startupTimer;

  public ServiceSupervisor(
      EngineContext ctx, ServiceSpec spec, Consumer<ServiceSupervisor> onChange) {
    this.ctx = ctx;
    this.spec = spec;
    this.intensity = new RestartIntensity(spec.restart());
    this.probeTracker = new ProbeTracker(spec.probes());
    for (ProbeSpec p : spec.probes()) {
      probes.add(ctx.probes.create(spec.name(), p));
    }
    this.incidents = new IncidentRecorder(ctx, spec);
    this.timers = new Timers(ctx.loop, ctx.grid);
    this.onChange = onChange;
    this.logFile = ctx.logDir.resolve(spec.name() + ".log");
    this.signals = new SignalWatch(ctx, spec, logFile, this::onAnomalies, this::noteAnomaly);
    this.releases = new ReleaseTrack(spec);
    this.since = ctx.clock.now();
  }

  public ServiceSpec spec() {
    return spec;
  }

  public ServiceState state() {
    return state;
  }

  public Path logFile() {
    return logFile;
  }

  public ServiceStatus status() {
    return new ServiceStatus(
        spec.name(),
        state,
        releases.current(),
        releases.knownGood(),
        Optional.ofNullable(child).filter(ChildProcess::isAlive).map(ChildProcess::pid),
        totalRestarts,
        since,
        incidents.lastId());
  }

  // ---- commands

  /** Starts the service if it is not running. */
  public void start() {
    wanted = true;
    if (child == null || !child.isAlive()) {
      spawn();
    }
  }

  /** Stops the service for good (shutdown); completes when its process group is gone. */
  public CompletableFuture<Void> stop() {
    wanted = false;
    timers.cancelGeneration();
    if (child == null || !child.isAlive()) {
      setState(ServiceState.STOPPED);
      return CompletableFuture.completedFuture(null);
    }
    afterExit = () -> setState(ServiceState.STOPPED);
    setState(ServiceState.STOPPING);
    ctx.emit(
        spec.name(), Type.STOPPED, "stopping (SIG" + spec.stop().signal() + ")", Optional.empty());
    return child.stop(spec.stop(), ctx.loop).thenApply(e -> null);
  }

  /** Takes up an incident an earlier Heal left open for this service; before {@link #start}. */
  public void adopt(Incident incident) {
    incidents.adopt(incident);
  }

  /** A person's restart: clears FAILED and the restart count, then starts afresh. */
  public void restartByOperator() {
    incidents.auditOperator(
        "restart", Map.of("state", state.name(), "release", releases.current()));
    intensity.clear();
    attempt = 0;
    ctx.emit(spec.name(), Type.NOTE, "restart requested by operator", Optional.empty());
    relaunchNow();
  }

  /** Switches to another release; it must stay healthy for its promotion period. */
  public void deploy(String version) {
    String was = releases.current();
    releases.deploy(version);
    incidents.auditOperator("deploy", Map.of("from", was, "to", version));
    ctx.emit(
        spec.name(),
        Type.NOTE,
        "deploying release " + version + " (was " + was + ")",
        Optional.empty());
    attempt = 0;
    relaunchNow();
  }

  /** A person's rollback to the known-good release. */
  public void rollbackByOperator() {
    String from = releases.current();
    releases.rollback();
    incidents.auditOperator("rollback", Map.of("from", from, "to", releases.current()));
    ctx.emit(
        spec.name(),
        Type.NOTE,
        "rollback requested by operator: " + from + " -> " + releases.current(),
        Optional.empty());
    attempt = 0;
    relaunchNow();
  }

  private void relaunchNow() {
    wanted = true;
    timers.cancelGeneration();
    if (child != null && child.isAlive()) {
      afterExit = this::spawn;
      setState(ServiceState.STOPPING);
      child.stop(spec.stop(), ctx.loop);
    } else {
      spawn();
    }
  }

  // ---- lifecycle

  private void spawn() {
    generation++;
    int gen = generation;
    timers.cancelGeneration();
    probeTracker.reset();
    var launch = Launches.of(spec, releases.current(), logFile);
    try {
      child = ctx.launcher.launch(launch);
    } catch (RuntimeException e) {
      child = null;
      setState(ServiceState.STARTING);
      Evidence ev = evidence(Optional.empty(), Optional.empty(), Map.of("error", e.getMessage()));
      failure(IncidentKind.FAILED_START, ev, ctx.clock.now(), "cannot start: " + e.getMessage());
      return;
    }
    ctx.pidFiles.write(child);
    setState(ServiceState.STARTING);
    ChildProcess started = child;
    started.exit().thenAccept(e -> ctx.loop.execute(() -> onExit(gen, e)));
    ctx.emit(
        spec.name(),
        Type.STARTED,
        "started release " + releases.current() + " (pid " + started.pid() + ")",
        incidents.open().map(i -> i.id()));
    if (probes.isEmpty()) {
      timers.inGeneration(DEFAULT_UPTIME_WITHOUT_PROBES, () -> markReadyIfStarting(gen));
      return;
    }
    for (int i = 0; i < probes.size(); i++) {
      Probe probe = probes.get(i);
      ProbeSpec ps = spec.probes().get(i);
      timers.inGeneration(Duration.ZERO, () -> runProbe(gen, probe, ps, Timers.nowNanos()));
    }
    startupTimer = timers.inGeneration(spec.startupPeriod(), () -> onStartupTimeout(gen));
  }

  /**
   * Runs one check, due at {@code dueNanos} ({@link Timers#nowNanos()}), and schedules the next:
   * while starting, soon after the result; once running, an interval after this one was due.
   */
  private void runProbe(int gen, Probe probe, ProbeSpec ps, long dueNanos) {
    if (gen != generation || !(state == ServiceState.STARTING || state == ServiceState.RUNNING)) {
      return;
    }
    Consumer<ProbeResult> then =
        result -> {
          if (result != null) {
            onProbe(gen, result);
          }
          if (gen != generation) {
            return; // a later process has its own checks
          }
          if (state == ServiceState.STARTING) {
            Duration sinceStart = Duration.ofNanos(ctx.clock.monotonicNanos() - child.startNanos());
            timers.inGeneration(
                startupPoll(sinceStart, ps.interval()),
                () -> runProbe(gen, probe, ps, Timers.nowNanos()));
          } else {
            long next = Timers.nextDue(dueNanos, ps.interval());
            timers.onGridAt(next, ps.interval(), () -> runProbe(gen, probe, ps, next));
          }
        };
    // readiness is waited on by every recovery: results while starting are handled at once
    var check = probe.check();
    if (state == ServiceState.STARTING) {
      ctx.onLoopWhenDone(check, then);
    } else {
      ctx.onGridWhenDone(check, then);
    }
  }

  /** How soon a probe runs again while starting, {@code sinceStart} after the process started. */
  static Duration startupPoll(Duration sinceStart, Duration interval) {
    Duration poll = sinceStart.dividedBy(STARTUP_POLL_PARTS);
    if (poll.compareTo(DEFAULT_STARTUP_POLL) < 0) {
      return DEFAULT_STARTUP_POLL;
    }
    return poll.compareTo(interval) > 0 ? interval : poll;
  }

  private void onProbe(int gen, ProbeResult result) {
    if (gen != generation || child == null) {
      return;
    }
    if (state == ServiceState.STARTING) {
      probeTracker.record(result);
      if (probeTracker.allReady()) {
        markReady(gen);
      }
    } else if (state == ServiceState.RUNNING) {
      probeTracker.record(result);
      signals.observeProbe(result);
      probeTracker.failingProbe().ifPresent(this::onProbeFailure);
    }
  }

  private void onProbeFailure(String probe) {
    boolean hang = probeTracker.streakAllTimeouts(probe);
    ProbeResult first = probeTracker.streakStart(probe).orElseThrow();
    failure(
        hang ? IncidentKind.HANG : IncidentKind.UNHEALTHY,
        evidence(Optional.empty(), Optional.empty(), Map.of()),
        first.at(),
        Symptoms.probeFailure(spec, probe, hang, first));
  }

  private void onAnomalies(List<Anomaly> anomalies) {
    if (state != ServiceState.RUNNING) {
      return;
    }
    signals.stop();
    Anomaly worst = Symptoms.worst(anomalies);
    Evidence ev =
        Symptoms.evidence(
            probeTracker.history(),
            logFile,
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            anomalies);
    failure(IncidentKind.ANOMALY, ev, worst.at(), Symptoms.anomaly(worst));
  }

  private void noteAnomaly(Anomaly a) {
    String severity = a.severity().name().toLowerCase();
    String text = "anomaly (" + severity + ", reported only): " + a.hint();
    ctx.emit(spec.name(), Type.NOTE, text, Optional.empty());
  }

  private void onStartupTimeout(int gen) {
    if (gen != generation || state != ServiceState.STARTING) {
      return;
    }
    failure(
        IncidentKind.FAILED_START,
        evidence(Optional.empty(), Optional.empty(), Map.of()),
        ctx.clock.now().minus(spec.startupPeriod()),
        Symptoms.startupTimeout(spec, probeTracker.history()));
  }

  private void onExit(int gen, ProcessExit exit) {
    if (gen != generation) {
      return;
    }
    signals.stop();
    timers.cancelGeneration();
    ctx.pidFiles.remove(spec.name());
    if (afterExit != null) {
      Runnable next = afterExit;
      afterExit = null;
      next.run();
      return;
    }
    if (!wanted) {
      if (state != ServiceState.FAILED) {
        setState(ServiceState.STOPPED);
      }
      return;
    }
    Evidence ev =
        evidence(
            Optional.of(exit.exitCode()), exit.signal(), Map.of("pid", Long.toString(exit.pid())));
    failure(
        IncidentKind.CRASH, ev, exit.at(), "crashed: " + exit.describe() + ", pid " + exit.pid());
  }

  private void markReadyIfStarting(int gen) {
    if (gen == generation && state == ServiceState.STARTING) {
      markReady(gen);
    }
  }

  private void markReady(int gen) {
    setState(ServiceState.RUNNING);
    if (startupTimer != null) {
      startupTimer.cancel(false);
    }
    long readyMillis = (ctx.clock.monotonicNanos() - child.startNanos()) / 1_000_000;
    ctx.emit(
        spec.name(),
        Type.READY,
        "ready on release " + releases.current() + " in " + readyMillis + " ms",
        incidents.open().map(i -> i.id()));
    incidents.resolve(
        "probes pass on release " + releases.current() + " (pid " + child.pid() + ")");
    signals.start(child.pid(), timers);
    timers.inGeneration(spec.restart().resetAfter(), () -> attempt = 0);
    if (releases.inPromotion()) {
      timers.inGeneration(spec.promotionPeriod(), this::promote);
    }
    onChange.accept(this);
  }

  private void promote() {
    if (state != ServiceState.RUNNING) {
      return;
    }
    releases
        .promote()
        .ifPresent(
            old -> {
              ctx.emit(
                  spec.name(),
                  Type.PROMOTED,
                  "release "
                      + releases.current()
                      + " stayed healthy for "
                      + spec.promotionPeriod().toSeconds()
                      + " s: now known-good (was "
                      + old
                      + ")",
                  Optional.empty());
              onChange.accept(this);
            });
  }

  private void failure(IncidentKind symptom, Evidence ev, Instant onset, String summary) {
    boolean promo = releases.countFailure();
    long now = ctx.clock.monotonicNanos();
    int next = attempt + 1;
    Duration delay = Backoff.delay(spec.restart(), next, ctx.random);
    Failure f =
        new Failure(
            symptom,
            ev.exitCode(),
            releases.current(),
            releases.knownGood(),
            promo,
            releases.failuresSinceDeploy(),
            next,
            intensity.count(now),
            intensity.allows(now),
            intensity.describeLimit(),
            spec.noRestartExitCodes(),
            delay);
    Decision d = ctx.policy.decide(f);
    Remedies.apply(this, d, f, promo ? IncidentKind.BAD_RELEASE : symptom, ev, onset, summary);
  }

  // package-private hooks for Remedies

  IncidentRecorder incidents() {
    return incidents;
  }

  EngineContext ctx() {
    return ctx;
  }

  String release() {
    return releases.current();
  }

  Optional<ChildProcess> liveChild() {
    return Optional.ofNullable(child).filter(ChildProcess::isAlive);
  }

  void stopWanting() {
    wanted = false;
    timers.cancelGeneration();
  }

  void countRestart(boolean rollback) {
    totalRestarts++;
    if (rollback) {
      releases.rollback();
      attempt = 0;
    } else {
      attempt++;
      intensity.record(ctx.clock.monotonicNanos());
    }
  }

  /** Replaces the process: stops the live one (if any), waits the delay, starts a new one. */
  void replace(IncidentKind symptom, Duration delay, String what) {
    Runnable relaunch =
        () -> {
          if (delay.isZero()) {
            spawnForRemedy(what);
          } else {
            setState(ServiceState.BACKOFF);
            timers.inGeneration(delay, () -> spawnForRemedy(what));
          }
        };
    Optional<ChildProcess> live = liveChild();
    if (live.isEmpty()) {
      relaunch.run();
      return;
    }
    afterExit = relaunch;
    setState(ServiceState.STOPPING);
    ProcessStopper.stopForReplacement(ctx, spec, incidents, live.get(), symptom);
  }

  private void spawnForRemedy(String what) {
    if (!wanted) {
      return;
    }
    Instant issued = ctx.clock.now();
    spawn();
    if (child != null) {
      incidents.stepAt(
          issued,
          Step.REMEDY_FINISHED,
          what + ": pid " + child.pid() + " started on release " + releases.current(),
          Type.ACTION);
    }
  }

  void setState(ServiceState next) {
    if (next != state) {
      state = next;
      since = ctx.clock.now();
    }
    onChange.accept(this);
  }

  private Evidence evidence(
      Optional<Integer> exitCode, Optional<String> signal, Map<String, String> details) {
    return Symptoms.evidence(probeTracker.history(), logFile, exitCode, signal, details, List.of());
  }
}
