package org.example.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class SettingsTest {

  private final Settings settings = Settings.parse("port = 8080\nname = demo \ndebug=TRUE\nretries=three\n");

  @Test
  public void readsTrimmedIntegers() {
    assertEquals(8080, settings.getInt("port", 1));
  }

  @Test
  public void missingKeyYieldsDefault() {
    assertEquals(30, settings.getInt("timeout", 30));
  }

  @Test
  public void readsStringsAndBooleans() {
    assertEquals("demo", settings.getString("name", "x"));
    assertEquals("x", settings.getString("absent", "x"));
    assertTrue(settings.getBoolean("debug", false));
  }

  @Test
  public void malformedIntegerNamesTheKey() {
    try {
      settings.getInt("retries", 3);
      fail("expected IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("retries"));
    }
  }
}
