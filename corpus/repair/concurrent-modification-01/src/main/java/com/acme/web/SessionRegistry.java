package com.acme.web;

import java.util.HashMap;
import java.util.Map;

/** Tracks the last activity of HTTP sessions and evicts idle ones. */
public final class SessionRegistry {

  private final Map<String, Long> lastSeen = new HashMap<>();
  private final long idleTimeoutMillis;

  public SessionRegistry(long idleTimeoutMillis) {
    if (idleTimeoutMillis <= 0) {
      throw new IllegalArgumentException("idleTimeoutMillis must be positive: " + idleTimeoutMillis);
    }
    this.idleTimeoutMillis = idleTimeoutMillis;
  }

  public void touch(String sessionId, long nowMillis) {
    lastSeen.put(sessionId, nowMillis);
  }

  public boolean isActive(String sessionId) {
    return lastSeen.containsKey(sessionId);
  }

  public int size() {
    return lastSeen.size();
  }

  /** Removes sessions idle for at least the timeout; returns how many were removed. */
  public int evictIdle(long nowMillis) {
    int evicted = 0;
    for (String id : lastSeen.keySet()) {
      if (nowMillis - lastSeen.get(id) >= idleTimeoutMillis) {
        lastSeen.remove(id);
        evicted++;
      }
    }
    return evicted;
  }
}
