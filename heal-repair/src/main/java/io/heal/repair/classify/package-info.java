/**
 * Classifying test failures: the exception behind each failure (arithmetic, null, bounds, stack
 * overflow, cast, number format, concurrent modification), an assertion mismatch with its expected
 * and actual values, a timeout, or a compile error; and the stack frames that point into the
 * project.
 */
package io.heal.repair.classify;
