/**
 * Every diagnostic code and the machine-readable detail (`data`) a diagnostic of that code carries.
 * Quick fixes read this detail; a code that needs none maps to `undefined`. Adding a key here makes
 * the registry (registry.ts) fail to compile until the code has its entry.
 */

import type { RuleFix } from '../rules/types';

/** A required field that is absent: `field` of the mapping at `parentPath` (empty for the top level). */
export interface MissingFieldData {
  readonly field: string;
  readonly parentPath: readonly (string | number)[];
}

/** A key the schema does not know, the known key it is closest to, and every key known there. */
export interface UnknownFieldData {
  readonly key: string;
  readonly suggestion?: string;
  readonly known: readonly string[];
}

/** The JSON types the schema accepts, the type the value has, and the value as written when it is a scalar. */
export interface WrongTypeData {
  readonly expected: readonly string[];
  readonly actual: string;
  readonly source?: string;
}

export interface DiagnosticDataByCode {
  'no-front-matter': undefined;
  'front-matter-not-at-start': undefined;
  'unterminated-front-matter': undefined;
  'yaml-syntax': undefined;
  'duplicate-key': { readonly key: string };
  'alias-limit': undefined;
  'too-deep': undefined;
  'too-large': undefined;
  'not-a-mapping': undefined;
  'missing-field': MissingFieldData;
  'unknown-field': UnknownFieldData;
  'wrong-type': WrongTypeData;
  /** The values the schema allows (its `enum`, or its `const` alone), as the schema gives them. */
  'not-allowed-value': { readonly allowed: readonly unknown[] };
  /** The text that is not a press date. */
  'invalid-date': { readonly value: string };
  /** The schema's format name (`uri`, `email`...). */
  'invalid-format': { readonly format: string };
  'pattern-mismatch': undefined;
  'too-short': undefined;
  'too-long': undefined;
  'schema-rule': undefined;
  'invalid-config': undefined;
  /** The rule that threw (its findings are missing from this check). */
  'internal-error': { readonly rule: string };
  /** A suppression comment's rule id that no rule has, and the id it is closest to. */
  'unknown-rule': { readonly id: string; readonly suggestion?: string };
}

/** What a release rule's diagnostic carries: the fixes that answer its finding (fix-all and code actions read them). */
export interface RuleDiagnosticData {
  readonly fixes: readonly RuleFix[];
}

/** Stable identifiers of Pressroom's own checks (a release rule's diagnostic has its rule id instead): tests, quick fixes and users' filters rely on them. */
export type DiagnosticCode = keyof DiagnosticDataByCode;

/** A code's `data` when it has some; codes without data may not carry any. */
export type DataField<C extends DiagnosticCode> = DiagnosticDataByCode[C] extends undefined
  ? { readonly data?: undefined }
  : { readonly data: DiagnosticDataByCode[C] };
