package io.heal.cli.demo;

import io.heal.core.anomaly.Severity;
import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.DetectionSpec;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.LogSpec;
import io.heal.core.spec.MetricWatchSpec;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.spec.StopSpec;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The demo's embedded configuration: {@code ledger} and {@code api} (which depends on it), both the
 * sample service in its own JVM with fault switches on; {@code api} also has a bad release {@code
 * v2} that never becomes healthy. Probes: HTTP /healthz every 1 s, 500 ms timeout, 3 failures.
 */
public final class DemoServices {

  /** JVM flags that make the sample start fast: it bounds every recovery time. */
  public static final List<String> DEFAULT_SAMPLE_JVM_FLAGS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:-UsePerfData",
          "-Xshare:auto",
          "-Xss256k",
          "-Xmx96m");

  /**
   * The class-data-sharing archive of the sample's classes, which ./heal writes beside heal.jar
   * (from src/main/cds/heal-sample.classlist): the sample maps them instead of parsing them, about
   * 25 ms less from start to ready. A JVM quietly does without an archive that does not match its
   * jar.
   */
  public static final String SAMPLE_ARCHIVE = "heal-sample.jsa";

  /** The sample's heap limit, as set by -Xmx above. */
  public static final long DEFAULT_SAMPLE_HEAP_BYTES = 96L * 1024 * 1024;

  /** The demo's restart policy: quick back-off, and 4 restarts within 30 s before escalating. */
  public static final RestartPolicySpec DEFAULT_RESTART =
      new RestartPolicySpec(
          Duration.ofMillis(200),
          Duration.ofSeconds(2),
          2.0,
          0.1,
          Duration.ofSeconds(10),
          4,
          Duration.ofSeconds(30));

  /** How long a release may take to become ready. */
  public static final Duration DEFAULT_STARTUP_PERIOD = Duration.ofSeconds(4);

  private final Path dataDir;
  private final Path stateDir;
  private final int ledgerPort;
  private final int apiPort;
  private final List<URI> webhooks;
  private final RestartPolicySpec restart;

  public DemoServices(Path dataDir, List<URI> webhooks) throws IOException {
    this(dataDir, webhooks, DEFAULT_RESTART);
  }

  public DemoServices(Path dataDir, List<URI> webhooks, RestartPolicySpec restart)
      throws IOException {
    this.restart = restart;
    this.dataDir = dataDir;
    this.stateDir = dataDir.resolve("state");
    this.ledgerPort = freePort();
    this.apiPort = freePort();
    this.webhooks = List.copyOf(webhooks);
  }

  public URI ledgerUrl() {
    return URI.create("http://127.0.0.1:" + ledgerPort);
  }

  public URI apiUrl() {
    return URI.create("http://127.0.0.1:" + apiPort);
  }

  public Path stateDir() {
    return stateDir;
  }

  public HealSpec spec() {
    ServiceSpec ledger =
        service(
            "ledger",
            ledgerPort,
            List.of(),
            Map.of("v1", release("ledger", "v1", ledgerPort, List.of())),
            "v1");
    ServiceSpec api =
        service(
            "api",
            apiPort,
            List.of("ledger"),
            Map.of(
                "v1",
                release("api", "v1", apiPort, List.of("--depends-on", ledgerUrl() + "/healthz")),
                "v2",
                release("api", "v2", apiPort, List.of("--bad-release"))),
            "v1");
    return new HealSpec(dataDir, new ControlSpec("127.0.0.1", 0), List.of(ledger, api));
  }

  private ServiceSpec service(
      String name, int port, List<String> deps, Map<String, ReleaseSpec> releases, String current) {
    ProbeSpec health =
        new ProbeSpec(
            "health",
            new ProbeTarget.Http(
                URI.create("http://127.0.0.1:" + port + "/healthz"), 200, 299, Optional.empty()),
            Duration.ofSeconds(1),
            Duration.ofMillis(500),
            3,
            1,
            DEFAULT_STARTUP_PERIOD);
    return new ServiceSpec(
        name,
        dataDir,
        Map.of(),
        deps,
        releases,
        current,
        current,
        Duration.ofSeconds(30),
        List.of(health),
        restart,
        Set.of(),
        new StopSpec("TERM", Duration.ofSeconds(2)),
        new EscalationSpec(webhooks),
        LogSpec.defaults(),
        true,
        detection(port));
  }

  /** Heap watched for a leak every 500 ms; the limit is the sample's -Xmx. */
  private static DetectionSpec detection(int port) {
    return new DetectionSpec(
        Optional.of(URI.create("http://127.0.0.1:" + port + "/metrics")),
        Duration.ofMillis(500),
        List.of(
            new MetricWatchSpec(
                "sample_jvm_heap_used_bytes",
                "leak",
                false,
                OptionalDouble.of(DEFAULT_SAMPLE_HEAP_BYTES),
                8,
                Optional.of(Duration.ofSeconds(60)))),
        List.of(),
        List.of(),
        true,
        Severity.HIGH);
  }

  private ReleaseSpec release(String name, String version, int port, List<String> extra) {
    return new ReleaseSpec(
        version,
        sampleCommand(name, version, port, stateDir.resolve(name), extra),
        Optional.empty());
  }

  /** The argv that runs the sample service from Heal's own class path. */
  public static List<String> sampleCommand(
      String name, String release, int port, Path stateDir, List<String> extra) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String classPath = absoluteClassPath();
    argv.addAll(sampleJvmFlags(classPath));
    argv.add("-cp");
    argv.add(classPath);
    argv.add("io.heal.sample.SampleMain");
    argv.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--name",
            name,
            "--release",
            release,
            "--enable-faults",
            "--state-dir",
            stateDir.toString()));
    argv.addAll(extra);
    return argv;
  }

  /**
   * {@link #DEFAULT_SAMPLE_JVM_FLAGS}, plus {@link #SAMPLE_ARCHIVE} when the class path is one jar
   * with that archive beside it.
   */
  static List<String> sampleJvmFlags(String classPath) {
    List<String> flags = new ArrayList<>(DEFAULT_SAMPLE_JVM_FLAGS);
    Path entry = Path.of(classPath);
    if (!classPath.contains(File.pathSeparator)
        && entry.getFileName() != null
        && entry.getFileName().toString().endsWith(".jar")) {
      Path archive = entry.resolveSibling(SAMPLE_ARCHIVE);
      if (Files.isRegularFile(archive)) {
        flags.add("-XX:SharedArchiveFile=" + archive);
      }
    }
    return flags;
  }

  /**
   * This JVM's class path with every entry made absolute, so a child in another directory can use
   * it.
   */
  public static String absoluteClassPath() {
    return java.util.Arrays.stream(
            System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(p -> Path.of(p).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /** A free loopback port, found by binding port 0. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
