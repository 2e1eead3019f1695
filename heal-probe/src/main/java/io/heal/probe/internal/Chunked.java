package io.heal.probe.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Decodes an HTTP/1.1 chunked body (RFC 9112, section 7.1); trailers are skipped. */
final class Chunked {

  private Chunked() {}

  /**
   * The decoded body of {@code b[from, end)}, or null when more bytes are needed. With {@code
   * enough}, whatever complete chunks are there make the body (the connection closed, or the body
   * is long enough to judge on its start).
   */
  static byte[] decode(byte[] b, int from, int end, boolean enough) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = from;
    while (true) {
      int lineEnd = HttpExchange.indexOf(b, i, end, "\r\n");
      if (lineEnd < 0) {
        return enough ? out.toByteArray() : null;
      }
      int size = size(new String(b, i, lineEnd - i, StandardCharsets.ISO_8859_1));
      if (size == 0) {
        return out.toByteArray();
      }
      int dataStart = lineEnd + 2;
      if (dataStart + size > end) {
        if (enough) {
          out.write(b, dataStart, Math.max(0, end - dataStart));
          return out.toByteArray();
        }
        return null;
      }
      out.write(b, dataStart, size);
      i = dataStart + size + 2;
    }
  }

  /**
   * Where the chunked body that starts at {@code from} ends (just past its last chunk and
   * trailers), or -1 when it does not end within {@code b[from, end)}.
   */
  static int end(byte[] b, int from, int end) throws IOException {
    int i = from;
    while (true) {
      int lineEnd = HttpExchange.indexOf(b, i, end, "\r\n");
      if (lineEnd < 0) {
        return -1;
      }
      int size = size(new String(b, i, lineEnd - i, StandardCharsets.ISO_8859_1));
      if (size == 0) {
        // trailer lines, if any, then an empty line
        for (int line = lineEnd + 2; ; ) {
          int next = HttpExchange.indexOf(b, line, end, "\r\n");
          if (next < 0) {
            return -1;
          }
          if (next == line) {
            return next + 2;
          }
          line = next + 2;
        }
      }
      i = lineEnd + 2 + size + 2;
      if (i > end) {
        return -1;
      }
    }
  }

  private static int size(String line) throws IOException {
    int semicolon = line.indexOf(';');
    String text = semicolon >= 0 ? line.substring(0, semicolon) : line;
    try {
      int size = Integer.parseInt(text.trim(), 16);
      if (size >= 0) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException("bad chunk size: " + text);
  }
}
