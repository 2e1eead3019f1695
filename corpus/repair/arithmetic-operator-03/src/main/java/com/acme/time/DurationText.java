package com.acme.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats and parses compact durations like {@code "1h 02m 03s"}. */
public final class DurationText {

  private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

  private DurationText() {}

  public static String format(long totalSeconds) {
    if (totalSeconds < 0) {
      throw new IllegalArgumentException("totalSeconds must be >= 0: " + totalSeconds);
    }
    long hours = totalSeconds / 3600;
    long minutes = (totalSeconds / 3600) / 60;
    long seconds = totalSeconds % 60;
    if (hours > 0) {
      return String.format("%dh %02dm %02ds", hours, minutes, seconds);
    }
    if (minutes > 0) {
      return String.format("%dm %02ds", minutes, seconds);
    }
    return seconds + "s";
  }

  public static long parse(String text) {
    Matcher m = PART.matcher(text);
    long total = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "h" -> total += n * 3600;
        case "m" -> total += n * 60;
        default -> total += n;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("not a duration: '" + text + "'");
    }
    return total;
  }
}
