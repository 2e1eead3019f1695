/**
 * Not API. Stage one of loading: the YAML tree is read into raw records, one per section of the
 * file. Unknown keys and values of the wrong type (text where a number belongs, a string where an
 * argument list belongs, "5 parsecs" for a duration) are reported here; a value that is absent or
 * wrong is left empty, and no defaults are applied yet.
 */
package io.heal.config.internal.raw;
