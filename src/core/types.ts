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

// Diagnostics, their codes and typed data live in diagnostics/; re-exported for existing importers.
export type { DiagnosticCode, DiagnosticOf, ReleaseDiagnostic } from './diagnostics';
