package io.heal.core.spec;

/**
 * Capture of a child's stdout and stderr into {@code <dataDir>/logs/<service>.log}, rotated when it
 * passes {@code maxBytes}, keeping {@code keep} old files.
 */
public record LogSpec(long maxBytes, int keep) {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_KEEP = 3;

  public static LogSpec defaults() {
    return new LogSpec(DEFAULT_MAX_BYTES, DEFAULT_KEEP);
  }
}
