package com.acme.plugins;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;

/**
 * Orders dotted numeric plugin versions such as {@code "1.10.2"}; missing trailing components
 * count as 0, so {@code "1.2"} equals {@code "1.2.0"}.
 */
public final class VersionComparator implements Comparator<String> {

  public static final VersionComparator INSTANCE = new VersionComparator();

  @Override
  public int compare(String a, String b) {
    return Integer.compare(numeric(a), numeric(b));
  }

  private static int numeric(String version) {
    return Integer.parseInt(version.trim().replace(".", ""));
  }

  /** The newest of {@code versions}. */
  public static String newest(Collection<String> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no versions given");
    }
    return Collections.max(versions, INSTANCE);
  }
}
