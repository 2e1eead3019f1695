package io.heal.store.internal;

import io.heal.store.AuditRecord;
import io.heal.store.AuditVerification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Walks an audit log's text line by line and names the first line that breaks the chain. */
public final class AuditVerifier {

  private AuditVerifier() {}

  /** Verifies the whole text of a log. */
  public static AuditVerification verify(String content) {
    if (content.isEmpty()) {
      return AuditVerification.intact(0);
    }
    List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
    boolean tornTail = !lines.get(lines.size() - 1).isEmpty();
    if (!tornTail) {
      lines.remove(lines.size() - 1);
    }
    String prev = AuditRecord.GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      if (tornTail && i == lines.size() - 1) {
        return AuditVerification.broken(
            lineNo, "truncated tail: the last line is incomplete (no newline at its end)");
      }
      String line = lines.get(i);
      AuditRecord record;
      try {
        record = AuditChain.parse(line);
      } catch (Exception e) {
        return AuditVerification.broken(
            lineNo, "edited: not a valid audit record (" + firstLine(e.getMessage()) + ")");
      }
      long expected = lineNo;
      if (record.seq() != expected) {
        return AuditVerification.broken(lineNo, seqProblem(lines, i, record.seq(), expected));
      }
      if (!record.prev().equals(prev)) {
        return AuditVerification.broken(
            lineNo,
            "prev does not match the hash of line "
                + (lineNo - 1)
                + ": the record before it was edited, deleted or reordered");
      }
      if (!AuditChain.hash(prev, record).equals(record.hash())) {
        return AuditVerification.broken(lineNo, "edited: the content does not match its hash");
      }
      if (!AuditChain.line(record).equals(line)) {
        return AuditVerification.broken(lineNo, "edited: the line differs from its canonical form");
      }
      prev = record.hash();
    }
    return AuditVerification.intact(lines.size());
  }

  private static String seqProblem(List<String> lines, int index, long found, long expected) {
    if (found < expected) {
      return "reordered or duplicated: seq " + found + " appears where seq " + expected + " is due";
    }
    for (int j = index + 1; j < lines.size(); j++) {
      try {
        if (AuditChain.parse(lines.get(j)).seq() == expected) {
          return "reordered: seq " + found + " appears where seq " + expected + " is due";
        }
      } catch (Exception unparseable) {
        // a later broken line does not change what is wrong here
      }
    }
    return "deleted: seq jumps from "
        + (expected - 1)
        + " to "
        + found
        + ", "
        + (found - expected)
        + " record(s) missing before this line";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unparseable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
