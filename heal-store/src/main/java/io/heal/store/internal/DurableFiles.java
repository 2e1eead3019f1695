package io.heal.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Crash-safe file writes: write a temporary file beside the target, force it to disk, rename it
 * over the target atomically, then force the directory so the rename itself is durable. A reader
 * sees the old file or the new one, never a mix.
 */
public final class DurableFiles {

  /** Suffix of the temporary files {@link #writeAtomically} leaves behind if the JVM dies. */
  public static final String TEMP_SUFFIX = ".tmp";

  private DurableFiles() {}

  /** Replaces {@code target} with {@code content}; durable once this returns. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(dir);
  }

  /** Closes a channel that is being given up on after an error; a second error is not reported. */
  public static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }

  /**
   * Forces a directory's entries (creations, renames) to disk. Some platforms cannot open a
   * directory as a channel; there the rename's durability is left to the OS.
   */
  public static void forceDirectory(Path dir) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException notSupported) {
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }
}
