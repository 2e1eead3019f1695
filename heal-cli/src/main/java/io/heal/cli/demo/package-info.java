/**
 * The runtime demo and the recovery benchmark: two sample services under a real engine, faults
 * injected through the sample's switches, and what Heal saw and did, measured from each injection.
 */
package io.heal.cli.demo;
