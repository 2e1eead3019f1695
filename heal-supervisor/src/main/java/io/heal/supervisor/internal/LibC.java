package io.heal.supervisor.internal;

import static jdk.incubator.foreign.CLinker.C_INT;
import static jdk.incubator.foreign.CLinker.C_LONG;
import static jdk.incubator.foreign.CLinker.C_POINTER;
import static jdk.incubator.foreign.CLinker.C_SHORT;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import jdk.incubator.foreign.CLinker;
import jdk.incubator.foreign.FunctionDescriptor;
import jdk.incubator.foreign.MemoryAccess;
import jdk.incubator.foreign.MemoryAddress;
import jdk.incubator.foreign.MemoryLayout;
import jdk.incubator.foreign.ResourceScope;
import jdk.incubator.foreign.SymbolLookup;

/**
 * The few glibc functions Heal calls itself, bound through the JDK's incubating foreign-function
 * API ({@code jdk.incubator.foreign}, Java 17). Loading fails (with {@link LinkageError} or {@link
 * IllegalStateException}) unless the JVM runs with {@code --add-modules jdk.incubator.foreign
 * --enable-native-access=ALL-UNNAMED} on Linux x86-64 or aarch64 with glibc 2.36 or later (for
 * {@code pidfd_open}); callers fall back to the JDK's process API then.
 */
final class LibC {

  static final int O_RDONLY = 0;
  static final int O_WRONLY_CREAT_APPEND = 01 | 0100 | 02000;
  static final short POSIX_SPAWN_SETSIGDEF = 0x04;
  static final short POSIX_SPAWN_SETSIGMASK = 0x08;
  static final short POSIX_SPAWN_SETSID = 0x80;
  static final int EPOLL_CLOEXEC = 02000000;
  static final int EPOLL_CTL_ADD = 1;
  static final int EPOLL_CTL_DEL = 2;
  static final int WNOHANG = 1;
  static final int EPOLLIN = 1;
  static final int EINTR = 4;
  static final int ESRCH = 3;
  static final int IN_NONBLOCK = 04000;
  static final int IN_CLOEXEC = 02000000;
  static final int IN_MODIFY = 0x2;
  static final int IN_ATTRIB = 0x4;
  static final int IN_MOVED_TO = 0x80;
  static final int IN_CREATE = 0x100;
  static final int IN_Q_OVERFLOW = 0x4000;
  static final int IN_IGNORED = 0x8000;
  static final short POLLIN = 1;

  /** glibc's opaque spawn structures are smaller than these (80 and 336 bytes on x86-64). */
  static final int FILE_ACTIONS_BYTES = 256;

  static final int SPAWN_ATTR_BYTES = 1024;
  static final int SIGSET_BYTES = 128;

  /** x86-64 packs {@code struct epoll_event} (12 bytes); other 64-bit ABIs pad it to 16. */
  static final int EPOLL_EVENT_BYTES;

  static final int EPOLL_DATA_OFFSET;

  static final MethodHandle FILE_ACTIONS_INIT;
  static final MethodHandle FILE_ACTIONS_DESTROY;
  static final MethodHandle ADD_OPEN;
  static final MethodHandle ADD_DUP2;
  static final MethodHandle ADD_CHDIR;
  static final MethodHandle ADD_CLOSEFROM;
  static final MethodHandle ATTR_INIT;
  static final MethodHandle ATTR_DESTROY;
  static final MethodHandle ATTR_SETFLAGS;
  static final MethodHandle ATTR_SETSIGMASK;
  static final MethodHandle ATTR_SETSIGDEFAULT;
  static final MethodHandle SIGFILLSET;
  static final MethodHandle SIGEMPTYSET;
  static final MethodHandle POSIX_SPAWN;
  static final MethodHandle PIDFD_OPEN;
  static final MethodHandle WAITPID;
  static final MethodHandle KILL;
  static final MethodHandle CLOSE;
  static final MethodHandle EPOLL_CREATE1;
  static final MethodHandle EPOLL_CTL;
  static final MethodHandle EPOLL_WAIT;
  static final MethodHandle INOTIFY_INIT1;
  static final MethodHandle INOTIFY_ADD_WATCH;
  static final MethodHandle INOTIFY_RM_WATCH;
  static final MethodHandle READ;
  static final MethodHandle POLL;
  static final MethodHandle ERRNO_LOCATION;
  static final MethodHandle STRERROR;

