/** A release rule as the registry would list it: `kind: 'rule'`, for listings (SARIF, docs) beside the registry's codes. */
import { DIAGNOSTIC_REGISTRY, isBuiltInCode, type DiagnosticEntry } from '../diagnostics';
import { ALL_RULES } from './allRules';
import type { AnyRule } from './ruleConfig';

export function ruleEntry(rule: AnyRule): DiagnosticEntry {
  // An `off` rule is listed with the severity its findings get once turned on.
  return { kind: 'rule', severity: rule.severity === 'off' ? 'warning' : rule.severity, description: rule.description, fixes: [] };
}

/** The entry of any diagnostic code: one of the registry's, or a rule's; undefined for a code neither knows. */
export function diagnosticEntry(code: string, rules: readonly AnyRule[] = ALL_RULES): DiagnosticEntry | undefined {
  if (isBuiltInCode(code)) return DIAGNOSTIC_REGISTRY[code];
  const rule = rules.find((candidate) => candidate.id === code);
  return rule ? ruleEntry(rule) : undefined;
}
