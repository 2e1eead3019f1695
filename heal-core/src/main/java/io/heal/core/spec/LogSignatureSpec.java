package io.heal.core.spec;

import io.heal.core.anomaly.Severity;

/**
 * A named regular expression matched on every line a service writes.
 *
 * @param pattern a Java regular expression, found anywhere in the line
 */
public record LogSignatureSpec(String name, String pattern, Severity severity) {}
