/** Health probes: HTTP, TCP and exec checks that never throw into the engine. */
package io.heal.probe;
