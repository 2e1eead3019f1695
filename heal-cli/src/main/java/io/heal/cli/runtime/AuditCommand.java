package io.heal.cli.runtime;

import io.heal.store.AuditLog;
import io.heal.store.AuditRecord;
import io.heal.store.AuditVerification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heal audit [-d DIR] [--verify]}: the decisions Heal took, from the hash-chained audit log,
 * and whether the chain is intact (exit 1 when it is not).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "List the audited decisions and check that the audit log was not tampered with.")
public final class AuditCommand implements Callable<Integer> {

  @Option(
      names = {"-d", "--data-dir"},
      defaultValue = "heal-data",
      description = "The daemon's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--verify", description = "Only check the hash chain.")
  boolean verifyOnly;

  @Override
  public Integer call() {
    Path file = dataDir.resolve(AuditLog.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      System.err.println("heal audit: no audit log at " + file);
      return 1;
    }
    AuditVerification check = AuditLog.verify(file);
    if (!verifyOnly && check.isIntact()) {
      List<AuditRecord> records = AuditLog.read(file);
      for (AuditRecord r : records) {
        System.out.printf(
            "%5d  %s  %-8s %-9s %-10s %s%n",
            r.seq(),
            DateTimeFormatter.ISO_INSTANT.format(r.at()),
            r.actor(),
            r.action(),
            r.subject(),
            r.details().getOrDefault("reason", ""));
      }
    }
    System.out.println(check);
    return check.isIntact() ? 0 : 1;
  }
}
