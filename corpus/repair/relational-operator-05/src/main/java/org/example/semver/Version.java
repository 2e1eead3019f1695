package org.example.semver;

/** A semantic version MAJOR.MINOR.PATCH (no pre-release tags). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("negative component in " + major + "." + minor + "." + patch);
    }
  }

  public static Version parse(String text) {
    String[] parts = text.trim().split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("expected MAJOR.MINOR.PATCH but got '" + text + "'");
    }
    return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  @Override
  public int compareTo(Version other) {
    if (major == other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  /** Same major version and not older than {@code required}. */
  public boolean satisfies(Version required) {
    return major == required.major && compareTo(required) >= 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
