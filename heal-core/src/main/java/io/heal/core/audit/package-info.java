/**
 * The audit trail: every decision and action Heal takes, with its inputs, appended durably so a
 * person can later see what was done and why.
 */
package io.heal.core.audit;
