package io.github.mediaplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VolumeControlTest {

  @Test
  void adjustsWithinRange() {
    VolumeControl v = new VolumeControl(50);
    assertEquals(55, v.adjust(5));
    assertEquals(45, v.adjust(-10));
  }

  @Test
  void adjustStopsAtMaximum() {
    VolumeControl v = new VolumeControl(98);
    v.adjust(5);
    assertEquals(100, v.effectiveLevel());
  }

  @Test
  void adjustStopsAtMinimum() {
    VolumeControl v = new VolumeControl(3);
    assertEquals(0, v.adjust(-5));
    assertEquals(5, v.adjust(5));
  }

  @Test
  void setClampsOutOfRangeValues() {
    VolumeControl v = new VolumeControl(10);
    v.set(250);
    assertEquals(100, v.effectiveLevel());
  }

  @Test
  void muteSilencesAndAdjustUnmutes() {
    VolumeControl v = new VolumeControl(40);
    v.toggleMute();
    assertEquals(0, v.effectiveLevel());
    v.adjust(1);
    assertEquals(41, v.effectiveLevel());
  }
}
