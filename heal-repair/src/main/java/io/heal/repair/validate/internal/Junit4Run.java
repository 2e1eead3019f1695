package io.heal.repair.validate.internal;

import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

/** Runs JUnit 4 tests with {@link JUnitCore}. */
final class Junit4Run extends RunListener {

  private final UnitResults results;

  private Junit4Run(UnitResults results) {
    this.results = results;
  }

  static void run(Class<?> testClass, String method, UnitResults results) {
    Request request =
        method == null ? Request.aClass(testClass) : Request.method(testClass, method);
    JUnitCore core = new JUnitCore();
    core.addListener(new Junit4Run(results));
    core.run(request);
  }

  private static String id(Description d) {
    String m = d.getMethodName() == null ? "<init>" : d.getMethodName();
    int cut = m.indexOf('[');
    return d.getClassName() + "#" + (cut > 0 ? m.substring(0, cut) : m);
  }

  @Override
  public void testStarted(Description d) {
    results.start(id(d));
  }

  @Override
  public void testFinished(Description d) {
    results.finish(id(d), "PASSED", null);
  }

  @Override
  public void testFailure(Failure f) {
    Throwable t = f.getException();
    results.finish(id(f.getDescription()), t instanceof AssertionError ? "FAILED" : "ERROR", t);
  }

  @Override
  public void testAssumptionFailure(Failure f) {
    results.finish(id(f.getDescription()), "SKIPPED", null);
  }

  @Override
  public void testIgnored(Description d) {
    results.finish(id(d), "SKIPPED", null);
  }
}
