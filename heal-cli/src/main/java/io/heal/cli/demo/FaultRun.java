package io.heal.cli.demo;

import io.heal.core.incident.Incident;
import java.time.Duration;
import java.util.Optional;

/**
 * One injected fault and what came of it.
 *
 * @param fault what was injected, in words
 * @param incident the incident Heal opened, if it opened one
 * @param detectedAfter from injection to detection
 * @param healedAfter from injection to verified healthy (empty when escalated or not healed)
 * @param remedy the remedies Heal chose, in order ("restart", "rollback", "escalate")
 * @param outcome what happened, in words
 * @param asExpected whether Heal did what it should have
 */
public record FaultRun(
    String fault,
    Optional<Incident> incident,
    Optional<Duration> detectedAfter,
    Optional<Duration> healedAfter,
    String remedy,
    String outcome,
    boolean asExpected) {}
