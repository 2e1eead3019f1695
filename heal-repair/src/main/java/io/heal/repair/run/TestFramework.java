package io.heal.repair.run;

/** The test framework a project uses, as seen on its test class path. */
public enum TestFramework {
  /** JUnit 4, run with JUnitCore. */
  JUNIT4,
  /** The JUnit Platform (JUnit 5 Jupiter). */
  PLATFORM
}
