package io.heal.repair;

/**
 * One test method, named as {@code pkg.Class#method}.
 *
 * @param className the test class's binary name
 * @param method the method name, or {@code <init>} for a failure of the class as a whole
 */
public record TestId(String className, String method) {

  /** Checks both parts. */
  public TestId {
    if (className == null || className.isBlank()) {
      throw new IllegalArgumentException("className: must not be blank, found '" + className + "'");
    }
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("method: must not be blank, found '" + method + "'");
    }
  }

  /**
   * Parses {@code pkg.Class#method}; parameterised names like {@code m(int)[1]} are cut to {@code
   * m}.
   *
   * @param text the id
   * @return the parsed id
   */
  public static TestId parse(String text) {
    int hash = text == null ? -1 : text.indexOf('#');
    if (hash <= 0 || hash == text.length() - 1) {
      throw new IllegalArgumentException(
          "test: must look like pkg.Class#method, found '" + text + "'");
    }
    return new TestId(text.substring(0, hash), cleanMethod(text.substring(hash + 1)));
  }

  /**
   * Cuts parameter lists and invocation indexes off a reported method name.
   *
   * @param name a method name as a report shows it
   * @return the bare method name
   */
  public static String cleanMethod(String name) {
    int cut = name.length();
    for (char c : new char[] {'(', '[', ' '}) {
      int i = name.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return name.substring(0, cut);
  }

  /** Returns the simple name of the test class. */
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  @Override
  public String toString() {
    return className + "#" + method;
  }
}
