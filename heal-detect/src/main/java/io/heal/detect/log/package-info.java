/**
 * Log signals: named signatures (a regex and a severity) matched against each line a child writes,
 * with built-ins for OutOfMemoryError, StackOverflowError and "Connection refused", and the rate of
 * ERROR-level lines as a metric.
 */
package io.heal.detect.log;
