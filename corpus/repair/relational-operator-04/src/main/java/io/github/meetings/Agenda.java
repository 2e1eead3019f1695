package io.github.meetings;

import java.util.ArrayList;
import java.util.List;

/** The booked slots of one meeting room. */
public class Agenda {

  private final List<TimeSlot> booked = new ArrayList<>();

  /** Books {@code slot} unless it overlaps an existing booking. */
  public boolean book(TimeSlot slot) {
    for (TimeSlot b : booked) {
      if (b.overlaps(slot)) {
        return false;
      }
    }
    booked.add(slot);
    return true;
  }

  public int size() {
    return booked.size();
  }
}
