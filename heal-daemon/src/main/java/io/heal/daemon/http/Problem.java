package io.heal.daemon.http;

/** An RFC 9457 problem body. */
public record Problem(String type, String title, int status, String detail) {

  static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail);
  }
}
