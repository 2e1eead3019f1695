package io.heal.supervisor;

import io.heal.core.concurrent.HealThreads;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells when a service's log file was written to, from the kernel's file notifications (inotify on
 * Linux) rather than by polling: with hundreds of quiet services, Heal does no work until one of
 * them writes. One thread waits for every file of the directory. Thread-safe.
 */
public final class LogDirectoryWatch implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("heal.supervisor");

  private final WatchService watch;
  private final Map<String, Runnable> onWrite = new ConcurrentHashMap<>();
  private final Thread thread;

  /**
   * Starts watching {@code dir}.
   *
   * @throws IOException when the directory cannot be watched
   */
  public LogDirectoryWatch(Path dir) throws IOException {
    this.watch = FileSystems.getDefault().newWatchService();
    dir.register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    this.thread = HealThreads.factory("heal-logwatch").newThread(this::run);
    thread.start();
  }

  /** Calls {@code action} (on the watch thread: keep it short) when {@code fileName} is written. */
  public void onWrite(String fileName, Runnable action) {
    onWrite.put(fileName, action);
  }

  /** Stops calling back for {@code fileName}. */
  public void forget(String fileName) {
    onWrite.remove(fileName);
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watch.take();
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.context() instanceof Path p) {
            Runnable action = onWrite.get(p.getFileName().toString());
            if (action != null) {
              action.run();
            }
          } else {
            // overflow: every file may have been written
            onWrite.values().forEach(Runnable::run);
          }
        }
        key.reset();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: done
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "log watch stopped", e);
    }
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the log watch", e);
    }
    thread.interrupt();
  }
}
