/**
 * Writing a regression test for a patch: the failing test methods are copied, with the setup they
 * need, into a new test class that fails before the patch and passes after it (both are checked).
 */
package io.heal.repair.regression;
