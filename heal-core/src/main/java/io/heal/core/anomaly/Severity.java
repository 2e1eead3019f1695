package io.heal.core.anomaly;

/** How bad an anomaly is. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
