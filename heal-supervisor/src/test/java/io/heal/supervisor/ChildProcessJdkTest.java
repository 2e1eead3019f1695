package io.heal.supervisor;

import io.heal.core.time.HealClock;
import java.util.Optional;

/** The same tests through the JDK's process API, used when the foreign-function API is off. */
class ChildProcessJdkTest extends ChildProcessTest {

  @Override
  ProcessLauncher launcher() {
    return new ProcessLauncher(HealClock.system(), Optional.empty());
  }
}
