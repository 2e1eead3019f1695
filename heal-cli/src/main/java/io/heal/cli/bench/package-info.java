/** The {@code heal bench} family: benchmarks that print figures. */
package io.heal.cli.bench;
