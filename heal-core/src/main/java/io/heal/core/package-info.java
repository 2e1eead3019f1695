/**
 * Heal's domain: the immutable records that flow through the healing pipeline (signal, observation,
 * anomaly, incident, remedy, outcome) and the interfaces that feature modules implement. Nothing
 * here depends on an I/O library: no Jackson, HTTP, SQL or picocli.
 */
package io.heal.core;
