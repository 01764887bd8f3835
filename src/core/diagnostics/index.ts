// Diagnostic codes, their typed data and the registry: one place for each code.
export type { DataField, DiagnosticCode, DiagnosticDataByCode, MissingFieldData, RuleDiagnosticData, UnknownFieldData, WrongTypeData } from './data';
export type { BuiltInDiagnostic, DiagnosticDraft, DiagnosticOf, DiagnosticPath, DiagnosticPlace, ReleaseDiagnostic, RuleDiagnostic } from './diagnostic';
export { isBuiltInCode, isRuleDiagnostic, placeDiagnostic } from './diagnostic';
export type { DiagnosticEntry, DiagnosticKind, FixId } from './registry';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_REGISTRY, DIAGNOSTICS_DOCUMENTATION, diagnosticHref, RULES_DOCUMENTATION } from './registry';
