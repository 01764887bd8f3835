/**
 * A diagnostic, as every layer sees it: a discriminated union on `code`, so `data` has the type its
 * code declares (data.ts) and is read without casts.
 */
import type { Range, Severity } from '../types';
import type { DataField, DiagnosticCode } from './data';
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

export type ReleaseDiagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

/** What a producer states; the severity defaults to the registry's, the path to the whole block. */
export type DiagnosticDraft = {
  [C in DiagnosticCode]: { readonly code: C; readonly message: string; readonly severity?: Severity; readonly path?: DiagnosticPath } & DataField<C>;
}[DiagnosticCode];

export function placeDiagnostic(draft: DiagnosticDraft, place: DiagnosticPlace): ReleaseDiagnostic {
  const { range, startOffset, endOffset } = place;
  return { severity: DIAGNOSTIC_REGISTRY[draft.code].severity, path: [], ...draft, range, startOffset, endOffset };
}
