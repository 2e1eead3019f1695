/**
 * Building blocks of the detectors (streaming statistics with constant memory); not an API, never
 * imported from another module.
 */
package io.heal.detect.internal;
