package org.example.jobs;

/** Tracks the progress of a batch job made of a known number of steps. */
public class ProgressTracker {

  private final String jobName;
  private final int totalSteps;
  private int doneSteps;

  public ProgressTracker(String jobName, int totalSteps) {
    if (totalSteps < 0) {
      throw new IllegalArgumentException("totalSteps must be >= 0, was " + totalSteps);
    }
    this.jobName = jobName;
    this.totalSteps = totalSteps;
  }

  public void stepDone() {
    if (doneSteps == totalSteps) {
      throw new IllegalStateException(jobName + ": all " + totalSteps + " steps already done");
    }
    doneSteps++;
  }

  /** Whole percentage of finished steps, rounded down. A job without steps is complete. */
  public int percentComplete() {
    return doneSteps * 100 / totalSteps;
  }

  public boolean isComplete() {
    return doneSteps == totalSteps;
  }

  /** Human readable status line, e.g. {@code "import: 3/4 (75%)"}. */
  public String status() {
    return jobName + ": " + doneSteps + "/" + totalSteps + " (" + percentComplete() + "%)";
  }
}
