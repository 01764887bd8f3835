// Plain data shared by every layer. Nothing here knows about VS Code.

/** A zero-based line and UTF-16 column, as VS Code counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'information';

/** Stable identifiers: tests, quick fixes and users' filters rely on them. */
export type DiagnosticCode =
  | 'no-front-matter'
  | 'front-matter-not-at-start'
  | 'unterminated-front-matter'
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'alias-limit'
  | 'too-deep'
  | 'too-large'
  | 'not-a-mapping'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'not-allowed-value'
  | 'invalid-date'
  | 'invalid-format'
  | 'pattern-mismatch'
  | 'too-short'
  | 'too-long'
  | 'schema-rule';

export interface ReleaseDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Offsets into the text the diagnostic was computed from. */
  readonly startOffset: number;
  readonly endOffset: number;
  /** Path of the front matter value concerned, e.g. ['publish', 'date'] (empty for the whole block). */
  readonly path: readonly (string | number)[];
  /** Machine-readable detail for quick fixes (e.g. the unknown key, the missing field). */
  readonly data?: Readonly<Record<string, unknown>>;
}
