package io.github.meetings;

import java.time.Duration;
import java.time.LocalTime;

/** A half-open time interval [start, end) within one day. */
public record TimeSlot(LocalTime start, LocalTime end) {

  public TimeSlot {
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start " + start + " must be before end " + end);
    }
  }

  public static TimeSlot of(String start, String end) {
    return new TimeSlot(LocalTime.parse(start), LocalTime.parse(end));
  }

  public boolean overlaps(TimeSlot other) {
    return start.compareTo(other.end) < 0 && other.start.compareTo(end) <= 0;
  }

  public boolean contains(LocalTime t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
