/**
 * The detector plug-in interface: a {@link io.heal.detect.spi.Detector} is fed one sample at a time
 * (time as data) and answers a {@link io.heal.detect.spi.Verdict}; a {@link
 * io.heal.detect.spi.DetectorFactory} makes a fresh detector per series. New detectors implement
 * these two types.
 */
package io.heal.detect.spi;
