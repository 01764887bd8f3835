/** Runs one rule on a release written in a test, as the engine would, and shows findings as one-line strings. */
import { builtInSchema, parseRelease, LineIndex, type CompiledSchema } from '../../../src/core';
import type { Rule, RuleContext, RuleFinding, WorkspaceView } from '../../../src/core/rules/types';

export const NOW = new Date('2026-12-02T09:00:00Z');

export interface HarnessOptions<O> {
  readonly options?: Partial<O>;
  readonly schema?: CompiledSchema;
  readonly filePath?: string;
  readonly now?: Date;
  readonly workspace?: WorkspaceView;
}

export function contextFor<O>(rule: Rule<O>, text: string, extra: HarnessOptions<O> = {}): RuleContext<O> {
  const release = parseRelease(text);
  const schema = extra.schema ?? builtInSchema();
  return {
    release,
    data: release.data ?? {},
    schema,
    roles: schema.roles,
    body: { text: text.slice(release.bodyStart), offset: release.bodyStart },
    options: { ...rule.defaults, ...extra.options } as O,
    filePath: extra.filePath ?? '/newsroom/news/release.md',
    now: extra.now ?? NOW,
    workspace: extra.workspace,
  };
}

export function findings<O>(rule: Rule<O>, text: string, extra: HarnessOptions<O> = {}): readonly RuleFinding[] {
  return rule.check(contextFor(rule, text, extra));
}

/** `line:col-line:col message`, zero-based like VS Code. */
export function describeFinding(text: string, finding: RuleFinding): string {
  const lines = new LineIndex(text);
  const start = lines.positionAt(finding.startOffset);
  const end = lines.positionAt(finding.endOffset);
  return `${start.line}:${start.character}-${end.line}:${end.character} ${finding.message}`;
}

export function check<O>(rule: Rule<O>, text: string, extra: HarnessOptions<O> = {}): string[] {
  return findings(rule, text, extra).map((finding) => describeFinding(text, finding));
}

/** The text after applying one fix's edits (applied from the end so offsets stay valid). */
export function applyFix(text: string, finding: RuleFinding, index = 0): string {
  const fix = finding.fixes?.[index];
  if (!fix) throw new Error(`no fix ${index} on "${finding.message}"`);
  return [...fix.edits].sort((a, b) => b.startOffset - a.startOffset).reduce((out, edit) => out.slice(0, edit.startOffset) + edit.newText + out.slice(edit.endOffset), text);
}
