package io.heal.report.internal;

/** Escaping of text for HTML and SVG, where log lines and messages may hold markup. */
public final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} and replaces control characters other than tab, newline and carriage
   * return (which HTML cannot carry, such as terminal colour codes) with U+FFFD.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
