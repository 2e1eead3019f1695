/**
 * Bug injection for the code-healing demo and for experiments: removes a zero-divisor or null
 * guard, adds an off-by-one or flips a comparison in any Java project, editing the syntax tree and
 * splicing the change into the original text.
 */
package io.heal.repair.inject;
