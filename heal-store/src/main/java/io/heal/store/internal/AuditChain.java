package io.heal.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heal.store.AuditRecord;
import io.heal.store.HealJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The audit log's canonical form and hash chain: how a record becomes a line and its hash. */
public final class AuditChain {

  private static final ObjectReader STRICT_READER =
      HealJson.mapper()
          .readerFor(AuditRecord.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private AuditChain() {}

  /** Compact JSON of the record without {@code hash}, fields in a fixed order, details sorted. */
  public static String canonicalJsonWithoutHash(AuditRecord record) {
    return write(fields(record));
  }

  /** The record's line in the log (without the newline): the canonical JSON plus its hash. */
  public static String line(AuditRecord record) {
    ObjectNode fields = fields(record);
    fields.put("hash", record.hash());
    return write(fields);
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

  /** Parses one line strictly: unknown or missing fields fail. */
  public static AuditRecord parse(String line) throws JsonProcessingException {
    return STRICT_READER.readValue(line);
  }

  /** The fields in their fixed order; an ObjectNode keeps insertion order when written. */
  private static ObjectNode fields(AuditRecord record) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.put("seq", record.seq());
    fields.put("at", record.at().toString());
    fields.put("actor", record.actor());
    fields.put("action", record.action());
    fields.put("subject", record.subject());
    ObjectNode details = fields.putObject("details");
    record.details().forEach(details::put);
    fields.put("prev", record.prev());
    return fields;
  }

  private static String write(ObjectNode fields) {
    try {
      return HealJson.mapper().writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record: cannot serialise " + fields, e);
    }
  }
}
