package io.heal.probe.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 GET on its own connection ({@code Connection: close}), read only as far as the
 * verdict needs: the status line, and the body only when a pattern must match it. Passes when the
 * status is within [statusMin, statusMax] and the pattern (if any) is found in the first {@code
 * maxBodyChars} of the body. Redirects are judged by their status, never followed. Not thread-safe:
 * driven by the {@link ProbeSelector} thread.
 */
public final class HttpExchange extends Exchange {

  /** Headers larger than this fail the check. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  // a status line and the usual headers; grown for a body that a pattern must match
  private static final int INITIAL_BUFFER_BYTES = 512;

  private final ByteBuffer request;
  private final int statusMin;
  private final int statusMax;
  private final Optional<Pattern> bodyPattern;
  private final int maxBodyChars;
  private ByteBuffer in = ByteBuffer.allocate(INITIAL_BUFFER_BYTES);
  private int status = -1;
  private int bodyStart = -1;
  private long contentLength = -1;
  private boolean chunked;
  private Charset charset = StandardCharsets.UTF_8;

  public HttpExchange(
      SocketChannel channel,
      CheckRun run,
      long deadlineNanos,
      byte[] request,
      int statusMin,
      int statusMax,
      Optional<Pattern> bodyPattern,
      int maxBodyChars) {
    super(channel, run, deadlineNanos);
    this.request = ByteBuffer.wrap(request);
    this.statusMin = statusMin;
    this.statusMax = statusMax;
    this.bodyPattern = bodyPattern;
    this.maxBodyChars = maxBodyChars;
  }

  /** The request bytes of a GET of {@code pathAndQuery} on {@code hostAndPort}. */
  public static byte[] request(String pathAndQuery, String hostAndPort) {
    return ("GET "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: "
            + hostAndPort
            + "\r\nUser-Agent: heal-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  protected int connected() throws IOException {
    return writable();
  }

  @Override
  protected int writable() throws IOException {
    channel.write(request);
    return request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ;
  }

  @Override
  protected int readable() throws IOException {
    if (!in.hasRemaining()) {
      grow();
    }
    boolean eof = channel.read(in) < 0;
    return judge(eof) ? 0 : SelectionKey.OP_READ;
  }

  /** Decides the check if the bytes so far allow it; returns whether it did. */
  private boolean judge(boolean eof) throws IOException {
    byte[] b = in.array();
    int end = in.position();
    if (status < 0) {
      int lineEnd = indexOf(b, 0, end, "\r\n");
      if (lineEnd < 0) {
        return closedBefore(eof, "a status line");
      }
      status = parseStatus(new String(b, 0, lineEnd, StandardCharsets.ISO_8859_1));
      if (status < statusMin || status > statusMax) {
        run.fail("HTTP " + status);
        return true;
      }
      if (bodyPattern.isEmpty()) {
        run.pass("HTTP " + status);
        return true;
      }
    }
    if (bodyStart < 0) {
      int headersEnd = indexOf(b, 0, end, "\r\n\r\n");
      if (headersEnd < 0) {
        return closedBefore(eof, "the end of the headers");
      }
      readHeaders(new String(b, 0, headersEnd, StandardCharsets.ISO_8859_1));
      bodyStart = headersEnd + 4;
    }
    byte[] body = body(b, bodyStart, end, eof);
    if (body == null) {
      return false;
    }
    String text = new String(body, charset);
    if (text.length() > maxBodyChars) {
      text = text.substring(0, maxBodyChars);
    }
    Pattern pattern = bodyPattern.get();
    if (pattern.matcher(text).find()) {
      run.pass("HTTP " + status);
    } else {
      run.fail("body did not match /" + pattern.pattern() + "/");
    }
    return true;
  }

  /** The body once complete (or once enough is read to judge it), else null. */
  private byte[] body(byte[] b, int from, int end, boolean eof) throws IOException {
    // a body past the limit is judged on its start, like a complete one
    long enough = (long) maxBodyChars * 4;
    if (chunked) {
      return Chunked.decode(b, from, end, eof || end - from >= enough + MAX_HEADER_BYTES);
    }
    long have = end - from;
    if (eof || (contentLength >= 0 && have >= contentLength) || have >= enough) {
      int length = (int) (contentLength >= 0 ? Math.min(have, contentLength) : have);
      return java.util.Arrays.copyOfRange(b, from, from + length);
    }
    return null;
  }

  private void readHeaders(String headers) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        try {
          contentLength = Long.parseLong(value);
        } catch (NumberFormatException e) {
          contentLength = -1;
        }
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (name.equals("content-type")) {
        charset = charsetOf(value);
      }
    }
  }

  private static Charset charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").trim());
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static int parseStatus(String line) throws IOException {
    // HTTP/1.1 200 OK
    if (line.startsWith("HTTP/") && line.length() >= 12 && line.charAt(8) == ' ') {
      try {
        return Integer.parseInt(line.substring(9, 12));
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new IOException("not an HTTP status line: " + line);
  }

  private boolean closedBefore(boolean eof, String what) throws IOException {
    if (eof) {
      throw new IOException("connection closed before " + what);
    }
    if (in.position() >= MAX_HEADER_BYTES) {
      throw new IOException("no " + what + " in the first " + MAX_HEADER_BYTES + " bytes");
    }
    return false;
  }

  private void grow() {
    ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
    in.flip();
    bigger.put(in);
    in = bigger;
  }

  static int indexOf(byte[] b, int from, int end, String ascii) {
    outer:
    for (int i = from; i <= end - ascii.length(); i++) {
      for (int j = 0; j < ascii.length(); j++) {
        if (b[i + j] != ascii.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
