package io.heal.store;

import io.heal.core.time.HealClock;
import io.heal.store.internal.AuditChain;
import io.heal.store.internal.AuditVerifier;
import io.heal.store.internal.DurableFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tamper-evident audit trail: an append-only JSON Lines file, {@code <dataDir>/audit.jsonl},
 * one {@link AuditRecord} a line, each carrying the SHA-256 of the one before it. Editing,
 * deleting, reordering or cutting a line breaks the chain, and {@link #verify()} names the first
 * line where it breaks. (Deleting whole records from the end cannot be told from a shorter log by
 * the chain alone; compare the record count with one kept elsewhere for that.)
 *
 * <p>{@link #append} forces the line to disk before it returns. Reopening a log continues its
 * chain. An incomplete last line, left by a crash during an append that therefore never returned,
 * is cut off at open. The file is locked while open, so a second process cannot interleave lines.
 *
 * <p>Thread-safe: appends are serialised.
 */
public final class AuditLog implements Closeable {

  /** Name of the log file inside the data directory. */
  public static final String FILE_NAME = "audit.jsonl";

  private final Path file;
  private final HealClock clock;
  private final FileChannel channel;
  private final FileLock lock;
  private long lastSeq;
  private String lastHash;

  private AuditLog(Path file, HealClock clock, FileChannel channel, FileLock lock)
      throws IOException {
    this.file = file;
    this.clock = clock;
    this.channel = channel;
    this.lock = lock;
    cutIncompleteTail();
    readChainHead();
  }

  /**
   * Opens (creating if missing) {@code <dataDir>/audit.jsonl}.
   *
   * @throws IllegalStateException if another process holds the log, or its last line is not a valid
   *     record (an operator must look at it before Heal appends more)
   */
  public static AuditLog open(Path dataDir, HealClock clock) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      boolean created = !Files.exists(file);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (created) {
        DurableFiles.forceDirectory(dataDir);
      }
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IllegalStateException("audit log " + file + ": held open by another process");
      }
      return new AuditLog(file, clock, channel, lock);
    } catch (IOException e) {
      DurableFiles.closeQuietly(channel);
      throw new UncheckedIOException("audit log " + file + ": cannot open", e);
    } catch (RuntimeException e) {
      DurableFiles.closeQuietly(channel);
      throw e;
    }
  }

  /** Checks the chain of the log at {@code file} without opening it for writing. */
  public static AuditVerification verify(Path file) {
    try {
      return AuditVerifier.verify(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return AuditVerification.intact(0);
    } catch (IOException e) {
      throw new UncheckedIOException("audit log " + file + ": cannot read", e);
    }
  }

  /**
   * Every complete record in the log at {@code file}, oldest first, without checking the chain (use
   * {@link #verify(Path)} for that). An incomplete last line is left out.
   *
   * @throws IllegalStateException naming the line if a complete line is not a record
   */
  public static List<AuditRecord> read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("audit log " + file + ": cannot read", e);
    }
    List<AuditRecord> records = new ArrayList<>();
    int end = content.lastIndexOf('\n');
    int lineNo = 0;
    for (String line : content.substring(0, end + 1).split("\n")) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      try {
        records.add(AuditChain.parse(line));
      } catch (IOException e) {
        throw new IllegalStateException(
            "audit log " + file + ": line " + lineNo + " is not a record: " + e.getMessage(), e);
      }
    }
    return records;
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  /**
   * Appends a record, durably: it is on disk when this returns.
   *
   * @param details short name/value facts; may be empty
   * @return the record as written, with its sequence number and hash
   */
  public AuditRecord append(
      String actor, String action, String subject, Map<String, String> details) {
    return append(clock.now(), actor, action, subject, details);
  }

  /**
   * Appends a record of an act done at {@code at} (the engine records acts as they happen and
   * writes them a little later), durably.
   *
   * @param details short name/value facts; may be empty
   * @return the record as written, with its sequence number and hash
   */
  public synchronized AuditRecord append(
      Instant at, String actor, String action, String subject, Map<String, String> details) {
    Objects.requireNonNull(at, "at");
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(subject, "subject");
    Objects.requireNonNull(details, "details");
    AuditRecord unsigned =
        new AuditRecord(lastSeq + 1, at, actor, action, subject, details, lastHash, "");
    AuditRecord record =
        new AuditRecord(
            unsigned.seq(),
            unsigned.at(),
            actor,
            action,
            subject,
            unsigned.details(),
            lastHash,
            AuditChain.hash(lastHash, unsigned));
    ByteBuffer bytes =
        ByteBuffer.wrap((AuditChain.line(record) + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      long position = channel.size();
      while (bytes.hasRemaining()) {
        position += channel.write(bytes, position);
      }
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "audit log " + file + ": cannot append seq " + record.seq(), e);
    }
    lastSeq = record.seq();
    lastHash = record.hash();
    return record;
  }

  /** The sequence number of the last record, 0 if there is none. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Checks this log's whole chain; see {@link AuditVerification}. */
  public synchronized AuditVerification verify() {
    return verify(file);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  private void cutIncompleteTail() throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      channel.truncate(end);
      channel.force(true);
    }
  }

  private void readChainHead() throws IOException {
    lastSeq = 0;
    lastHash = AuditRecord.GENESIS;
    String last = null;
    long lineNo = 0;
    try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        last = line;
        lineNo++;
      }
    }
    if (last == null) {
      return;
    }
    try {
      AuditRecord head = AuditChain.parse(last);
      lastSeq = head.seq();
      lastHash = head.hash();
    } catch (IOException e) {
      throw new IllegalStateException(
          "audit log " + file + ": last line " + lineNo + " is not a valid record: " + e, e);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank, found '" + value + "'");
    }
  }
}
