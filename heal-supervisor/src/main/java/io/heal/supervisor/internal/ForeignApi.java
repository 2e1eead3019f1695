package io.heal.supervisor.internal;

/**
 * Whether this JVM can bind glibc: Java 17's foreign-function API is an incubator module, present
 * only when the JVM was started with {@link NativeProcesses#JVM_FLAGS}. A class of its own, so that
 * asking loads nothing else.
 */
final class ForeignApi {

  private ForeignApi() {}

  static boolean enabled() {
    return ModuleLayer.boot().findModule("jdk.incubator.foreign").isPresent();
  }
}
