package io.github.confkit;

import java.util.Map;

/** Read access by dotted path ({@code "server.http.port"}) to a nested map, as produced by a JSON parser. */
public final class ConfigTree {

  private final Map<String, Object> root;

  public ConfigTree(Map<String, Object> root) {
    this.root = root;
  }

  /** The raw value at {@code path}, or null if any segment is missing. */
  public Object get(String path) {
    Object node = root;
    for (String segment : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(segment);
    }
    return node;
  }

  public String getString(String path, String defaultValue) {
    Object v = get(path);
    return v == null ? defaultValue : v.toString();
  }

  public long getLong(String path, long defaultValue) {
    Object v = get(path);
    if (v == null) {
      return defaultValue;
    }
    return (Long) v;
  }

  public boolean getBoolean(String path, boolean defaultValue) {
    Object v = get(path);
    if (v == null) {
      return defaultValue;
    }
    return v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
  }
}
