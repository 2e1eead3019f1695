package io.heal.supervisor;

import java.util.concurrent.CountDownLatch;

/** A JVM that waits forever on a named thread, for thread-dump tests. */
public final class Sleeper {

  private Sleeper() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("sleeper up");
    Thread t = new Thread(() -> {}, "sleeper-worker");
    t.start();
    new CountDownLatch(1).await();
  }
}
