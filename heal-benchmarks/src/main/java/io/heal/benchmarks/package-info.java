/**
 * JMH benchmarks of Heal's hot paths: the throughput of the streaming detectors in samples per
 * second on one core. Run {@code java -jar heal-benchmarks/target/benchmarks.jar}.
 */
package io.heal.benchmarks;
