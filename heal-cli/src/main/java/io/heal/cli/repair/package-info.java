/** Commands for code healing: fix, inject, the code demo and the repair benchmark. */
package io.heal.cli.repair;
