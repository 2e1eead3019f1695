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
      String sizeText = new String(b, i, lineEnd - i, StandardCharsets.ISO_8859_1);
      int semicolon = sizeText.indexOf(';');
      if (semicolon >= 0) {
        sizeText = sizeText.substring(0, semicolon);
      }
      int size;
      try {
        size = Integer.parseInt(sizeText.trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + sizeText);
      }
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
}
