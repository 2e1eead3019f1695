package io.heal.repair.validate.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs tests on the JUnit Platform (JUnit 5 Jupiter, or any engine on the class path). */
final class PlatformRun implements TestExecutionListener {

  private static Launcher launcher;
  private final UnitResults results;

  private PlatformRun(UnitResults results) {
    this.results = results;
  }

  static void run(Class<?> testClass, String method, UnitResults results) {
    if (launcher == null) {
      launcher = LauncherFactory.create();
    }
    List<DiscoverySelector> selectors = new ArrayList<>();
    if (method == null) {
      selectors.add(DiscoverySelectors.selectClass(testClass));
    } else {
      for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(method)) {
            selectors.add(DiscoverySelectors.selectMethod(testClass, m));
          }
        }
      }
    }
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(),
        new PlatformRun(results));
  }

  private static String id(TestIdentifier t) {
    if (t.getSource().isPresent() && t.getSource().get() instanceof MethodSource) {
      MethodSource m = (MethodSource) t.getSource().get();
      return m.getClassName() + "#" + m.getMethodName();
    }
    return null;
  }

  @Override
  public void executionStarted(TestIdentifier t) {
    String id = id(t);
    if (t.isTest() && id != null) {
      results.start(id);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier t, String reason) {
    String id = id(t);
    if (id != null) {
      results.finish(id, "SKIPPED", null);
    }
  }

  @Override
  public void executionFinished(TestIdentifier t, TestExecutionResult r) {
    String id = id(t);
    Throwable failure = r.getThrowable().orElse(null);
    if (id == null) {
      if (failure != null && r.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        String owner =
            t.getSource().isPresent()
                    && t.getSource().get()
                        instanceof org.junit.platform.engine.support.descriptor.ClassSource
                ? ((org.junit.platform.engine.support.descriptor.ClassSource) t.getSource().get())
                    .getClassName()
                : "<engine>";
        results.finish(owner + "#<init>", "ERROR", failure);
      }
      return;
    }
    if (r.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      results.finish(id, "PASSED", null);
    } else if (r.getStatus() == TestExecutionResult.Status.ABORTED) {
      results.finish(id, "SKIPPED", null);
    } else {
      results.finish(id, failure instanceof AssertionError ? "FAILED" : "ERROR", failure);
    }
  }
}
