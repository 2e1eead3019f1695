package com.acme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionRegistryTest {

  @Test
  void keepsActiveSessions() {
    SessionRegistry r = new SessionRegistry(1_000);
    r.touch("a", 0);
    r.touch("b", 500);
    assertEquals(0, r.evictIdle(900));
    assertEquals(2, r.size());
  }

  @Test
  void evictsTheOnlyIdleSession() {
    SessionRegistry r = new SessionRegistry(1_000);
    r.touch("a", 0);
    assertEquals(1, r.evictIdle(1_000));
    assertFalse(r.isActive("a"));
  }

  @Test
  void evictsIdleSessions() {
    SessionRegistry r = new SessionRegistry(1_000);
    for (int i = 0; i < 10; i++) {
      r.touch("s" + i, i * 100);
    }
    assertEquals(6, r.evictIdle(1_550));
    assertTrue(r.isActive("s9"));
    assertFalse(r.isActive("s0"));
    assertEquals(4, r.size());
  }

  @Test
  void touchRefreshesSession() {
    SessionRegistry r = new SessionRegistry(1_000);
    r.touch("a", 0);
    r.touch("a", 900);
    assertEquals(0, r.evictIdle(1_500));
    assertTrue(r.isActive("a"));
  }
}
