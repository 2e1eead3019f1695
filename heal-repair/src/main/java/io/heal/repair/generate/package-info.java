/**
 * Candidate generation from repair templates: the suspicious line is parsed with JavaParser, each
 * template proposes syntax-tree edits there, and each edit is spliced into the original text so the
 * file keeps its formatting. Templates are chosen and ordered by the failure class.
 */
package io.heal.repair.generate;
