package io.heal.detect.metrics;

/** A Prometheus text exposition that breaks the format; the message names the line and the text. */
public final class PrometheusFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;

  public PrometheusFormatException(int line, String problem, String text) {
    super("line " + line + ": " + problem + ", found '" + text + "'");
    this.line = line;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
