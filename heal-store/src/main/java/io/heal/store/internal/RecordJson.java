package io.heal.store.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterModifier;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.BeanPropertyIntrospector;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import com.fasterxml.jackson.jr.ob.impl.POJODefinition;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Teaches jackson-jr Heal's conventions for records: properties in the order the record declares
 * them, {@code Optional} as its value or {@code null}, {@code Instant} and {@code Duration} as
 * ISO-8601 text, map entries sorted by key. Reading a record goes through {@link RecordReader},
 * which knows the generic type of each component (jackson-jr alone sees only raw classes, so it
 * cannot tell an {@code Optional<Duration>} from an {@code Optional<String>}).
 */
public final class RecordJson extends JacksonJrExtension {

  /** The one instance; stateless. */
  public static final RecordJson INSTANCE = new RecordJson();

  private RecordJson() {}

  @Override
  protected void register(ExtensionContext ctxt) {
    ctxt.insertProvider(new Provider());
    ctxt.insertModifier(new Modifier());
  }

  private static final class Provider extends ReaderWriterProvider {

    @Override
    public ValueReader findValueReader(JSONReader ctxt, Class<?> type) {
      if (type == Instant.class) {
        return new TextReader(type, Instant::parse);
      }
      if (type == Duration.class) {
        return new TextReader(type, Duration::parse);
      }
      if (type.isRecord()) {
        return new RecordReader(type);
      }
      return null;
    }

    @Override
    public ValueWriter findValueWriter(JSONWriter ctxt, Class<?> type) {
      if (type == Instant.class || type == Duration.class) {
        return new Writer(type, (w, g, v) -> g.writeString(v.toString()));
      }
      if (type == Optional.class) {
        return new Writer(
            type,
            (w, g, v) -> {
              Optional<?> value = (Optional<?>) v;
              if (value.isPresent()) {
                w.writeValue(value.get());
              } else {
                g.writeNull();
              }
            });
      }
      return null;
    }
  }

  private static final class Modifier extends ReaderWriterModifier {

    @Override
    public POJODefinition pojoDefinitionForSerialization(JSONWriter ctxt, Class<?> type) {
      POJODefinition found =
          BeanPropertyIntrospector.instance().pojoDefinitionForSerialization(ctxt, type);
      if (!type.isRecord()) {
        return found;
      }
      List<String> order = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
      List<POJODefinition.Prop> props = new ArrayList<>(found.getProperties());
      props.removeIf(p -> !order.contains(p.name));
      props.sort((a, b) -> Integer.compare(order.indexOf(a.name), order.indexOf(b.name)));
      return found.withProperties(props);
    }

    @Override
    public ValueWriter overrideStandardValueWriter(JSONWriter ctxt, Class<?> type, int stdTypeId) {
      if (Map.class.isAssignableFrom(type)) {
        return new Writer(
            type,
            (w, g, v) -> {
              Map<String, Object> sorted = new TreeMap<>();
              ((Map<?, ?>) v).forEach((key, value) -> sorted.put(String.valueOf(key), value));
              g.writeStartObject();
              for (Map.Entry<String, Object> e : sorted.entrySet()) {
                g.writeFieldName(e.getKey());
                w.writeValue(e.getValue());
              }
              g.writeEndObject();
            });
      }
      return null;
    }
  }

  /** Writes one type. */
  private interface Write {
    void write(JSONWriter ctxt, JsonGenerator g, Object value) throws IOException;
  }

  private record Writer(Class<?> valueType, Write how) implements ValueWriter {
    @Override
    public void writeValue(JSONWriter ctxt, JsonGenerator g, Object value) throws IOException {
      how.write(ctxt, g, value);
    }
  }

  private static final class TextReader extends ValueReader {
    private final Function<String, Object> parse;

    TextReader(Class<?> type, Function<String, Object> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public Object read(JSONReader ctxt, JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw RecordReader.mismatch(p, _valueType, "ISO-8601 text");
      }
      try {
        return parse.apply(p.getText());
      } catch (RuntimeException e) {
        throw RecordReader.mismatch(p, _valueType, "ISO-8601 text");
      }
    }
  }
}
