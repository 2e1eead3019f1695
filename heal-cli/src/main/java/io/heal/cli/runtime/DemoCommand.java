package io.heal.cli.runtime;

import io.heal.cli.demo.DemoConsole;
import io.heal.cli.demo.DemoScript;
import io.heal.cli.demo.DemoServices;
import io.heal.cli.demo.DemoTable;
import io.heal.cli.demo.DemoWebhook;
import io.heal.cli.demo.EventWaiter;
import io.heal.cli.demo.FaultRun;
import io.heal.cli.demo.Faults;
import io.heal.cli.repair.DemoCodeCommand;
import io.heal.core.incident.Incident;
import io.heal.core.time.HealClock;
import io.heal.daemon.Daemon;
import io.heal.probe.ProbeResources;
import io.heal.probe.Probes;
import io.heal.report.IncidentReport;
import io.heal.report.SummaryRow;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heal demo}: two sample services under a real engine, six faults, and a table of what Heal
 * saw and did. Exits 0 only if every fault was handled as expected and no process is left.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Watch Heal heal real services through six faults.",
    subcommands = DemoCodeCommand.class)
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = {"-d", "--data-dir"},
      description =
          "Where incidents, logs and the report go (default: a fresh temporary directory).")
  Path dataDir;

  @Option(names = "--no-color", description = "Plain output, even on a terminal.")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    // the narration shows escalations; the log line would only repeat it
    java.util.logging.Logger.getLogger("heal.escalation").setLevel(java.util.logging.Level.SEVERE);
    Path data = dataDir != null ? dataDir : Files.createTempDirectory("heal-demo-");
    Files.createDirectories(data);
    HealClock clock = HealClock.system();
    Instant start = clock.now();
    DemoConsole console = new DemoConsole(System.out, start, System.console() != null && !noColor);
    console.plain(
        "Heal demo: two sample services (ledger, and api which depends on it), six faults.");
    console.plain("Each line: seconds since start, service, what Heal saw, chose or did.");
    EventWaiter waiter = new EventWaiter();
    List<FaultRun> runs = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    boolean started;
    try (DemoWebhook webhook =
            new DemoWebhook(
                body -> console.note(clock.now(), "pager webhook received the escalation"));
        ProbeResources probes = ProbeResources.create()) {
      DemoServices services = new DemoServices(data, List.of(webhook.url()));
      console.say("Starting ledger, then api once ledger is ready");
      Daemon daemon =
          Daemon.start(
              services.spec(),
              (service, probe) -> Probes.create(service, probe, clock, probes),
              clock,
              false,
              e -> {
                console.onEvent(e);
                waiter.onEvent(e);
              });
      try {
        DemoScript script =
            new DemoScript(
                daemon,
                services,
                console,
                waiter,
                new Faults(HttpClient.newHttpClient()),
                webhook,
                clock);
        started = script.awaitAllReady(Duration.ofSeconds(30));
        if (started) {
          runs.addAll(script.runAll());
        }
      } finally {
        console.say("Stopping api, then ledger");
        daemon.close();
        incidents.addAll(daemon.incidents().list());
      }
    }
    List<ProcessHandle> left =
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    console.say("What happened");
    console.plain(DemoTable.render(runs));
    boolean allOk = started && runs.stream().allMatch(FaultRun::asExpected) && left.isEmpty();
    Duration took = Duration.between(start, clock.now());
    console.plain(
        String.format(
            "  %d of %d faults handled as expected; %s; demo took %.1f s",
            runs.stream().filter(FaultRun::asExpected).count(),
            runs.size(),
            left.isEmpty() ? "no process left behind" : left.size() + " processes LEFT BEHIND",
            took.toMillis() / 1000.0));
    Path report = data.resolve("heal-demo-report.html");
    Files.writeString(
        report,
        IncidentReport.render(
            "Heal demo: six faults, "
                + runs.stream().filter(FaultRun::asExpected).count()
                + " handled",
            incidents,
            Optional.of(runs.stream().map(DemoCommand::row).toList())));
    console.plain("  report:    " + report);
    console.plain("  incidents: " + data.resolve("incidents"));
    console.plain("  logs:      " + data.resolve("logs"));
    console.plain("  audit:     " + data.resolve("audit.jsonl"));
    console.plain("  data dir:  " + data);
    return allOk ? 0 : 1;
  }

  private static SummaryRow row(FaultRun r) {
    return new SummaryRow(
        r.fault(),
        r.incident().map(Incident::id),
        r.detectedAfter(),
        r.healedAfter(),
        r.remedy(),
        (r.asExpected() ? "" : "NOT AS EXPECTED: ") + r.outcome());
  }
}
