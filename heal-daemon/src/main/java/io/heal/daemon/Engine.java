package io.heal.daemon;

import io.heal.core.concurrent.HealThreads;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStatus;
import io.heal.core.incident.IncidentStore;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.daemon.internal.CrashRehearsal;
import io.heal.daemon.internal.EngineContext;
import io.heal.daemon.internal.ServiceSupervisor;
import io.heal.supervisor.LogFiles;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The healing engine: supervises every configured service, turns process exits and probe results
 * into incidents and remedies, and takes operators' commands.
 *
 * <p>All state changes run on one event-loop thread ({@code heal-engine-1}); other threads post to
 * it. {@link #status()} reads an immutable snapshot and never waits for the loop. Thread-safe.
 */
public final class Engine implements AutoCloseable {

  /** How often log files are checked for rotation. */
  public static final long DEFAULT_ROTATE_SECONDS = 5;

  /** How long {@link #close} waits for records and events still queued once services stopped. */
  public static final Duration DEFAULT_DRAIN_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger("heal.engine");

  private final ScheduledExecutorService loop = HealThreads.scheduler("heal-engine");
  private final EngineContext ctx;
  private final IncidentStore incidents;
  private final Map<String, ServiceSupervisor> services = new LinkedHashMap<>();
  private final List<ServiceSpec> order;
  private final AtomicReference<Map<String, ServiceStatus>> snapshot =
      new AtomicReference<>(Map.of());
  private final List<String> started = new ArrayList<>();

  public Engine(HealSpec spec, EngineOptions options) {
    this.incidents = options.incidents();
    this.ctx =
        new EngineContext(
            options.clock(),
            loop,
            options.probes(),
            options.incidents(),
            options.audit(),
            options.writeAhead(),
            options.notifier(),
            options.random(),
            spec.dataDir().resolve("logs"));
    this.order = Topology.startOrder(spec.services());
    Consumer<ServiceSupervisor> onChange = this::onChange;
    for (ServiceSpec s : order) {
      services.put(s.name(), new ServiceSupervisor(ctx, s, onChange));
    }
    publish();
  }

  public void addListener(EngineListener listener) {
    ctx.addListener(listener);
  }

  /** Starts the services, each once the services it depends on are running. */
  public void start() {
    loop.execute(
        () -> {
          ctx.reapLeftovers();
          adoptOpenIncidents();
          startWhatIsReady();
          if (!order.isEmpty()) {
            CrashRehearsal.run(ctx, order.get(0));
          }
        });
    loop.scheduleWithFixedDelay(
        HealThreads.guarded("log rotation", this::rotateLogs),
        DEFAULT_ROTATE_SECONDS,
        DEFAULT_ROTATE_SECONDS,
        TimeUnit.SECONDS);
  }

  /** Every service's status, from the latest snapshot. */
  public List<ServiceStatus> status() {
    return List.copyOf(snapshot.get().values());
  }

  /** Restarts a service, also one marked FAILED. */
  public CompletableFuture<String> restart(String name) {
    return onLoop(name, s -> s.restartByOperator(), "restarting " + name);
  }

  /** Switches a service to another release. */
  public CompletableFuture<String> deploy(String name, String version) {
    return onLoop(name, s -> s.deploy(version), "deploying " + name + " " + version);
  }

  /** Rolls a service back to its known-good release. */
  public CompletableFuture<String> rollback(String name) {
    return onLoop(name, ServiceSupervisor::rollbackByOperator, "rolling back " + name);
  }

  /**
   * Stops every service, dependents before their dependencies, each with its stop signal and then
   * SIGKILL after its grace period; completes when every process group is gone.
   */
  public CompletableFuture<Void> stop() {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    List<ServiceSpec> reverse = new ArrayList<>(order);
    Collections.reverse(reverse);
    for (ServiceSpec s : reverse) {
      ServiceSupervisor sup = services.get(s.name());
      chain =
          chain.thenCompose(
              x -> CompletableFuture.supplyAsync(sup::stop, loop).thenCompose(f -> f));
    }
    return chain;
  }

  @Override
  public void close() {
    try {
      stop().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.log(Level.WARNING, "stopping services", e);
    } finally {
      try {
        ctx.drain(DEFAULT_DRAIN_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      loop.shutdownNow();
      ctx.close();
    }
  }

  private CompletableFuture<String> onLoop(
      String name, Consumer<ServiceSupervisor> command, String done) {
    ServiceSupervisor sup = services.get(name);
    if (sup == null) {
      return CompletableFuture.failedFuture(new UnknownServiceException(name, services.keySet()));
    }
    return CompletableFuture.supplyAsync(
        () -> {
          command.accept(sup);
          return done;
        },
        loop);
  }

  private void onChange(ServiceSupervisor changed) {
    publish();
    if (changed.state() == ServiceState.RUNNING) {
      startWhatIsReady();
    }
  }

  /**
   * An incident an earlier Heal left open (it ended while a service was failing) is taken up by the
   * service's supervisor: the fresh start's verification resolves it, or its next failure is noted
   * on it, instead of it staying open for good. The newest open one of each configured service;
   * others are left as they are.
   */
  private void adoptOpenIncidents() {
    Map<String, Incident> newest = new LinkedHashMap<>();
    for (Incident i : incidents.list()) {
      if (i.status() == IncidentStatus.OPEN && services.containsKey(i.service())) {
        newest.merge(i.service(), i, (a, b) -> a.onsetAt().isAfter(b.onsetAt()) ? a : b);
      }
    }
    newest.forEach((service, incident) -> services.get(service).adopt(incident));
  }

  private void startWhatIsReady() {
    for (ServiceSpec s : order) {
      if (started.contains(s.name())) {
        continue;
      }
      boolean depsUp =
          s.dependsOn().stream().allMatch(d -> services.get(d).state() == ServiceState.RUNNING);
      if (depsUp) {
        started.add(s.name());
        services.get(s.name()).start();
      }
    }
  }

  private void publish() {
    Map<String, ServiceStatus> m = new LinkedHashMap<>();
    services.forEach((name, sup) -> m.put(name, sup.status()));
    snapshot.set(Collections.unmodifiableMap(m));
  }

  private void rotateLogs() {
    for (ServiceSupervisor sup : services.values()) {
      try {
        LogFiles.rotateIfNeeded(sup.logFile(), sup.spec().logs());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot rotate " + sup.logFile(), e);
      }
    }
  }
}
