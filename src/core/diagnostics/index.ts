// Diagnostic codes, their typed data and the registry: one place for each code.
export type { DataField, DiagnosticCode, DiagnosticDataByCode, MissingFieldData, UnknownFieldData, WrongTypeData } from './data';
export type { DiagnosticDraft, DiagnosticOf, DiagnosticPath, DiagnosticPlace, ReleaseDiagnostic } from './diagnostic';
export { placeDiagnostic } from './diagnostic';
export type { DiagnosticEntry, DiagnosticKind, FixId } from './registry';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_REGISTRY, DIAGNOSTICS_DOCUMENTATION, diagnosticHref } from './registry';
