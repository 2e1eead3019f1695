package io.heal.store.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON object into a record through its canonical constructor, each component by its
 * generic type: {@code Optional<T>}, {@code List<T>}, {@code Map<String, T>} and nested records
 * included. Unknown fields are skipped (a file written by a newer Heal still loads); a missing
 * {@code Optional} is empty, a missing primitive zero, anything else missing is null.
 */
final class RecordReader extends ValueReader {

  private final Constructor<?> constructor;
  private final Type[] types;
  private final Class<?>[] raw;
  private final Map<String, Integer> index = new HashMap<>();

  RecordReader(Class<?> type) {
    super(type);
    RecordComponent[] components = type.getRecordComponents();
    types = new Type[components.length];
    raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getGenericType();
      raw[i] = components[i].getType();
      index.put(components[i].getName(), i);
    }
    try {
      constructor = type.getDeclaredConstructor(raw);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      throw new IllegalArgumentException(type.getName() + ": no usable canonical constructor", e);
    }
  }

  @Override
  public Object read(JSONReader ctxt, JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, _valueType, "an object");
    }
    Object[] args = new Object[types.length];
    boolean[] seen = new boolean[types.length];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Integer i = index.get(p.currentName());
      p.nextToken();
      if (i == null) {
        p.skipChildren();
        continue;
      }
      args[i] = value(ctxt, p, types[i]);
      seen[i] = true;
    }
    for (int i = 0; i < args.length; i++) {
      if (!seen[i] || args[i] == null) {
        args[i] = absent(raw[i]);
      }
    }
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new JsonParseException(
          p, _valueType.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new JsonParseException(p, _valueType.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static Object value(JSONReader ctxt, JsonParser p, Type type) throws IOException {
    Class<?> raw = rawClass(type);
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return absent(raw);
    }
    if (raw == Optional.class) {
      return Optional.ofNullable(value(ctxt, p, argument(type, 0)));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw mismatch(p, raw, "an array");
      }
      List<Object> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(ctxt, p, argument(type, 0)));
      }
      return items;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw mismatch(p, raw, "an object");
      }
      Map<String, Object> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        entries.put(key, value(ctxt, p, argument(type, 1)));
      }
      return entries;
    }
    return ctxt.readBean(raw);
  }

  /** What a missing or null component becomes: empty, null, or a primitive's zero. */
  private static Object absent(Class<?> raw) {
    if (raw == Optional.class) {
      return Optional.empty();
    }
    // a one-element array of the type holds its default value
    return raw.isPrimitive() ? Array.get(Array.newInstance(raw, 1), 0) : null;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      Type arg = p.getActualTypeArguments()[i];
      return arg instanceof Class<?> || arg instanceof ParameterizedType ? arg : Object.class;
    }
    return Object.class;
  }

  static JsonParseException mismatch(JsonParser p, Class<?> type, String expected) {
    return new JsonParseException(
        p,
        type.getSimpleName()
            + ": expected "
            + expected
            + ", found "
            + p.currentToken()
            + " at "
            + p.currentLocation().offsetDescription());
  }
}
