/**
 * Gates against patches that only fool the tests: deleting a check or inserting an unconditional
 * early return is rejected, and every validated patch gets a risk score from 0 (low) to 3 (high)
 * with its reasons.
 */
package io.heal.repair.gate;
