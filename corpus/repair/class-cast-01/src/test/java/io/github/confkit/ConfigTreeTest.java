package io.github.confkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTreeTest {

  private final ConfigTree tree = new ConfigTree(Map.of(
      "server", Map.of("host", "localhost", "port", 8080, "tls", true),
      "limits", Map.of("maxBytes", 5_000_000_000L)));

  @Test
  void readsNestedString() {
    assertEquals("localhost", tree.getString("server.host", "?"));
  }

  @Test
  void readsLargeNumbers() {
    assertEquals(5_000_000_000L, tree.getLong("limits.maxBytes", 0));
  }

  @Test
  void readsSmallNumbersStoredAsInteger() {
    assertEquals(8080L, tree.getLong("server.port", 0));
  }

  @Test
  void missingPathUsesDefault() {
    assertEquals(30L, tree.getLong("server.timeout", 30));
    assertEquals("x", tree.getString("nope.deeper", "x"));
  }

  @Test
  void readsBoolean() {
    assertTrue(tree.getBoolean("server.tls", false));
  }
}
