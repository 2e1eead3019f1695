/**
 * The built-in repair templates: guards before a dereference, a division, an index or a cast;
 * operator changes; off-by-one; argument and operand swaps; variable, expression and method-call
 * replacement; max/min wrapping; wrapping an index modulo its array; constant returns; inserting a
 * statement like the ones nearby; a recursion base case; iterating over a copy; and statement
 * deletion (always flagged as risky).
 */
package io.heal.repair.generate.templates;
