package io.heal.store;

import java.nio.file.Path;

/**
 * A stored file that could not be read back, reported instead of thrown so one bad file does not
 * hide every other record.
 *
 * @param file the file
 * @param reason why it could not be read, such as the parser's message
 */
public record UnreadableFile(Path file, String reason) {

  @Override
  public String toString() {
    return file + ": " + reason;
  }
}
