package io.heal.config.internal.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.heal.config.ByteSizes;
import io.heal.config.Durations;
import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.Found;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One map of the YAML tree and where it sits in the file. Each getter reads one key, reports a
 * value of the wrong type at {@code path.key} and returns it empty; an absent or null key is empty
 * without error. A list or map keeps the items that could be read (the others are reported), so
 * that one bad service does not hide the errors of the next.
 */
final class Section {

  private final JsonNode node;
  private final String path;
  private final ErrorCollector errors;

  private Section(JsonNode node, String path, ErrorCollector errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /** The section at {@code path}, or empty (with an error) when {@code node} is not a map. */
  static Optional<Section> of(JsonNode node, String path, ErrorCollector errors) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      errors.add(path, "must be a map of keys to values", Found.node(node));
      return Optional.empty();
    }
    return Optional.of(new Section(node, path, errors));
  }

  String path() {
    return path;
  }

  /**
   * This section with its name added to its path, such as {@code services[1] (api)}, when {@code
   * key} holds text; so that errors below it say which entry they are about.
   */
  Section labelledBy(String key) {
    JsonNode label = node.get(key);
    if (label == null || !label.isTextual() || label.textValue().isBlank()) {
      return this;
    }
    return new Section(node, path + " (" + label.textValue() + ")", errors);
  }

  /** The path of {@code key} in this section. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Reports every key that is not one of {@code known}, in the order written. */
  void rejectUnknownKeys(List<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add(path(name), "unknown key (known: " + String.join(", ", known) + ")");
      }
    }
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  Optional<JsonNode> node(String key) {
    return has(key) ? Optional.of(node.get(key)) : Optional.empty();
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
                value.isBoolean()
                    ? Optional.of(value.booleanValue())
                    : wrong(key, value, "must be true or false"));
  }

  Optional<Integer> integer(String key) {
    return node(key).flatMap(value -> integer(value, path(key)));
  }

  Optional<Double> number(String key) {
    return node(key)
        .flatMap(
            value ->
                value.isNumber()
                    ? Optional.of(value.doubleValue())
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
    Optional<JsonNode> value = node(key);
    if (value.isPresent() && value.get().isTextual()) {
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

  private <T> Optional<List<T>> list(String key, BiFunction<JsonNode, String, Optional<T>> item) {
    Optional<JsonNode> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isArray()) {
      return wrong(key, value.get(), "must be a list");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.get().size(); i++) {
      item.apply(value.get().get(i), path(key) + "[" + i + "]").ifPresent(items::add);
    }
    return Optional.of(items);
  }

  private <T> Optional<Map<String, T>> map(
      String key, BiFunction<JsonNode, String, Optional<T>> item) {
    Optional<JsonNode> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isObject()) {
      return wrong(key, value.get(), "must be a map of keys to values");
    }
    Map<String, T> items = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      item.apply(entry.getValue(), path(key) + "." + entry.getKey())
          .ifPresent(v -> items.put(entry.getKey(), v));
    }
    return Optional.of(items);
  }

  private <T> Optional<T> parsed(
      String key, JsonNode value, Function<String, T> parser, String syntax) {
    if (value.isTextual() || value.isIntegralNumber()) {
      try {
        return Optional.of(parser.apply(value.asText()));
      } catch (IllegalArgumentException e) {
        // fall through to the uniform message below
      }
    }
    return wrong(key, value, "must be " + syntax);
  }

  private Optional<Integer> integer(JsonNode value, String at) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return Optional.of(value.intValue());
    }
    errors.add(at, "must be a whole number", Found.node(value));
    return Optional.empty();
  }

  private Optional<String> scalarText(JsonNode value, String at, String message) {
    if (value.isValueNode() && !value.isNull()) {
      return Optional.of(value.asText());
    }
    errors.add(at, message, Found.node(value));
    return Optional.empty();
  }

  private <T> Optional<T> wrong(String key, JsonNode value, String message) {
    errors.add(path(key), message, Found.node(value));
    return Optional.empty();
  }
}
