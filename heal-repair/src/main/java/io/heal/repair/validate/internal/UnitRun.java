package io.heal.repair.validate.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one unit (a test class or one test method) with the chosen framework. */
final class UnitRun implements Runnable {

  private final String unit;
  private final ClassLoader loader;
  private final boolean junit4;
  private final UnitResults results = new UnitResults();

  UnitRun(String unit, ClassLoader loader, boolean junit4) {
    this.unit = unit;
    this.loader = loader;
    this.junit4 = junit4;
  }

  UnitResults results() {
    return results;
  }

  @Override
  public void run() {
    int hash = unit.indexOf('#');
    String className = hash < 0 ? unit : unit.substring(0, hash);
    String method = hash < 0 ? null : unit.substring(hash + 1);
    try {
      Class<?> testClass = Class.forName(className, true, loader);
      if (junit4) {
        Junit4Run.run(testClass, method, results);
      } else {
        PlatformRun.run(testClass, method, results);
      }
    } catch (Throwable t) {
      if (System.getenv("HEAL_TEST_SERVER_DEBUG") != null) {
        t.printStackTrace();
      }
      results.finish(unit.contains("#") ? unit : unit + "#<init>", "ERROR", t);
    }
  }

  static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
