/**
 * Quick fixes for Pressroom's diagnostics, as exact text edits worked out from the parser's node
 * ranges: only the bytes being fixed change; comments, key order, quoting and line endings stay.
 *
 * - missing required fields (missingFields.ts);
 * - a date written in another style rewritten as a press date (dateRewrite.ts);
 * - a near-miss key renamed to the one the schema knows (renameKey.ts);
 * - a group's field copied from the top-level field it mirrors (copyToGroup.ts);
 * - a value YAML read as a number put in quotes as written (quoteValue.ts);
 * - a locale written another way rewritten as language_COUNTRY (localeFix.ts);
 * - an http:// or bare web address given https:// (httpsFix.ts);
 * - the likely intended dates of a day the month does not have (realDate.ts);
 * - a field written twice with different capitals removed (removeDuplicateKey.ts);
 * - fix-all: every fix that needs no decision from the author, merged without overlaps (fixAll.ts).
 */
export { fixAllEdits, mergeFixAll } from './fixAll';
export { fixesAt } from './fixesAt';
export { fixesFor } from './fixesFor';
export type { AuthoringFix, FixOptions, SnippetEdit } from './types';
