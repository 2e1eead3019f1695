package com.acme.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void parsesClosedRange() {
    ByteRange r = ByteRange.parse("bytes=0-499", 10_000);
    assertEquals(new ByteRange(0, 499), r);
    assertEquals("bytes 0-499/10000", r.contentRange(10_000));
  }

  @Test
  void openRangeRunsToEnd() {
    assertEquals(new ByteRange(9_500, 9_999), ByteRange.parse("bytes=9500-", 10_000));
  }

  @Test
  void lengthIncludesLastByte() {
    assertEquals(500, ByteRange.parse("bytes=0-499", 10_000).length());
    assertEquals(1, new ByteRange(7, 7).length());
  }

  @Test
  void containsLastByte() {
    ByteRange r = new ByteRange(100, 199);
    assertTrue(r.contains(100));
    assertTrue(r.contains(199));
    assertFalse(r.contains(200));
  }

  @Test
  void rejectsMalformedHeader() {
    assertThrows(IllegalArgumentException.class, () -> ByteRange.parse("items=0-5", 100));
  }
}
