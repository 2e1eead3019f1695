/**
 * The sample service's moving parts, not an API: option parsing, the HTTP router and its handlers,
 * the fault switches, hand-written Prometheus metrics and a tiny JSON reader. Only the JDK is used,
 * so the service starts fast and fits in any jar.
 */
package io.heal.sample.internal;
