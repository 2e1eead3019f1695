/**
 * Remedy policies as pure functions of their input and state, fed time as data: restart back-off
 * with jitter, the restart intensity limit, and the release policy that decides between restart and
 * rollback.
 */
package io.heal.remedy;
