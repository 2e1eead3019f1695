package io.heal.repair.classify;

/**
 * One stack frame.
 *
 * @param className the declaring class's binary name
 * @param method the method name
 * @param file the source file name as the frame names it
 * @param line the line number, or -1 when unknown
 */
public record Frame(String className, String method, String file, int line) {

  /** Returns the top-level class's binary name ({@code a.B$C} gives {@code a.B}). */
  public String topLevelClass() {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  /** Returns the source path relative to a source root, e.g. {@code a/B.java}. */
  public String sourcePath() {
    String top = topLevelClass();
    int dot = top.lastIndexOf('.');
    String dir = dot < 0 ? "" : top.substring(0, dot).replace('.', '/') + "/";
    return dir + (file == null || file.isEmpty() ? top.substring(dot + 1) + ".java" : file);
  }
}
