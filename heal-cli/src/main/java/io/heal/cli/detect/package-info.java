/** Commands for detection: analyze a metrics snapshot; score detectors on NAB. */
package io.heal.cli.detect;
