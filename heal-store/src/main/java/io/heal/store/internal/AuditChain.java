package io.heal.store.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.heal.store.AuditRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit log's canonical form and hash chain: how a record becomes a line and its hash. */
public final class AuditChain {

  /** The fields of a line, in their fixed order. */
  private static final List<String> FIELDS =
      List.of("seq", "at", "actor", "action", "subject", "details", "prev", "hash");

  private static final JsonFactory JSON = new JsonFactory();

  private AuditChain() {}

  /** Compact JSON of the record without {@code hash}, fields in a fixed order, details sorted. */
  public static String canonicalJsonWithoutHash(AuditRecord record) {
    return write(record, false);
  }

  /** The record's line in the log (without the newline): the canonical JSON plus its hash. */
  public static String line(AuditRecord record) {
    return write(record, true);
  }

  /** SHA-256 hex of {@code prev} followed by the record's canonical JSON. */
  public static String hash(String prev, AuditRecord withoutHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prev.getBytes(StandardCharsets.UTF_8));
      sha.update(canonicalJsonWithoutHash(withoutHash).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Parses one line strictly: unknown, missing, repeated or mistyped fields fail. */
  public static AuditRecord parse(String line) throws IOException {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(p, "audit record: expected an object");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!FIELDS.contains(name)) {
          throw new JsonParseException(p, "audit record: unknown field '" + name + "'");
        }
        p.nextToken();
        Object value = name.equals("details") ? details(p) : scalar(p, name);
        if (fields.put(name, value) != null) {
          throw new JsonParseException(p, "audit record: field '" + name + "' given twice");
        }
      }
      if (p.nextToken() != null) {
        throw new JsonParseException(p, "audit record: text after the object");
      }
      for (String name : FIELDS) {
        if (!fields.containsKey(name)) {
          throw new JsonParseException(p, "audit record: missing field '" + name + "'");
        }
      }
      return record(p, fields);
    }
  }

  private static AuditRecord record(JsonParser p, Map<String, Object> f) throws IOException {
    try {
      @SuppressWarnings("unchecked")
      Map<String, String> details = (Map<String, String>) f.get("details");
      return new AuditRecord(
          (Long) f.get("seq"),
          Instant.parse((String) f.get("at")),
          (String) f.get("actor"),
          (String) f.get("action"),
          (String) f.get("subject"),
          details,
          (String) f.get("prev"),
          (String) f.get("hash"));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new JsonParseException(p, "audit record: " + e.getMessage(), e);
    }
  }

  private static Object scalar(JsonParser p, String name) throws IOException {
    if (name.equals("seq")) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw new JsonParseException(p, "audit record: seq must be a whole number");
      }
      return p.getLongValue();
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new JsonParseException(p, "audit record: " + name + " must be text");
    }
    return p.getText();
  }

  private static Map<String, String> details(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "audit record: details must be an object");
    }
    Map<String, String> details = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw new JsonParseException(p, "audit record: details." + key + " must be text");
      }
      details.put(key, p.getText());
    }
    return details;
  }

  private static String write(AuditRecord record, boolean withHash) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("seq", record.seq());
      g.writeStringField("at", record.at().toString());
      g.writeStringField("actor", record.actor());
      g.writeStringField("action", record.action());
      g.writeStringField("subject", record.subject());
      g.writeObjectFieldStart("details");
      for (Map.Entry<String, String> e : record.details().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeStringField("prev", record.prev());
      if (withHash) {
        g.writeStringField("hash", record.hash());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("audit record: cannot serialise seq " + record.seq(), e);
    }
    return out.toString();
  }
}
