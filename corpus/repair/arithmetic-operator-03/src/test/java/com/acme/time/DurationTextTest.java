package com.acme.time;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DurationTextTest {

  @Test
  public void formatsSecondsOnly() {
    assertEquals("45s", DurationText.format(45));
    assertEquals("0s", DurationText.format(0));
  }

  @Test
  public void formatsMinutesAndSeconds() {
    assertEquals("2m 05s", DurationText.format(125));
  }

  @Test
  public void formatsHours() {
    assertEquals("1h 02m 03s", DurationText.format(3723));
  }

  @Test
  public void parsesCompactText() {
    assertEquals(3723, DurationText.parse("1h 02m 03s"));
    assertEquals(90, DurationText.parse("90s"));
  }

  @Test(expected = IllegalArgumentException.class)
  public void rejectsNegative() {
    DurationText.format(-1);
  }
}
