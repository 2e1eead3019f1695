/**
 * Commands for runtime healing: run, validate, status, restart, deploy, rollback, incidents, demo.
 */
package io.heal.cli.runtime;
