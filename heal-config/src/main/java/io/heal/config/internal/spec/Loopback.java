package io.heal.config.internal.spec;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells whether a host, as written, is a loopback address, without asking DNS. */
final class Loopback {

  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");
  private static final Pattern IPV6_LOOPBACK = Pattern.compile("(0{0,4}:){2,7}0{0,3}1");

  private Loopback() {}

  /** {@code localhost}, {@code 127.x.y.z}, {@code ::1} (also in brackets or written out). */
  static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || IPV4_LOOPBACK.matcher(h).matches()
        || (h.contains("::") || h.chars().filter(c -> c == ':').count() == 7)
            && IPV6_LOOPBACK.matcher(h).matches();
  }
}
