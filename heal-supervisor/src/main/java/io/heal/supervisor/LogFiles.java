package io.heal.supervisor;

import io.heal.core.spec.LogSpec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-service log files: reading the tail for incident evidence, reading what was appended since an
 * offset, and rotation by copy-and-truncate (the child keeps its append-mode descriptor, so no
 * restart is needed).
 */
public final class LogFiles {

  /** How many bytes from the end are read to find the last lines. */
  public static final int DEFAULT_TAIL_BYTES = 16 * 1024;

  private LogFiles() {}

  /** The last {@code lines} lines of the file; empty when it does not exist. */
  public static List<String> tail(Path file, int lines) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      int n = (int) Math.min(size, DEFAULT_TAIL_BYTES);
      byte[] buf = new byte[n];
      raf.seek(size - n);
      raf.readFully(buf);
      List<String> all =
          new ArrayList<>(Arrays.asList(new String(buf, StandardCharsets.UTF_8).split("\n")));
      if (n < size && !all.isEmpty()) {
        all.remove(0); // a partial line
      }
      all.removeIf(String::isBlank);
      return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The file's size, 0 when it does not exist. */
  public static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** What was appended from {@code offset} on, as text (empty when nothing or unreadable). */
  public static String readFrom(Path file, long offset) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      if (size <= offset) {
        return "";
      }
      byte[] buf = new byte[(int) Math.min(size - offset, 4 * 1024 * 1024)];
      raf.seek(offset);
      raf.readFully(buf);
      return new String(buf, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Rotates the file when it has grown past {@code spec.maxBytes()}: {@code x.log.1} becomes {@code
   * x.log.2} and so on up to {@code keep}, the current content is copied to {@code x.log.1}, and
   * the file is truncated in place. Returns whether it rotated.
   */
  public static boolean rotateIfNeeded(Path file, LogSpec spec) throws IOException {
    if (size(file) <= spec.maxBytes()) {
      return false;
    }
    for (int i = spec.keep() - 1; i >= 1; i--) {
      Path older = sibling(file, i);
      if (Files.exists(older)) {
        Files.move(older, sibling(file, i + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(file, sibling(file, 1), StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(0);
    }
    return true;
  }

  private static Path sibling(Path file, int index) {
    return file.resolveSibling(file.getFileName() + "." + index);
  }
}
