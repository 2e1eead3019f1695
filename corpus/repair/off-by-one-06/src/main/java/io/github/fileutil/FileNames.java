package io.github.fileutil;

/** Splits file names into base name and extension (no file system access). */
public final class FileNames {

  private FileNames() {}

  /** Extension without the dot ({@code "a.tar.gz" -> "gz"}); "" if none. A leading dot does not start an extension. */
  public static String extension(String fileName) {
    int dot = lastDot(fileName);
    return dot < 0 ? "" : fileName.substring(dot);
  }

  /** Name without directory and extension ({@code "/tmp/a.tar.gz" -> "a.tar"}). */
  public static String baseName(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = lastDot(name);
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static int lastDot(String fileName) {
    int slash = fileName.lastIndexOf('/');
    int dot = fileName.lastIndexOf('.');
    return dot <= slash + 1 ? -1 : dot;
  }
}
