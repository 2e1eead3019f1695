/**
 * An optional patch generator backed by a language model behind an OpenAI-compatible chat endpoint.
 * Off by default; its candidates go through the same compilation, test validation and risk gates as
 * the templates' (and carry an extra risk point).
 */
package io.heal.repair.llm;
