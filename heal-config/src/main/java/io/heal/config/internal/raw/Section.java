package io.heal.config.internal.raw;

import io.heal.config.ByteSizes;
import io.heal.config.Durations;
import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.Found;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One map of the YAML tree (plain Java values: maps, lists, text, numbers, booleans and null) and
 * where it sits in the file. Each getter reads one key, reports a value of the wrong type at {@code
 * path.key} and returns it empty; an absent or null key is empty without error. A list or map keeps
 * the items that could be read (the others are reported), so that one bad service does not hide the
 * errors of the next.
 */
final class Section {

  private final Map<?, ?> node;
  private final String path;
  private final ErrorCollector errors;

  private Section(Map<?, ?> node, String path, ErrorCollector errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /** The section at {@code path}, or empty (with an error) when {@code node} is not a map. */
  static Optional<Section> of(Object node, String path, ErrorCollector errors) {
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof Map<?, ?> map)) {
      errors.add(path, "must be a map of keys to values", Found.node(node));
      return Optional.empty();
    }
    return Optional.of(new Section(map, path, errors));
  }

  String path() {
    return path;
  }

  /**
   * This section with its name added to its path, such as {@code services[1] (api)}, when {@code
   * key} holds text; so that errors below it say which entry they are about.
   */
  Section labelledBy(String key) {
    if (!(node.get(key) instanceof String label) || label.isBlank()) {
      return this;
    }
    return new Section(node, path + " (" + label + ")", errors);
  }

  /** The path of {@code key} in this section. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Reports every key that is not one of {@code known}, in the order written. */
  void rejectUnknownKeys(List<String> known) {
    for (Object key : node.keySet()) {
      String name = String.valueOf(key);
      if (!known.contains(name)) {
        errors.add(path(name), "unknown key (known: " + String.join(", ", known) + ")");
      }
    }
  }

  boolean has(String key) {
    return node.get(key) != null;
  }

  Optional<Object> node(String key) {
    return Optional.ofNullable(node.get(key));
  }

  Optional<Section> section(String key) {
    return node(key).flatMap(value -> of(value, path(key), errors));
  }

  Optional<String> string(String key) {
    return node(key).flatMap(value -> scalarText(value, path(key), "must be text"));
  }

  Optional<Boolean> bool(String key) {
    return node(key)
        .flatMap(
            value ->
                value instanceof Boolean b
                    ? Optional.of(b)
                    : wrong(key, value, "must be true or false"));
  }

  Optional<Integer> integer(String key) {
    return node(key).flatMap(value -> integer(value, path(key)));
  }

  Optional<Double> number(String key) {
    return node(key)
        .flatMap(
            value ->
                value instanceof Number n
                    ? Optional.of(n.doubleValue())
                    : wrong(key, value, "must be a number"));
  }

  Optional<Duration> duration(String key) {
    return node(key).flatMap(value -> parsed(key, value, Durations::parse, Durations.SYNTAX));
  }

  Optional<Long> size(String key) {
    return node(key).flatMap(value -> parsed(key, value, ByteSizes::parse, ByteSizes.SYNTAX));
  }

  /** An argument list: a list of scalars, never one string for a shell to split. */
  Optional<List<String>> argv(String key) {
    Optional<Object> value = node(key);
    if (value.isPresent() && value.get() instanceof String) {
      return wrong(key, value.get(), "must be a list of arguments (no shell)");
    }
    return texts(key);
  }

  /** A list of scalars as text. */
  Optional<List<String>> texts(String key) {
    return list(key, (item, itemPath) -> scalarText(item, itemPath, "must be text"));
  }

  Optional<List<Integer>> integers(String key) {
    return list(key, this::integer);
  }

  /** A list of maps. */
  Optional<List<Section>> sections(String key) {
    return list(key, (item, itemPath) -> of(item, itemPath, errors));
  }

  /** A map of names to scalars, in the order written. */
  Optional<Map<String, String>> textMap(String key) {
    return map(key, (item, itemPath) -> scalarText(item, itemPath, "must be text"));
  }

  /** A map of names to sections, in the order written. */
  Optional<Map<String, Section>> sectionMap(String key) {
    return map(key, (item, itemPath) -> of(item, itemPath, errors));
  }

  private <T> Optional<List<T>> list(String key, BiFunction<Object, String, Optional<T>> item) {
    Optional<Object> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof List<?> list)) {
      return wrong(key, value.get(), "must be a list");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      item.apply(list.get(i), path(key) + "[" + i + "]").ifPresent(items::add);
    }
    return Optional.of(items);
  }

  private <T> Optional<Map<String, T>> map(
      String key, BiFunction<Object, String, Optional<T>> item) {
    Optional<Object> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof Map<?, ?> map)) {
      return wrong(key, value.get(), "must be a map of keys to values");
    }
    Map<String, T> items = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      item.apply(entry.getValue(), path(key) + "." + name).ifPresent(v -> items.put(name, v));
    }
    return Optional.of(items);
  }

  private <T> Optional<T> parsed(
      String key, Object value, Function<String, T> parser, String syntax) {
    if (value instanceof String || Found.isWholeNumber(value)) {
      try {
        return Optional.of(parser.apply(String.valueOf(value)));
      } catch (IllegalArgumentException e) {
        // fall through to the uniform message below
      }
    }
    return wrong(key, value, "must be " + syntax);
  }

  private Optional<Integer> integer(Object value, String at) {
    if (Found.isWholeNumber(value)) {
      try {
        return Optional.of(new BigInteger(value.toString()).intValueExact());
      } catch (ArithmeticException tooLarge) {
        // reported below
      }
    }
    errors.add(at, "must be a whole number", Found.node(value));
    return Optional.empty();
  }

  private Optional<String> scalarText(Object value, String at, String message) {
    if (value != null && !(value instanceof Map) && !(value instanceof List)) {
      return Optional.of(value.toString());
    }
    errors.add(at, message, Found.node(value));
    return Optional.empty();
  }

  private <T> Optional<T> wrong(String key, Object value, String message) {
    errors.add(path(key), message, Found.node(value));
    return Optional.empty();
  }
}
