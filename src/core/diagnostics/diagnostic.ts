/**
 * A diagnostic, as every layer sees it: Pressroom's own checks are a discriminated union on `code`, so
 * `data` has the type its code declares (data.ts) and is read without casts; a release rule's diagnostic
 * has the rule's id as its code and its fixes as data. Code that narrows on a built-in code asks
 * `isRuleDiagnostic` first (a rule id is any text, so it cannot be told apart by its type alone).
 */
import type { Range, Severity } from '../types';
import type { DataField, DiagnosticCode, RuleDiagnosticData } from './data';
import { DIAGNOSTIC_REGISTRY } from './registry';

/** Path of the front matter value concerned, e.g. ['publish', 'date'] (empty for the whole block). */
export type DiagnosticPath = readonly (string | number)[];

/** Where a diagnostic is: its range, and the offsets into the text it was computed from. */
export interface DiagnosticPlace {
  readonly range: Range;
  readonly startOffset: number;
  readonly endOffset: number;
}

type ContentOf<C extends DiagnosticCode> = {
  readonly code: C;
  readonly severity: Severity;
  readonly message: string;
  readonly path: DiagnosticPath;
} & DataField<C>;

/** A diagnostic of one code. */
export type DiagnosticOf<C extends DiagnosticCode> = ContentOf<C> & DiagnosticPlace;

/** A diagnostic of one of Pressroom's own codes (structure, schema, configuration, rule engine). */
export type BuiltInDiagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

/** A release rule's finding: `code` is the rule's id, the severity the project's. */
export interface RuleDiagnostic extends DiagnosticPlace {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: DiagnosticPath;
  readonly data: RuleDiagnosticData;
}

export type ReleaseDiagnostic = BuiltInDiagnostic | RuleDiagnostic;

/** Whether a diagnostic is a release rule's (its code is not one of the registry's). */
export function isRuleDiagnostic(diagnostic: ReleaseDiagnostic): diagnostic is RuleDiagnostic {
  return !isBuiltInCode(diagnostic.code);
}

/** Whether a code is one of the registry's (not a rule id). */
export function isBuiltInCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_REGISTRY, code);
}

/** What a producer states; the severity defaults to the registry's, the path to the whole block. */
export type DiagnosticDraft = {
  [C in DiagnosticCode]: { readonly code: C; readonly message: string; readonly severity?: Severity; readonly path?: DiagnosticPath } & DataField<C>;
}[DiagnosticCode];

export function placeDiagnostic(draft: DiagnosticDraft, place: DiagnosticPlace): BuiltInDiagnostic {
  const { range, startOffset, endOffset } = place;
  return { severity: DIAGNOSTIC_REGISTRY[draft.code].severity, path: [], ...draft, range, startOffset, endOffset };
}
