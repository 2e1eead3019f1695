package io.heal.cli.bench;

import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.daemon.http.ControlClient;
import io.heal.detect.proc.ProcStats;
import io.heal.detect.proc.ProcessStats;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code heal bench overhead}: a separate {@code heal run} supervises N light children for a while,
 * first with liveness only ({@code sleep}), then with a 1 s probe on each (children serve HTTP/1.1
 * with Python's http.server, {@code light_http.py}): HTTP on a kept connection (the default), HTTP
 * with a new connection for each check, TCP. Every phase watches the same things besides: the
 * processes' exits and their log files; on request also their /proc figures every 5 s, and children
 * that log a line per request. Heal's own CPU share and RSS are sampled from /proc. On request, the
 * probe phases also run with a {@link BareProber} in Heal's place: the floor they can approach.
 */
public final class OverheadBench {

  /**
   * JVM flags of the measured Heal: those the {@code ./heal} launcher gives {@code heal run}, read
   * from {@code io/heal/cli/run.jvmflags} (one flag a line, {@code #} comments).
   */
  public static final List<String> DEFAULT_HEAL_JVM_FLAGS = runJvmFlags();

  /**
   * The class-data-sharing archive of 'heal run' that the ./heal launcher writes beside heal.jar.
   */
  private static final String RUN_ARCHIVE = "heal-run.jsa";

  /** Where the children's ports start. */
  public static final int DEFAULT_FIRST_PORT = 21000;

  /**
   * The phases, in the order they run: liveness only, then an HTTP probe on each (its connection
   * kept between checks, then a new one for each check), then a TCP probe on each; then the same
   * three probes by a {@link BareProber} instead of Heal, their floor.
   */
  public static final List<String> PHASES =
      List.of("liveness", "http", "http-close", "tcp", "http-kept-bare", "http-bare", "tcp-bare");

  /** The phases run by default: Heal's own. */
  public static final List<String> DEFAULT_PHASES =
      List.of("liveness", "http", "http-close", "tcp");

  /** The HTTP children's script, a resource copied into the work folder. */
  private static final String CHILD_SCRIPT = "light_http.py";

  private int nextPort = DEFAULT_FIRST_PORT;
  private final PrintStream out;
  private final int processes;
  private final Duration duration;
  private final Path work;
  private final boolean loggingChildren;
  private final boolean procReadings;

  /**
   * @param loggingChildren whether the HTTP children log a line per request (to stderr, which Heal
   *     captures and reads), as {@code python3 -m http.server} does
   * @param procReadings whether Heal reads each child's /proc figures (every 5 s) in every phase
   */
  public OverheadBench(
      PrintStream out,
      int processes,
      Duration duration,
      Path work,
      boolean loggingChildren,
      boolean procReadings) {
    this.out = out;
    this.processes = processes;
    this.duration = duration;
    this.work = work;
    this.loggingChildren = loggingChildren;
    this.procReadings = procReadings;
  }

  /** One phase's figures. */
  record Result(
      String phase,
      double cpuPercentOfOneCore,
      long rssMedianBytes,
      long rssMaxBytes,
      int threads) {}

  /** Runs the default phases. */
  public List<Result> run() throws Exception {
    return run(DEFAULT_PHASES);
  }

  /**
   * Runs the given phases (names from {@link #PHASES}), in the order of {@link #PHASES}.
   *
   * @throws IllegalArgumentException for an unknown phase
   */
  public List<Result> run(List<String> phases) throws Exception {
    for (String p : phases) {
      if (!PHASES.contains(p)) {
        throw new IllegalArgumentException("phases: unknown phase '" + p + "', known: " + PHASES);
      }
    }
    try (var script = OverheadBench.class.getResourceAsStream(CHILD_SCRIPT)) {
      Files.copy(script, work.resolve(CHILD_SCRIPT), StandardCopyOption.REPLACE_EXISTING);
    }
    List<Result> results = new ArrayList<>();
    if (phases.contains("liveness")) {
      results.add(phase("liveness only", null));
    }
    if (phases.contains("http")) {
      results.add(phase("1 s HTTP probe each", "http"));
    }
    if (phases.contains("http-close")) {
      results.add(phase("  new conn. each check", "http-close"));
    }
    if (phases.contains("tcp")) {
      results.add(phase("1 s TCP probe each", "tcp"));
    }
    if (phases.contains("http-kept-bare")) {
      results.add(barePhase("bare HTTP, kept conn.", "http-kept"));
    }
    if (phases.contains("http-bare")) {
      results.add(barePhase("bare HTTP prober", "http"));
    }
    if (phases.contains("tcp-bare")) {
      results.add(barePhase("bare TCP prober", "tcp"));
    }
    out.println();
    // MB as 10^6 bytes and MiB as 2^20, as ps and top count: a target in "MB" may mean either
    out.printf(
        "%-22s %12s %12s %13s %12s %8s%n",
        "PHASE", "CPU % core", "RSS median", "(in MiB)", "RSS max", "threads");
    for (Result r : results) {
      out.printf(
          "%-22s %11.2f%% %9.1f MB %9.1f MiB %9.1f MB %8d%n",
          r.phase(),
          r.cpuPercentOfOneCore(),
          r.rssMedianBytes() / 1e6,
          r.rssMedianBytes() / (double) (1 << 20),
          r.rssMaxBytes() / 1e6,
          r.threads());
    }
    return results;
  }

  private Result phase(String name, String probe) throws Exception {
    Path dir = Files.createDirectories(work.resolve(probe == null ? "liveness" : probe));
    Path config = dir.resolve("heal.yaml");
    Files.writeString(config, config(dir, probe));
    List<String> argv = new ArrayList<>(javaCommand());
    argv.addAll(List.of("io.heal.cli.Main", "run", "-c", config.toString()));
    Process heal =
        new ProcessBuilder(argv)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("heal.out").toFile())
            .start();
    try {
      ControlClient client = client(dir, heal);
      return measureOnceReady(
          name,
          heal,
          "running",
          () -> running(client) >= processes,
          () ->
              "only "
                  + running(client)
                  + " of "
                  + processes
                  + " children running; see "
                  + dir.resolve("heal.out"));
    } finally {
      heal.destroy();
      heal.waitFor();
    }
  }

  /** A bare prober ({@link BareProber}) starts the children and probes them: the floor. */
  private Result barePhase(String name, String probe) throws Exception {
    Path dir = Files.createDirectories(work.resolve(probe + "-bare"));
    List<String> argv = new ArrayList<>(javaCommand());
    argv.addAll(
        List.of(
            BareProber.class.getName(),
            probe,
            dir.toString(),
            work.resolve(CHILD_SCRIPT).toString(),
            loggingChildren ? "log" : "quiet"));
    for (int i = 0; i < processes; i++) {
      argv.add(Integer.toString(freePort()));
    }
    Path output = dir.resolve("bare.out");
    Process bare =
        new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      return measureOnceReady(
          name,
          bare,
          "accepting",
          () -> Files.readString(output).contains("ready"),
          () -> "the bare prober did not get ready; see " + output);
    } finally {
      bare.destroy();
      bare.waitFor();
    }
  }

  private List<String> javaCommand() {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String flags = System.getProperty("heal.bench.jvmFlags");
    argv.addAll(flags == null ? DEFAULT_HEAL_JVM_FLAGS : List.of(flags.trim().split("\\s+")));
    argv.addAll(List.of("-cp", io.heal.cli.demo.DemoServices.absoluteClassPath()));
    return argv;
  }

  /**
   * Waits until {@code ready} (at most 3 minutes, and while the process lives), then measures it.
   *
   * @throws IllegalStateException with {@code notReady}'s message when it does not get ready
   */
  private Result measureOnceReady(
      String name,
      Process measured,
      String readyWord,
      java.util.concurrent.Callable<Boolean> ready,
      java.util.function.Supplier<String> notReady)
      throws Exception {
    out.printf("  %-22s starting %d children ...", name, processes);
    long t0 = System.nanoTime();
    while (!ready.call()) {
      if (System.nanoTime() - t0 > Duration.ofMinutes(3).toNanos() || !measured.isAlive()) {
        throw new IllegalStateException(notReady.get());
      }
      Thread.sleep(200);
    }
    out.printf(" all %s after %.1f s;", readyWord, (System.nanoTime() - t0) / 1e9);
    return measure(name, measured);
  }

  /** Samples the measured process's CPU time and RSS from /proc over the phase's duration. */
  private Result measure(String name, Process measured) throws Exception {
    out.printf(" measuring %d s ...", duration.toSeconds());
    // settle: let start-up work finish before measuring the steady state
    Thread.sleep(3000);
    ProcessStats first = stats(measured);
    List<Long> rss = new ArrayList<>();
    int threads = first.threads();
    long deadline = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) {
      Thread.sleep(1000);
      ProcessStats s = stats(measured);
      rss.add(s.rssBytes());
      threads = s.threads();
    }
    ProcessStats last = stats(measured);
    double cpu = 100.0 * last.cpuShareSince(first);
    rss.sort(Long::compare);
    out.println(" done");
    return new Result(name, cpu, rss.get(rss.size() / 2), rss.get(rss.size() - 1), threads);
  }

  private static int running(ControlClient client) {
    try {
      return (int)
          client.services().stream()
              .map(ServiceStatus::state)
              .filter(s -> s == ServiceState.RUNNING)
              .count();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static ControlClient client(Path dir, Process heal) throws Exception {
    Path url = dir.resolve("data/control.url");
    long t0 = System.nanoTime();
    while (!Files.exists(url)) {
      if (!heal.isAlive() || System.nanoTime() - t0 > Duration.ofSeconds(60).toNanos()) {
        throw new IllegalStateException("heal run did not start; see " + dir.resolve("heal.out"));
      }
      Thread.sleep(100);
    }
    return new ControlClient(URI.create(Files.readString(url).trim()), HttpClient.newHttpClient());
  }

  private String config(Path dir, String probe) throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("data_dir: data\ncontrol: {host: 127.0.0.1, port: 0}\nservices:\n");
    for (int i = 0; i < processes; i++) {
      y.append("  - name: svc-").append(i).append('\n');
      // every phase watches the same besides its probes: exits and log files, /proc on request
      y.append("    detection: {process_metrics: ").append(procReadings).append("}\n");
      if (probe == null) {
        y.append("    command: [sleep, \"1000000\"]\n");
      } else {
        int port = freePort();
        y.append("    command: [python3, \"")
            .append(work.resolve(CHILD_SCRIPT))
            .append("\", \"")
            .append(port)
            .append(loggingChildren ? "\", --log]\n" : "\"]\n");
        y.append("    working_dir: ").append(dir).append('\n');
        y.append("    probes:\n");
        if (probe.equals("http")) {
          y.append("      - http: {url: \"http://127.0.0.1:").append(port).append("/\"}\n");
        } else if (probe.equals("http-close")) {
          y.append("      - http: {url: \"http://127.0.0.1:")
              .append(port)
              .append("/\", checks_per_connection: 1}\n");
        } else {
          y.append("      - tcp: {host: 127.0.0.1, port: ").append(port).append("}\n");
        }
        y.append("        interval: 1s\n        timeout: 500ms\n        startup_period: 60s\n");
      }
    }
    return y.toString();
  }

  /**
   * A free port below the kernel's ephemeral range (32768 and up on Linux): a port taken from that
   * range can be grabbed as the source port of a probe's connection before the child binds it.
   */
  private int freePort() throws IOException {
    while (nextPort < DEFAULT_FIRST_PORT + 10_000) {
      int port = nextPort++;
      try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IOException("no free port in [" + DEFAULT_FIRST_PORT + ", " + nextPort + ")");
  }

  private static List<String> runJvmFlags() {
    try (var in = OverheadBench.class.getResourceAsStream("/io/heal/cli/run.jvmflags")) {
      if (in == null) {
        throw new IllegalStateException("io/heal/cli/run.jvmflags missing from the class path");
      }
      List<String> flags =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .map(String::trim)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      archive().ifPresent(a -> flags.add("-XX:SharedArchiveFile=" + a));
      return List.copyOf(flags);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read io/heal/cli/run.jvmflags", e);
    }
  }

  /**
   * The launcher's archive of the classes 'heal run' loads, when Heal runs from heal.jar and the
   * archive is beside it (as ./heal leaves it); 'heal run' then maps those classes instead of
   * loading them, as it does when started by ./heal.
   */
  private static java.util.Optional<Path> archive() {
    String cp = System.getProperty("java.class.path", "");
    if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
      return java.util.Optional.empty();
    }
    Path jsa = Path.of(cp).toAbsolutePath().resolveSibling(RUN_ARCHIVE);
    return Files.isRegularFile(jsa) ? java.util.Optional.of(jsa) : java.util.Optional.empty();
  }

  private static ProcessStats stats(Process heal) {
    return ProcStats.read(heal.pid())
        .orElseThrow(() -> new IllegalStateException("cannot read /proc of pid " + heal.pid()));
  }
}
