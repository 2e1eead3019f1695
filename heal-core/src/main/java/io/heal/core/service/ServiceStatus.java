package io.heal.core.service;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one service, as {@code heal status} shows it.
 *
 * @param name the service
 * @param state its lifecycle state
 * @param release the release running (or about to)
 * @param knownGoodRelease the release Heal would roll back to
 * @param pid the process id, while a process exists
 * @param restarts restarts since Heal started supervising it
 * @param since when it entered its state
 * @param lastIncidentId the most recent incident, if any
 */
public record ServiceStatus(
    String name,
    ServiceState state,
    String release,
    String knownGoodRelease,
    Optional<Long> pid,
    int restarts,
    Instant since,
    Optional<String> lastIncidentId) {}
