/**
 * The repair benchmark: runs the engine over a corpus of seeded bugs (each a small Maven project
 * with a {@code bug.json} and a reference {@code fix.diff}) and judges each result: fixed or not,
 * plausible (the tests pass) or correct (the patched file's syntax tree equals the reference
 * fix's).
 */
package io.heal.repair.bench;
