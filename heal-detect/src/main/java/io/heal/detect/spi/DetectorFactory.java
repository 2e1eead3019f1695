package io.heal.detect.spi;

/**
 * Makes a fresh {@link Detector} for one series. Implementations are immutable and thread-safe;
 * their detectors are not.
 */
public interface DetectorFactory {

  /** The detector's name, as used in configuration and on the command line (lower-case). */
  String name();

  /** A new detector with empty state for the described series. */
  Detector create(SeriesInfo series);
}
