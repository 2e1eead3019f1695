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
 * One HTTP/1.1 GET, decided as soon as the bytes allow: on the status line, or on the body when a
 * pattern must match it. Passes when the status is within [statusMin, statusMax] and the pattern
 * (if any) is found in the first {@code maxBodyChars} of the body. Redirects are judged by their
 * status, never followed. For a probe that opens a connection for each check the request says
 * {@code Connection: close} and the exchange ends with the verdict. For one that keeps its
 * connection ({@link KeptConnection}) it reads on to the end of the response (by its {@code
 * Content-Length} or chunks, up to {@link #MAX_KEPT_BODY_BYTES}), and the connection is {@link
 * #reusable()} if the server keeps it open and sent nothing more. Not thread-safe: driven by the
 * {@link ProbeSelector} thread.
 */
public final class HttpExchange extends Exchange {

  /** Headers larger than this fail the check. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** A longer body is not read to its end to keep the connection: the connection is closed. */
  static final int MAX_KEPT_BODY_BYTES = 64 * 1024;

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
  // what the status line and Connection header say of the connection after this response
  private boolean http11;
  private boolean connectionClose;
  private boolean connectionKeepAlive;
  private boolean reusable;

  /**
   * @param request the bytes of {@link #request(String, String, boolean)}, keep-alive when the
   *     probe keeps its connection
   */
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

  /**
   * The request bytes of a GET of {@code pathAndQuery} on {@code hostAndPort}; without {@code
   * keepAlive} it asks the server to close the connection after its answer.
   */
  public static byte[] request(String pathAndQuery, String hostAndPort, boolean keepAlive) {
    return ("GET "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: "
            + hostAndPort
            + "\r\nUser-Agent: heal-probe\r\nAccept: */*\r\n"
            + (keepAlive ? "" : "Connection: close\r\n")
            + "\r\n")
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

  @Override
  protected boolean reusable() {
    return reusable;
  }

  @Override
  protected boolean nothingRead() {
    return in.position() == 0;
  }

  /** Decides the check if the bytes so far allow it; returns whether the exchange is over. */
  private boolean judge(boolean eof) throws IOException {
    if (!decided() && !decide(eof)) {
      return false;
    }
    // a probe that keeps its connection reads on to the end of the response
    return kept == null || eof || responseRead();
  }

  /** Decides the check if the bytes so far allow it; returns whether it did. */
  private boolean decide(boolean eof) throws IOException {
    byte[] b = in.array();
    int end = in.position();
    if (status < 0) {
      int lineEnd = indexOf(b, 0, end, "\r\n");
      if (lineEnd < 0) {
        return closedBefore(eof, "a status line");
      }
      String statusLine = new String(b, 0, lineEnd, StandardCharsets.ISO_8859_1);
      status = parseStatus(statusLine);
      http11 = statusLine.startsWith("HTTP/1.1");
      if (status < statusMin || status > statusMax) {
        fail("HTTP " + status);
        return true;
      }
      if (bodyPattern.isEmpty()) {
        pass("HTTP " + status);
        return true;
      }
    }
    if (!headersRead(b, end)) {
      return closedBefore(eof, "the end of the headers");
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
      pass("HTTP " + status);
    } else {
      fail("body did not match /" + pattern.pattern() + "/");
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

  /**
   * Whether the exchange is over, the verdict given: the whole response is read and the connection
   * can carry the next check ({@link #reusable} is then set), or it cannot be kept (the server
   * closes it, the body ends with the connection, the body is too long to read through).
   */
  private boolean responseRead() throws IOException {
    byte[] b = in.array();
    int end = in.position();
    if (!headersRead(b, end)) {
      return end >= MAX_HEADER_BYTES;
    }
    boolean keptOpen = http11 ? !connectionClose : connectionKeepAlive && !connectionClose;
    if (!keptOpen || status < 200) {
      return true;
    }
    long bodyEnd;
    if (status == 204 || status == 304) {
      bodyEnd = bodyStart;
    } else if (chunked) {
      bodyEnd = Chunked.end(b, bodyStart, end);
      if (bodyEnd < 0) {
        return end - bodyStart > MAX_KEPT_BODY_BYTES;
      }
    } else if (contentLength >= 0 && contentLength <= MAX_KEPT_BODY_BYTES) {
      bodyEnd = bodyStart + contentLength;
      if (end < bodyEnd) {
        return false;
      }
    } else {
      // a body that ends with the connection, or one too long to read through
      return true;
    }
    // anything past the response was not asked for: the connection is not trusted again
    reusable = end == bodyEnd;
    return true;
  }

  /** Reads the headers once they are all in {@code b[0, end)}; returns whether they are. */
  private boolean headersRead(byte[] b, int end) {
    if (bodyStart < 0) {
      int headersEnd = indexOf(b, 0, end, "\r\n\r\n");
      if (headersEnd < 0) {
        return false;
      }
      readHeaders(new String(b, 0, headersEnd, StandardCharsets.ISO_8859_1));
      bodyStart = headersEnd + 4;
    }
    return true;
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
      } else if (name.equals("connection")) {
        String tokens = value.toLowerCase(Locale.ROOT);
        connectionClose |= tokens.contains("close");
        connectionKeepAlive |= tokens.contains("keep-alive");
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
