/**
 * Plug-in points of code repair: {@link io.heal.repair.spi.PatchGenerator} adds candidate patches
 * (the built-in templates, or a language model), and {@link io.heal.repair.spi.RepairTemplate} adds
 * one edit template to the built-in generator. Every candidate, whatever made it, goes through the
 * same compilation, test validation and risk gates.
 */
package io.heal.repair.spi;
