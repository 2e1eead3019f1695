package io.heal.supervisor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.incubator.foreign.CLinker;
import jdk.incubator.foreign.MemoryAccess;
import jdk.incubator.foreign.MemoryAddress;
import jdk.incubator.foreign.MemorySegment;
import jdk.incubator.foreign.ResourceScope;

/**
 * Starts a child with glibc's {@code posix_spawn}: in a session and process group of its own, stdin
 * from /dev/null, stdout and stderr appended to the log file, every other descriptor closed, signal
 * mask and dispositions reset. The JDK's process API would start one reaper thread per child; a
 * child started here is waited for by {@link PidfdReaper} instead.
 */
final class PosixSpawn {

  private PosixSpawn() {}

  /**
   * Starts {@code program} (an absolute path) with {@code argv} in {@code dir}, with exactly {@code
   * env} as its environment, and returns its pid.
   *
   * @throws IOException when the program cannot be run, worded like the JDK's own message
   */
  static int spawn(String program, List<String> argv, Path dir, Map<String, String> env, Path log)
      throws IOException {
    try (ResourceScope scope = ResourceScope.newConfinedScope()) {
      MemorySegment actions = MemorySegment.allocateNative(LibC.FILE_ACTIONS_BYTES, 16, scope);
      MemorySegment attr = MemorySegment.allocateNative(LibC.SPAWN_ATTR_BYTES, 16, scope);
      check((int) LibC.FILE_ACTIONS_INIT.invokeExact(actions.address()), "file actions");
      check((int) LibC.ATTR_INIT.invokeExact(attr.address()), "attributes");
      try {
        MemoryAddress fa = actions.address();
        check(
            (int) LibC.ADD_OPEN.invokeExact(fa, 0, cString("/dev/null", scope), LibC.O_RDONLY, 0),
            "stdin");
        check(
            (int)
                LibC.ADD_OPEN.invokeExact(
                    fa,
                    1,
                    cString(log.toAbsolutePath().toString(), scope),
                    LibC.O_WRONLY_CREAT_APPEND,
                    0644),
            "stdout");
        check((int) LibC.ADD_DUP2.invokeExact(fa, 1, 2), "stderr");
        check((int) LibC.ADD_CHDIR.invokeExact(fa, cString(dir.toString(), scope)), "chdir");
        check((int) LibC.ADD_CLOSEFROM.invokeExact(fa, 3), "closefrom");
        MemoryAddress at = attr.address();
        MemorySegment none = MemorySegment.allocateNative(LibC.SIGSET_BYTES, 8, scope);
        MemorySegment all = MemorySegment.allocateNative(LibC.SIGSET_BYTES, 8, scope);
        check((int) LibC.SIGEMPTYSET.invokeExact(none.address()), "sigemptyset");
        check((int) LibC.SIGFILLSET.invokeExact(all.address()), "sigfillset");
        check((int) LibC.ATTR_SETSIGMASK.invokeExact(at, none.address()), "signal mask");
        check((int) LibC.ATTR_SETSIGDEFAULT.invokeExact(at, all.address()), "signal defaults");
        short flags =
            (short)
                (LibC.POSIX_SPAWN_SETSID
                    | LibC.POSIX_SPAWN_SETSIGMASK
                    | LibC.POSIX_SPAWN_SETSIGDEF);
        check((int) LibC.ATTR_SETFLAGS.invokeExact(at, flags), "flags");
        MemorySegment pid = MemorySegment.allocateNative(4, 4, scope);
        int rc =
            (int)
                LibC.POSIX_SPAWN.invokeExact(
                    pid.address(),
                    cString(program, scope),
                    fa,
                    at,
                    strings(argv, scope),
                    strings(
                        env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
                        scope));
        if (rc != 0) {
          throw new IOException(
              "Cannot run program \""
                  + argv.get(0)
                  + "\" (in directory \""
                  + dir
                  + "\"): "
                  + LibC.describe(rc));
        }
        return MemoryAccess.getInt(pid);
      } finally {
        int ignored = (int) LibC.FILE_ACTIONS_DESTROY.invokeExact(actions.address());
        ignored = (int) LibC.ATTR_DESTROY.invokeExact(attr.address());
      }
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("posix_spawn", t);
    }
  }

  private static void check(int rc, String step) throws IOException {
    if (rc != 0) {
      throw new IOException("posix_spawn " + step + ": " + LibC.describe(rc));
    }
  }

  private static MemoryAddress cString(String s, ResourceScope scope) {
    return CLinker.toCString(s, scope).address();
  }

  /** A NULL-terminated array of C strings. */
  private static MemoryAddress strings(List<String> items, ResourceScope scope) {
    MemorySegment array = MemorySegment.allocateNative(8L * (items.size() + 1), 8, scope);
    for (int i = 0; i < items.size(); i++) {
      MemoryAccess.setAddressAtIndex(array, i, cString(items.get(i), scope));
    }
    MemoryAccess.setAddressAtIndex(array, items.size(), MemoryAddress.NULL);
    return array.address();
  }
}
