package io.heal.supervisor.internal;

import io.heal.core.concurrent.HealThreads;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jdk.incubator.foreign.MemoryAccess;
import jdk.incubator.foreign.MemoryAddress;
import jdk.incubator.foreign.MemorySegment;
import jdk.incubator.foreign.ResourceScope;

/**
 * Waits for the exit of every child started by {@link PosixSpawn} on one thread: each child gets a
 * pidfd (Linux 5.3+), which becomes readable the moment the child exits; one {@code epoll_wait}
 * waits for all of them, and {@code waitpid} then reaps the child and reads its status. The JDK
 * instead parks one thread per child in {@code waitpid}, about 60 KB of memory each.
 *
 * <p>A pidfd is taken out of the epoll set explicitly before it is closed. Closing alone is not
 * enough while another thread spawns a child: until the child execs it holds a copy of every
 * descriptor, so the closed pidfd stayed registered, fired again, and its number, reused meanwhile
 * by the pidfd of a live child, led to a blocking {@code waitpid} on that child: the reaper stalled
 * and every exit after it went unseen (found by {@code heal bench storm}). {@code waitpid} is also
 * asked not to block, so an event for a child that has not exited is ignored, whatever its cause.
 */
final class PidfdReaper {

  private static final Logger LOG = Logger.getLogger(PidfdReaper.class.getName());

  /** How many exits one wake of the thread takes at most. */
  static final int DEFAULT_BATCH = 64;

  private final int epoll;
  private final Map<Integer, Watched> byFd = new ConcurrentHashMap<>();

  private record Watched(int pid, CompletableFuture<Integer> exit) {}

  PidfdReaper() throws IOException {
    try {
      this.epoll = (int) LibC.EPOLL_CREATE1.invokeExact(LibC.EPOLL_CLOEXEC);
    } catch (Throwable t) {
      throw LibC.failed("epoll_create1", t);
    }
    if (epoll < 0) {
      throw new IOException("epoll_create1: " + LibC.describe(LibC.errno()));
    }
    HealThreads.factory("heal-reaper").newThread(this::run).start();
  }

  /**
   * Watches a child of this JVM started by {@link PosixSpawn}. The future completes, on the reaper
   * thread, with the exit status as the JDK reports it: the exit code, or 128 + n when signal n
   * killed it. The child may already have exited: a pidfd can be opened on a zombie.
   */
  CompletableFuture<Integer> watch(int pid) throws IOException {
    try (ResourceScope scope = ResourceScope.newConfinedScope()) {
      int fd = (int) LibC.PIDFD_OPEN.invokeExact(pid, 0);
      if (fd < 0) {
        throw new IOException("pidfd_open(" + pid + "): " + LibC.describe(LibC.errno()));
      }
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      byFd.put(fd, new Watched(pid, exit));
      MemorySegment event = MemorySegment.allocateNative(LibC.EPOLL_EVENT_BYTES, 8, scope);
      MemoryAccess.setIntAtOffset(event, 0, LibC.EPOLLIN);
      MemoryAccess.setLongAtOffset(event, LibC.EPOLL_DATA_OFFSET, fd);
      int rc = (int) LibC.EPOLL_CTL.invokeExact(epoll, LibC.EPOLL_CTL_ADD, fd, event.address());
      if (rc != 0) {
        int errno = LibC.errno();
        byFd.remove(fd);
        int ignored = (int) LibC.CLOSE.invokeExact(fd);
        throw new IOException("epoll_ctl(pidfd of " + pid + "): " + LibC.describe(errno));
      }
      return exit;
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("pidfd_open", t);
    }
  }

  /** Opens and closes a pidfd of a live process: fails when the kernel has no pidfd_open. */
  static void checkPidfd(int pid) throws IOException {
    try {
      int fd = (int) LibC.PIDFD_OPEN.invokeExact(pid, 0);
      if (fd < 0) {
        throw new IOException("pidfd_open: " + LibC.describe(LibC.errno()));
      }
      int ignored = (int) LibC.CLOSE.invokeExact(fd);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("pidfd_open", t);
    }
  }

  /** How many children are being waited for. */
  int watching() {
    return byFd.size();
  }

  private void run() {
    try (ResourceScope scope = ResourceScope.newConfinedScope()) {
      MemorySegment events =
          MemorySegment.allocateNative((long) LibC.EPOLL_EVENT_BYTES * DEFAULT_BATCH, 8, scope);
      MemorySegment status = MemorySegment.allocateNative(4, 4, scope);
      while (true) {
        int n = (int) LibC.EPOLL_WAIT.invokeExact(epoll, events.address(), DEFAULT_BATCH, -1);
        if (n < 0) {
          int errno = LibC.errno();
          if (errno == LibC.EINTR) {
            continue;
          }
          LOG.severe("epoll_wait: " + LibC.describe(errno) + "; child exits are no longer seen");
          return;
        }
        for (int i = 0; i < n; i++) {
          long offset = (long) i * LibC.EPOLL_EVENT_BYTES + LibC.EPOLL_DATA_OFFSET;
          int fd = (int) MemoryAccess.getLongAtOffset(events, offset);
          try {
            reap(fd, status);
          } catch (RuntimeException e) {
            // one child's trouble must not stop the thread that sees every child's exit
            LOG.log(Level.SEVERE, "reaping the child of pidfd " + fd, e);
          }
        }
      }
    } catch (Throwable t) {
      LOG.log(Level.SEVERE, "the reaper thread stopped; child exits are no longer seen", t);
    }
  }

  private void reap(int fd, MemorySegment status) throws Throwable {
    Watched w = byFd.get(fd);
    if (w == null) {
      return;
    }
    int reaped = (int) LibC.WAITPID.invokeExact(w.pid(), status.address(), LibC.WNOHANG);
    int errno = reaped < 0 ? LibC.errno() : 0;
    if (reaped == 0) {
      return; // still running: not this child's exit
    }
    byFd.remove(fd);
    int ignored =
        (int) LibC.EPOLL_CTL.invokeExact(epoll, LibC.EPOLL_CTL_DEL, fd, MemoryAddress.NULL);
    ignored = (int) LibC.CLOSE.invokeExact(fd);
    if (reaped == w.pid()) {
      w.exit().complete(exitStatus(MemoryAccess.getInt(status)));
    } else {
      // someone else reaped it (waitpid(-1) elsewhere in the JVM): its status is lost
      LOG.warning("pid " + w.pid() + " exited but could not be reaped: " + LibC.describe(errno));
      w.exit().complete(-1);
    }
  }

  /** A wait status as the JDK reports it: the exit code, or 128 + the signal that killed it. */
  static int exitStatus(int waitStatus) {
    int signal = waitStatus & 0x7f;
    return signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal;
  }
}
