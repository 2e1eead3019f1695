package io.heal.sample;

import io.heal.sample.internal.SampleOptions;
import io.heal.sample.internal.SampleServer;
import io.heal.sample.internal.Uptime;
import io.heal.sample.internal.Warmup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

/**
 * Starts the sample service:
 *
 * <pre>
 * java -cp heal.jar io.heal.sample.SampleMain --port N [--name NAME] [--release NAME]
 *     [--enable-faults] [--bad-release] [--state-dir DIR] [--depends-on URL]
 * </pre>
 *
 * <p>When serving it prints {@code sample <name> release <release> ready on port N in X ms} (X is
 * the JVM's uptime). Exit codes: 0 after SIGTERM, 2 for bad arguments, 1 if the port cannot be
 * bound, 3 (or the requested code) for a simulated crash and when the crash-loop marker is present
 * in the state directory. Logs go to stdout.
 */
public final class SampleMain {

  /** Exit code when the crash-loop marker is found at start. */
  public static final int CRASH_LOOP_EXIT_CODE = 3;

  /** Name of the marker file that makes every start crash. */
  public static final String CRASH_LOOP_MARKER = "crash-loop";

  private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private SampleMain() {}

  public static void main(String[] args) {
    // first: the JDK server's first answer needs locale data that takes longer to load than the
    // rest of the start-up; loaded in parallel, it is ready by the time the first probe comes
    Warmup.start();
    PrintStream log = System.out;
    SampleOptions options;
    try {
      options = SampleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ERROR " + e.getMessage());
      System.err.println(SampleOptions.USAGE);
      System.exit(2);
      return;
    }
    if (Files.exists(options.stateDir().resolve(CRASH_LOOP_MARKER))) {
      log.println("FATAL state file corrupt (crash-loop marker present)");
      log.flush();
      Runtime.getRuntime().halt(CRASH_LOOP_EXIT_CODE);
    }
    if (options.badRelease()) {
      log.println("ERROR release " + options.release() + ": config key 'ledger.url' missing");
    }
    // the JDK server writes headers and body separately; with Nagle on, a kept-alive
    // connection waits for the client's delayed ACK (about 40 ms) on every answer
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
    SampleServer server = new SampleServer(options, log);
    int port;
    try {
      port = server.start();
    } catch (IOException e) {
      log.println("FATAL cannot listen on port " + options.port() + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, options, log), "sample-shutdown"));
    log.println(
        "sample "
            + options.name()
            + " release "
            + options.release()
            + " ready on port "
            + port
            + " in "
            + Uptime.now().toMillis()
            + " ms");
  }

  private static void stop(SampleServer server, SampleOptions options, PrintStream log) {
    server.stop();
    log.println("sample " + options.name() + " stopped");
    log.flush();
    // reached only on SIGTERM/SIGINT (crashes halt without hooks): a graceful stop exits 0
    Runtime.getRuntime().halt(0);
  }
}
