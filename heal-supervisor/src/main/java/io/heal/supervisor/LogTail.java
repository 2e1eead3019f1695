package io.heal.supervisor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Follows one log file: each {@link #read} hands over the complete lines appended since the last
 * one. The file stays open between reads (one positional read per look, no open, stat or seek), and
 * the bytes go through a buffer the caller owns and reuses, so following hundreds of chatty logs
 * makes little garbage. A line still being written is left for the next read. A file that shrank
 * was rotated by copy-and-truncate ({@link LogFiles#rotateIfNeeded}): it is read again from its
 * start. A file that does not exist yet is opened once it does, and read from its start. Not
 * thread-safe: one thread reads a tail.
 */
public final class LogTail implements AutoCloseable {

  /** At most this much is read per {@link #read}: a flood is read in slices, not all at once. */
  public static final int DEFAULT_MAX_READ_BYTES = 4 * 1024 * 1024;

  private final Path file;
  private FileChannel channel;
  private long offset;
  private boolean closed;

  private LogTail(Path file, FileChannel channel, long offset) {
    this.file = file;
    this.channel = channel;
    this.offset = offset;
  }

  /** A tail of {@code file} from its current end: only lines written from now on are read. */
  public static LogTail fromEnd(Path file) {
    FileChannel channel = open(file);
    long end = 0;
    if (channel != null) {
      try {
        end = channel.size();
      } catch (IOException e) {
        end = 0;
      }
    }
    return new LogTail(file, channel, end);
  }

  /**
   * Hands each complete line appended since the last read to {@code onLine}, without its {@code
   * \n}, decoded as UTF-8. A line longer than the buffer is handed over in buffer-sized pieces.
   * Never throws for I/O: an unreadable file reads as nothing new.
   *
   * @param buffer scratch space (a heap buffer of a few KB is plenty), reused across calls and
   *     tails by the thread that reads them; its content is overwritten
   * @return how many lines were handed over
   * @throws IllegalArgumentException when {@code buffer} is not a writable heap buffer
   */
  public int read(ByteBuffer buffer, Consumer<String> onLine) {
    if (!buffer.hasArray()) {
      throw new IllegalArgumentException("buffer: must be a writable heap buffer, found " + buffer);
    }
    if (closed) {
      return 0;
    }
    if (channel == null) {
      channel = open(file);
      offset = 0;
      if (channel == null) {
        return 0;
      }
    }
    try {
      int lines = readFrom(buffer, onLine);
      if (lines == 0 && channel.size() < offset) {
        offset = 0; // truncated by a copy-and-truncate rotation
        lines = readFrom(buffer, onLine);
      }
      return lines;
    } catch (IOException e) {
      return 0;
    }
  }

  private int readFrom(ByteBuffer buffer, Consumer<String> onLine) throws IOException {
    byte[] b = buffer.array();
    int base = buffer.arrayOffset();
    int lines = 0;
    long readBytes = 0;
    buffer.clear();
    boolean more = true;
    while (more && readBytes < DEFAULT_MAX_READ_BYTES) {
      int room = buffer.remaining();
      int n = channel.read(buffer, offset + buffer.position());
      if (n <= 0) {
        break;
      }
      // a regular file reads short only at its end: no second read to learn that
      more = n == room;
      readBytes += n;
      int end = buffer.position();
      int start = 0;
      for (int i = 0; i < end; i++) {
        if (b[base + i] == '\n') {
          onLine.accept(new String(b, base + start, i - start, StandardCharsets.UTF_8));
          lines++;
          start = i + 1;
        }
      }
      if (start == 0 && end == buffer.capacity()) {
        // a line longer than the buffer: hand over what there is as one piece
        onLine.accept(new String(b, base, end, StandardCharsets.UTF_8));
        lines++;
        start = end;
      }
      offset += start;
      // keep the unfinished line at the buffer's start, to be completed by the next read
      System.arraycopy(b, base + start, b, base, end - start);
      buffer.position(end - start);
    }
    return lines;
  }

  /** Closes the file; later reads read nothing. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was written through it: nothing to lose
      }
      channel = null;
    }
  }

  private static FileChannel open(Path file) {
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }
}
