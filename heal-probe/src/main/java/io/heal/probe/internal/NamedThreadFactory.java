package io.heal.probe.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates daemon threads named {@code prefix-N}; the one place probe threads are made. */
public final class NamedThreadFactory implements ThreadFactory {

  private final String prefix;
  private final AtomicInteger next = new AtomicInteger(1);

  public NamedThreadFactory(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + next.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  }
}
