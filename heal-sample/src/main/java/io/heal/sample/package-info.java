/**
 * A small HTTP service for Heal to supervise and heal: {@link io.heal.sample.SampleMain} starts it,
 * {@link io.heal.sample.Calculator} holds the arithmetic behind {@code POST /compute}. Fault
 * switches under {@code /__simulate/} (only with {@code --enable-faults}) make it crash,
 * crash-loop, hang, leak memory, fail or slow down on demand. Only the JDK is used.
 */
package io.heal.sample;
