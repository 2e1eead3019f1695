package org.example.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Properties;

/** Typed read access to a properties-style configuration. */
public class Settings {

  private final Properties values = new Properties();

  public static Settings parse(String text) {
    Settings s = new Settings();
    try (Reader r = new StringReader(text)) {
      s.values.load(r);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read settings", e);
    }
    return s;
  }

  /** The trimmed string value, or {@code defaultValue} when the key is absent. */
  public String getString(String key, String defaultValue) {
    String raw = values.getProperty(key);
    return raw == null ? defaultValue : raw.trim();
  }

  /** The integer value, or {@code defaultValue} when the key is absent. */
  public int getInt(String key, int defaultValue) {
    String raw = values.getProperty(key);
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " is not an integer: '" + raw + "'", e);
    }
  }

  /** The boolean value ("true"/"false", any case), or {@code defaultValue} when absent. */
  public boolean getBoolean(String key, boolean defaultValue) {
    String raw = values.getProperty(key);
    if (raw == null) {
      return defaultValue;
    }
    return Boolean.parseBoolean(raw.trim());
  }
}
