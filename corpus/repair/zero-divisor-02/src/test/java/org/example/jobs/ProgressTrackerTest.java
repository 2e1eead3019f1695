package org.example.jobs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ProgressTrackerTest {

  @Test
  public void reportsRoundedDownPercentage() {
    ProgressTracker t = new ProgressTracker("import", 3);
    t.stepDone();
    assertEquals(33, t.percentComplete());
    t.stepDone();
    assertEquals(66, t.percentComplete());
  }

  @Test
  public void statusShowsStepsAndPercentage() {
    ProgressTracker t = new ProgressTracker("import", 4);
    t.stepDone();
    t.stepDone();
    t.stepDone();
    assertEquals("import: 3/4 (75%)", t.status());
  }

  @Test
  public void emptyJobIsComplete() {
    ProgressTracker t = new ProgressTracker("noop", 0);
    assertTrue(t.isComplete());
    assertEquals(100, t.percentComplete());
  }

  @Test(expected = IllegalStateException.class)
  public void rejectsMoreStepsThanPlanned() {
    ProgressTracker t = new ProgressTracker("import", 1);
    t.stepDone();
    t.stepDone();
  }
}
