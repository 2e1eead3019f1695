package io.heal.supervisor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.Set;
import jdk.incubator.foreign.CLinker;
import jdk.incubator.foreign.MemoryAccess;
import jdk.incubator.foreign.MemorySegment;
import jdk.incubator.foreign.ResourceScope;

/**
 * {@link DirectoryEvents} from an inotify descriptor read by the taking thread itself: the kernel
 * queues events until they are read, so a thread that takes every 100 ms wakes 10 times a second
 * however often the files are written (the JDK's watch service wakes its own poller thread on every
 * event). {@link #close()} removes the watch, which queues {@code IN_IGNORED} and so wakes a thread
 * waiting in {@link #take}, then closes the descriptor once that thread has left.
 */
final class InotifyEvents implements DirectoryEvents {

  /** Room for a few hundred events per read; the rest stay queued for the next read. */
  static final int DEFAULT_BUFFER_BYTES = 16 * 1024;

  // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len]
  private static final int HEADER_BYTES = 16;
  private static final int MASK =
      LibC.IN_MODIFY | LibC.IN_ATTRIB | LibC.IN_CREATE | LibC.IN_MOVED_TO;

  private final int fd;
  private final int wd;
  private final MemorySegment buffer;
  private final MemorySegment pollFd;
  private volatile boolean closed;
  private boolean fdClosed;

  private InotifyEvents(int fd, int wd) {
    this.fd = fd;
    this.wd = wd;
    ResourceScope scope = ResourceScope.newImplicitScope();
    this.buffer = MemorySegment.allocateNative(DEFAULT_BUFFER_BYTES, 8, scope);
    this.pollFd = MemorySegment.allocateNative(8, 8, scope);
    // struct pollfd: int fd; short events; short revents
    MemoryAccess.setIntAtOffset(pollFd, 0, fd);
    MemoryAccess.setShortAtOffset(pollFd, 4, LibC.POLLIN);
  }

  static InotifyEvents watch(Path dir) throws IOException {
    try (ResourceScope scope = ResourceScope.newConfinedScope()) {
      int fd = (int) LibC.INOTIFY_INIT1.invokeExact(LibC.IN_NONBLOCK | LibC.IN_CLOEXEC);
      if (fd < 0) {
        throw new IOException("inotify_init1: " + LibC.describe(LibC.errno()));
      }
      MemorySegment path = CLinker.toCString(dir.toString(), scope);
      int wd = (int) LibC.INOTIFY_ADD_WATCH.invokeExact(fd, path.address(), MASK);
      if (wd < 0) {
        int errno = LibC.errno();
        int ignored = (int) LibC.CLOSE.invokeExact(fd);
        throw new IOException("inotify_add_watch(" + dir + "): " + LibC.describe(errno));
      }
      return new InotifyEvents(fd, wd);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("inotify", t);
    }
  }

  @Override
  public synchronized boolean take(Set<String> into) throws InterruptedException {
    try {
      boolean complete = true;
      boolean any = false;
      while (!any) {
        if (closed) {
          closeFd();
          throw new ClosedWatchServiceException();
        }
        int ready = (int) LibC.POLL.invokeExact(pollFd.address(), 1L, -1);
        if (ready < 0 && LibC.errno() != LibC.EINTR) {
          throw new IllegalStateException("poll(inotify): " + LibC.describe(LibC.errno()));
        }
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        // read until the queue is empty: the buffer may hold less than what is queued
        for (long n;
            (n = (long) LibC.READ.invokeExact(fd, buffer.address(), (long) buffer.byteSize()))
                > 0; ) {
          any = true;
          complete &= parse(n, into);
        }
      }
      return complete;
    } catch (InterruptedException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("reading inotify", t);
    }
  }

  /** Adds the names in the first {@code n} bytes of the buffer; false on an overflow. */
  private boolean parse(long n, Set<String> into) {
    boolean complete = true;
    for (long at = 0; at + HEADER_BYTES <= n; ) {
      int mask = MemoryAccess.getIntAtOffset(buffer, at + 4);
      int len = MemoryAccess.getIntAtOffset(buffer, at + 12);
      if ((mask & LibC.IN_Q_OVERFLOW) != 0) {
        complete = false;
      } else if (len > 0 && (mask & LibC.IN_IGNORED) == 0) {
        byte[] name = buffer.asSlice(at + HEADER_BYTES, len).toByteArray();
        int end = 0;
        while (end < name.length && name[end] != 0) {
          end++;
        }
        into.add(new String(name, 0, end, StandardCharsets.UTF_8));
      }
      if ((mask & LibC.IN_IGNORED) != 0) {
        closed = true; // the watch is gone: closed, or the directory was removed
      }
      at += HEADER_BYTES + len;
    }
    return complete;
  }

  @Override
  public void close() {
    try {
      if (!closed) {
        closed = true;
        // wakes a thread in take(), which sees closed and leaves
        int ignored = (int) LibC.INOTIFY_RM_WATCH.invokeExact(fd, wd);
      }
      synchronized (this) {
        closeFd();
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("closing inotify", t);
    }
  }

  private void closeFd() throws Throwable {
    if (!fdClosed) {
      fdClosed = true;
      int ignored = (int) LibC.CLOSE.invokeExact(fd);
    }
  }
}
