/**
 * The rules a SARIF log describes: every diagnostic code of the registry and every release rule, each
 * with its documentation, so code scanning can show what a result means and how to fix it.
 */
import type { ReportingDescriptor } from 'sarif';
import { ALL_RULES, DIAGNOSTIC_CODES, DIAGNOSTIC_REGISTRY, diagnosticHref, type Severity } from '../../core';

/** What SARIF needs to know of a release rule (src/core/rules: id, description, severity). */
export interface RuleSummary {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity | 'off';
}

export function sarifLevel(severity: Severity | 'off'): 'error' | 'warning' | 'note' | 'none' {
  if (severity === 'off') return 'none';
  return severity === 'information' ? 'note' : severity;
}

function descriptor(id: string, description: string, severity: Severity | 'off', helpUri: string, canFix: boolean): ReportingDescriptor {
  const fixing = canFix ? ' The editor offers quick fixes for it, and "pressroom validate --fix" applies those that need no decision.' : '';
  return {
    id,
    name: id,
    shortDescription: { text: description },
    fullDescription: { text: `${description}${fixing}` },
    help: { text: `${description}${fixing} What it means and how to fix it: ${helpUri}` },
    helpUri,
    defaultConfiguration: { level: sarifLevel(severity) },
  };
}

/** Every rule, in a fixed order (the registry's, then the release rules'), plus any other code results use. */
export function sarifRules(extraCodes: Iterable<string> = [], rules: readonly RuleSummary[] = ALL_RULES): ReportingDescriptor[] {
  const descriptors = DIAGNOSTIC_CODES.map((code) => {
    const entry = DIAGNOSTIC_REGISTRY[code];
    return descriptor(code, entry.description, entry.severity, diagnosticHref(code), entry.fixes.length > 0);
  });
  for (const rule of rules) descriptors.push(descriptor(rule.id, rule.description, rule.severity, diagnosticHref(rule.id), false));
  const known = new Set(descriptors.map((rule) => rule.id));
  for (const code of extraCodes) {
    if (known.has(code)) continue;
    known.add(code);
    descriptors.push(descriptor(code, `Pressroom's check "${code}".`, 'warning', diagnosticHref(code), false));
  }
  return descriptors;
}
