package com.acme.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyWindowTest {

  @Test
  void averagesSamplesInsideTheWindow() {
    LatencyWindow w = new LatencyWindow(1_000);
    w.record(0, 10);
    w.record(100, 20);
    w.record(200, 45);
    assertEquals(25, w.averageMillis(300));
  }

  @Test
  void dropsSamplesOlderThanTheWindow() {
    LatencyWindow w = new LatencyWindow(1_000);
    w.record(0, 500);
    w.record(900, 10);
    w.record(1_500, 30);
    assertEquals(2, w.count(1_500));
    assertEquals(20, w.averageMillis(1_500));
    assertEquals(30, w.maxMillis(1_500));
  }

  @Test
  void averageOfEmptyWindowIsZero() {
    LatencyWindow w = new LatencyWindow(1_000);
    assertEquals(0, w.averageMillis(0));
  }

  @Test
  void averageAfterAllSamplesExpireIsZero() {
    LatencyWindow w = new LatencyWindow(500);
    w.record(0, 40);
    w.record(100, 60);
    assertEquals(0, w.averageMillis(10_000));
    assertEquals(0, w.maxMillis(10_000));
  }
}
