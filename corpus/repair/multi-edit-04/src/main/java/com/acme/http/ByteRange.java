package com.acme.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A single HTTP byte range, {@code bytes=first-last}, where {@code last} is inclusive (RFC 9110). */
public record ByteRange(long first, long last) {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
    }
  }

  /** Parses a Range header for a resource of {@code resourceLength} bytes; open ranges run to the end. */
  public static ByteRange parse(String header, long resourceLength) {
    Matcher m = RANGE.matcher(header.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("unsupported Range header: '" + header + "'");
    }
    long first = Long.parseLong(m.group(1));
    long last = m.group(2).isEmpty() ? resourceLength - 1 : Long.parseLong(m.group(2));
    return new ByteRange(first, Math.min(last, resourceLength - 1));
  }

  /** Number of bytes in the range. */
  public long length() {
    return last - first;
  }

  public boolean contains(long offset) {
    return offset >= first && offset < last;
  }

  /** Value for the Content-Range response header. */
  public String contentRange(long resourceLength) {
    return "bytes " + first + "-" + last + "/" + resourceLength;
  }
}
