package io.github.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

  @Test
  void overlappingSlots() {
    TimeSlot a = TimeSlot.of("09:00", "10:00");
    TimeSlot b = TimeSlot.of("09:30", "11:00");
    assertTrue(a.overlaps(b));
    assertTrue(b.overlaps(a));
  }

  @Test
  void backToBackSlotsDoNotOverlap() {
    TimeSlot a = TimeSlot.of("09:00", "10:00");
    TimeSlot b = TimeSlot.of("10:00", "10:30");
    assertFalse(a.overlaps(b));
    assertFalse(b.overlaps(a));
  }

  @Test
  void containsStartButNotEnd() {
    TimeSlot a = TimeSlot.of("09:00", "10:00");
    assertTrue(a.contains(LocalTime.of(9, 0)));
    assertFalse(a.contains(LocalTime.of(10, 0)));
    assertEquals(Duration.ofHours(1), a.duration());
  }

  @Test
  void agendaRejectsOverlap() {
    Agenda agenda = new Agenda();
    assertTrue(agenda.book(TimeSlot.of("13:00", "14:00")));
    assertFalse(agenda.book(TimeSlot.of("13:30", "13:45")));
    assertEquals(1, agenda.size());
  }

  @Test
  void agendaAcceptsBackToBackMeetings() {
    Agenda agenda = new Agenda();
    assertTrue(agenda.book(TimeSlot.of("13:00", "14:00")));
    assertTrue(agenda.book(TimeSlot.of("14:00", "15:00")));
    assertEquals(2, agenda.size());
  }
}