  static {
    String arch = System.getProperty("os.arch");
    if (!System.getProperty("os.name").equals("Linux")
        || !(arch.equals("amd64") || arch.equals("aarch64"))) {
      throw new IllegalStateException("not Linux on x86-64 or aarch64: " + arch);
    }
    EPOLL_EVENT_BYTES = arch.equals("amd64") ? 12 : 16;
    EPOLL_DATA_OFFSET = arch.equals("amd64") ? 4 : 8;
    CLinker linker = CLinker.getInstance();
    SymbolLookup libc = CLinker.systemLookup();
    Binder b = new Binder(linker, libc);
    FILE_ACTIONS_INIT = b.bind("posix_spawn_file_actions_init", int.class, C_INT, ptr());
    FILE_ACTIONS_DESTROY = b.bind("posix_spawn_file_actions_destroy", int.class, C_INT, ptr());
    ADD_OPEN =
        b.bind(
            "posix_spawn_file_actions_addopen",
            int.class,
            C_INT,
            ptr(),
            i32(),
            ptr(),
            i32(),
            i32());
    ADD_DUP2 = b.bind("posix_spawn_file_actions_adddup2", int.class, C_INT, ptr(), i32(), i32());
    ADD_CHDIR = b.bind("posix_spawn_file_actions_addchdir_np", int.class, C_INT, ptr(), ptr());
    ADD_CLOSEFROM =
        b.bind("posix_spawn_file_actions_addclosefrom_np", int.class, C_INT, ptr(), i32());
    ATTR_INIT = b.bind("posix_spawnattr_init", int.class, C_INT, ptr());
    ATTR_DESTROY = b.bind("posix_spawnattr_destroy", int.class, C_INT, ptr());
    ATTR_SETFLAGS =
        b.bind("posix_spawnattr_setflags", int.class, C_INT, ptr(), new Arg(short.class, C_SHORT));
    ATTR_SETSIGMASK = b.bind("posix_spawnattr_setsigmask", int.class, C_INT, ptr(), ptr());
    ATTR_SETSIGDEFAULT = b.bind("posix_spawnattr_setsigdefault", int.class, C_INT, ptr(), ptr());
    SIGFILLSET = b.bind("sigfillset", int.class, C_INT, ptr());
    SIGEMPTYSET = b.bind("sigemptyset", int.class, C_INT, ptr());
    POSIX_SPAWN = b.bind("posix_spawn", int.class, C_INT, ptr(), ptr(), ptr(), ptr(), ptr(), ptr());
    PIDFD_OPEN = b.bind("pidfd_open", int.class, C_INT, i32(), i32());
    WAITPID = b.bind("waitpid", int.class, C_INT, i32(), ptr(), i32());
    KILL = b.bind("kill", int.class, C_INT, i32(), i32());
    CLOSE = b.bind("close", int.class, C_INT, i32());
    EPOLL_CREATE1 = b.bind("epoll_create1", int.class, C_INT, i32());
    EPOLL_CTL = b.bind("epoll_ctl", int.class, C_INT, i32(), i32(), i32(), ptr());
    EPOLL_WAIT = b.bind("epoll_wait", int.class, C_INT, i32(), ptr(), i32(), i32());
    INOTIFY_INIT1 = b.bind("inotify_init1", int.class, C_INT, i32());
    INOTIFY_ADD_WATCH = b.bind("inotify_add_watch", int.class, C_INT, i32(), ptr(), i32());
    INOTIFY_RM_WATCH = b.bind("inotify_rm_watch", int.class, C_INT, i32(), i32());
    READ = b.bind("read", long.class, C_LONG, i32(), ptr(), i64());
    POLL = b.bind("poll", int.class, C_INT, ptr(), i64(), i32());
    ERRNO_LOCATION = b.bind("__errno_location", MemoryAddress.class, C_POINTER);
    STRERROR = b.bind("strerror", MemoryAddress.class, C_POINTER, i32());
    if (C_LONG.byteSize() != 8) {
      throw new IllegalStateException("not a 64-bit ABI");
    }
  }

  private LibC() {}

  /** The calling thread's errno: read it right after the failed call. */
  static int errno() {
    try {
      MemoryAddress at = (MemoryAddress) ERRNO_LOCATION.invokeExact();
      return MemoryAccess.getInt(at.asSegment(4, ResourceScope.globalScope()));
    } catch (Throwable t) {
      throw new IllegalStateException("reading errno", t);
    }
  }

  /** "error N (text)" for an errno value, as the JDK words a failed exec. */
  static String describe(int errno) {
    try {
      MemoryAddress text = (MemoryAddress) STRERROR.invokeExact(errno);
      return "error=" + errno + ", " + CLinker.toJavaString(text);
    } catch (Throwable t) {
      return "error=" + errno;
    }
  }

  /** Turns a call's checked Throwable into an unchecked one; the calls themselves never throw. */
  static IllegalStateException failed(String call, Throwable t) {
    return new IllegalStateException(call + " failed", t);
  }

  private static Arg ptr() {
    return new Arg(MemoryAddress.class, C_POINTER);
  }

  private static Arg i64() {
    return new Arg(long.class, C_LONG);
  }

  private static Arg i32() {
    return new Arg(int.class, C_INT);
  }

  private record Arg(Class<?> type, MemoryLayout layout) {}

  private record Binder(CLinker linker, SymbolLookup libc) {
    MethodHandle bind(String name, Class<?> ret, MemoryLayout retLayout, Arg... args) {
      MemoryAddress symbol =
          libc.lookup(name)
              .orElseThrow(() -> new IllegalStateException("libc has no " + name + "()"));
      List<Class<?>> types = new ArrayList<>();
      MemoryLayout[] layouts = new MemoryLayout[args.length];
      for (int i = 0; i < args.length; i++) {
        types.add(args[i].type());
        layouts[i] = args[i].layout();
      }
      return linker.downcallHandle(
          symbol, MethodType.methodType(ret, types), FunctionDescriptor.of(retLayout, layouts));
    }
  }
}
