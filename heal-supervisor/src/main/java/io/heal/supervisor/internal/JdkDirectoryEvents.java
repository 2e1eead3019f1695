package io.heal.supervisor.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link DirectoryEvents} through the JDK's {@link WatchService}: the portable fallback. */
final class JdkDirectoryEvents implements DirectoryEvents {

  private static final Logger LOG = Logger.getLogger(JdkDirectoryEvents.class.getName());

  private final WatchService watch;

  private JdkDirectoryEvents(WatchService watch) {
    this.watch = watch;
  }

  static JdkDirectoryEvents watch(Path dir) throws IOException {
    WatchService watch = FileSystems.getDefault().newWatchService();
    try {
      dir.register(
          watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    } catch (IOException | RuntimeException e) {
      watch.close();
      throw e;
    }
    return new JdkDirectoryEvents(watch);
  }

  @Override
  public boolean take(Set<String> into) throws InterruptedException {
    boolean complete = true;
    WatchKey key = watch.take();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path p) {
        into.add(p.getFileName().toString());
      } else {
        complete = false; // an overflow: events were lost
      }
    }
    key.reset();
    return complete;
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the watch service", e);
    }
  }
}
