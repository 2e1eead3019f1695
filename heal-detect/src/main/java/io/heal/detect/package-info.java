/**
 * Detection: streaming anomaly detectors over metric samples and log signatures, with constant
 * memory and time per sample.
 */
package io.heal.detect;
