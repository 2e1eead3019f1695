/** Operating-system details of the supervisor: signals by name and number. */
package io.heal.supervisor.internal;
