package io.heal.supervisor.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The files of one directory that were created or written to, as the kernel tells them: inotify
 * read directly ({@link InotifyEvents}) when the foreign-function API is available, else the JDK's
 * {@link java.nio.file.WatchService} (which runs a poller thread of its own that wakes on every
 * event). One thread takes; {@link #close()} may be called from any thread.
 */
public interface DirectoryEvents extends AutoCloseable {

  /**
   * Waits until something happened, then adds the names of every file created or written to since
   * the last take (as far as they are known by now) to {@code into}.
   *
   * @return false when the kernel dropped events: any file may have been written
   * @throws ClosedWatchServiceException once closed
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean take(Set<String> into) throws InterruptedException;

  /** Stops watching; a thread waiting in {@link #take} gets {@link ClosedWatchServiceException}. */
  @Override
  void close();

  /**
   * Watches {@code dir} for files created or written to.
   *
   * @throws IOException when the directory cannot be watched
   */
  static DirectoryEvents watch(Path dir) throws IOException {
    if (ForeignApi.enabled()) {
      try {
        return InotifyEvents.watch(dir);
      } catch (LinkageError | RuntimeException e) {
        Logger.getLogger(DirectoryEvents.class.getName())
            .fine("inotify unavailable, using the JDK's watch service: " + e);
      }
    }
    return JdkDirectoryEvents.watch(dir);
  }
}
