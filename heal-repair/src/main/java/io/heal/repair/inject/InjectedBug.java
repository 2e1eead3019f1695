package io.heal.repair.inject;

/**
 * A bug that was injected.
 *
 * @param kind what kind
 * @param file the edited file, relative to the project
 * @param line the line of the edit in the original file
 * @param description what changed
 * @param diff the unified diff of the injection
 */
public record InjectedBug(BugKind kind, String file, int line, String description, String diff) {}
