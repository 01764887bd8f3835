/**
 * The diagnostic registry: for every code, its default severity, a one-line description, where it is
 * documented and the quick fixes that answer it. The table is typed over every code, so a code
 * without an entry does not compile; its order is the order the README and docs list codes in.
 */
import type { Severity } from '../types';
import type { DiagnosticCode } from './data';

/**
 * What a code is about: the front matter block itself, its fields against the schema, the project
 * configuration file, or the release rules (their engine's codes, and each rule's own entry: rules/ruleEntry).
 */
export type DiagnosticKind = 'structure' | 'schema' | 'configuration' | 'rule';

/** The quick fixes that answer diagnostics (their implementations are in authoring/fixes). */
export type FixId = 'add-missing-fields' | 'copy-to-group' | 'rewrite-date' | 'rename-key' | 'quote-value' | 'fix-locale' | 'use-https' | 'real-date' | 'remove-duplicate-key';

export interface DiagnosticEntry {
  readonly kind: DiagnosticKind;
  readonly severity: Severity;
  /** One line, a sentence, for docs and listings. */
  readonly description: string;
  readonly fixes: readonly FixId[];
}

export const DIAGNOSTIC_REGISTRY: { readonly [C in DiagnosticCode]: DiagnosticEntry } = {
  'no-front-matter': { kind: 'structure', severity: 'error', description: 'The release has no front matter block.', fixes: [] },
  'front-matter-not-at-start': { kind: 'structure', severity: 'error', description: 'The front matter does not start on the first line of the file.', fixes: [] },
  'unterminated-front-matter': { kind: 'structure', severity: 'error', description: 'The front matter is opened but never closed.', fixes: [] },
  'yaml-syntax': { kind: 'structure', severity: 'error', description: 'The front matter is not valid YAML.', fixes: [] },
  'duplicate-key': { kind: 'structure', severity: 'error', description: 'A field appears twice in the same mapping.', fixes: [] },
  'alias-limit': { kind: 'structure', severity: 'error', description: 'The front matter expands YAML aliases more than 100 times.', fixes: [] },
  'too-deep': { kind: 'structure', severity: 'error', description: 'The front matter is nested more than 64 levels deep.', fixes: [] },
  'too-large': { kind: 'structure', severity: 'information', description: 'The front matter or the file is too large to check.', fixes: [] },
  'not-a-mapping': { kind: 'structure', severity: 'error', description: 'The front matter is a single value or a list, not a set of fields.', fixes: [] },
  'missing-field': { kind: 'schema', severity: 'error', description: 'A required field is missing.', fixes: ['add-missing-fields', 'copy-to-group'] },
  'unknown-field': { kind: 'schema', severity: 'warning', description: 'A field the schema does not know, often a misspelling.', fixes: ['rename-key', 'remove-duplicate-key'] },
  'wrong-type': { kind: 'schema', severity: 'error', description: 'A value is of the wrong type, or a group is left empty.', fixes: ['add-missing-fields', 'copy-to-group', 'quote-value'] },
  'not-allowed-value': { kind: 'schema', severity: 'error', description: 'A value is not one of those the schema allows.', fixes: [] },
  'invalid-date': { kind: 'schema', severity: 'error', description: 'A date is not a real time and date in the form HH:mm DD/MM/YYYY.', fixes: ['rewrite-date', 'real-date'] },
  'invalid-format': { kind: 'schema', severity: 'error', description: 'A value is not in the format the schema requires (a web address, an email address...).', fixes: ['use-https'] },
  'pattern-mismatch': { kind: 'schema', severity: 'error', description: 'A value does not match the pattern the schema requires.', fixes: ['fix-locale', 'use-https'] },
  'too-short': { kind: 'schema', severity: 'error', description: 'A text or list is empty or shorter than the schema allows.', fixes: ['copy-to-group'] },
  'too-long': { kind: 'schema', severity: 'error', description: 'A text or list is longer than the schema allows.', fixes: [] },
  'schema-rule': { kind: 'schema', severity: 'error', description: 'A value breaks another rule of the schema.', fixes: [] },
  'invalid-config': { kind: 'configuration', severity: 'error', description: 'The project configuration file (.pressroom.jsonc) cannot be used.', fixes: [] },
  'internal-error': { kind: 'rule', severity: 'warning', description: 'A release rule failed on this release, so its check is missing.', fixes: [] },
  'unknown-rule': { kind: 'rule', severity: 'warning', description: 'A suppression comment names a rule that Pressroom does not have.', fixes: [] },
};

/** Every code, in the registry's order. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_REGISTRY) as DiagnosticCode[];

/** Where the codes are documented: the repository's docs/diagnostics.md, one section per code. */
export const DIAGNOSTICS_DOCUMENTATION = 'https://github.com/pressroom-dev/pressroom/blob/main/docs/diagnostics.md';

/** Where each release rule is documented: docs/rules/<id>.md. */
export const RULES_DOCUMENTATION = 'https://github.com/pressroom-dev/pressroom/blob/main/docs/rules';

/** The documentation of one code (its section's anchor is the code), or of a release rule (its page). */
export function diagnosticHref(code: string): string {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_REGISTRY, code) ? `${DIAGNOSTICS_DOCUMENTATION}#${code}` : `${RULES_DOCUMENTATION}/${code}.md`;
}
