/**
 * The rules engine: runs every enabled rule on one analysed release and turns what each finds into
 * diagnostics (code = the rule's id, severity as the project sets it, the fixes in `data`). A rule that
 * throws, or returns something that is not a list of findings, gives one `internal-error` naming it, and
 * the other rules still run. Suppression comments are read once per release.
 */
import { placeDiagnostic, type ReleaseDiagnostic, type RuleDiagnostic } from '../diagnostics';
import type { ParsedRelease } from '../frontMatter/parse';
import type { CompiledSchema } from '../schema/compile';
import { ALL_RULES } from './allRules';
import { LastOne } from './lastOne';
import { activeRules, type ActiveRule, type AnyRule, type RulesConfig } from './ruleConfig';
import { readSuppressions } from './suppression';
import type { RuleContext, RuleFinding, WorkspaceView } from './types';

export interface RuleRunOptions {
  /** The time status and date rules compare against. */
  readonly now: Date;
  /** The release's path (absolute, forward slashes), when it has one. */
  readonly filePath?: string;
  /** The other releases; workspace rules are skipped without it. */
  readonly workspace?: WorkspaceView;
  /** The project's `rules` setting. */
  readonly config?: RulesConfig;
  /** The rules to run: every rule Pressroom has unless a test gives its own. */
  readonly rules?: readonly AnyRule[];
}

/** The rule diagnostics of a release whose front matter can be read (none otherwise: its own problems come first). */
export function runRules(release: ParsedRelease, schema: CompiledSchema, options: RuleRunOptions): ReleaseDiagnostic[] {
  if (release.data === undefined) return [];
  const rules = options.rules ?? ALL_RULES;
  const suppressions = readSuppressions(release, idsOf(rules));
  const body = { text: release.text.slice(release.bodyStart), offset: release.bodyStart };
  const diagnostics: ReleaseDiagnostic[] = [];
  // One context for every rule, its options swapped in turn: rules read it during their check and keep none of it.
  const context: Mutable<RuleContext<unknown>> = {
    release,
    data: release.data,
    schema,
    roles: schema.roles,
    body,
    options: undefined,
    filePath: options.filePath,
    now: options.now,
    workspace: options.workspace,
  };
  for (const { rule, severity, options: ruleOptions } of settledRules(options.config, rules)) {
    if (rule.scope === 'workspace' && !options.workspace) continue;
    if (suppressions.suppressesFile(rule.id)) continue;
    context.options = ruleOptions;
    let findings: readonly RuleFinding[];
    try {
      findings = rule.check(context);
      if (!Array.isArray(findings)) throw new TypeError('the rule did not return a list of findings');
    } catch (error) {
      diagnostics.push(internalError(release, rule.id, error));
      continue;
    }
    for (const finding of findings) {
      const diagnostic = toDiagnostic(release, rule.id, severity, finding);
      if (!diagnostic) {
        diagnostics.push(internalError(release, rule.id, new TypeError('a finding has no message or place')));
        break;
      }
      if (!suppressions.suppresses(rule.id, diagnostic.startOffset)) diagnostics.push(diagnostic);
    }
  }
  if (suppressions.unknown.length > 0) diagnostics.push(...suppressions.unknown);
  return diagnostics;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ids = new WeakMap<readonly AnyRule[], readonly string[]>();

function idsOf(rules: readonly AnyRule[]): readonly string[] {
  const last = lastIds.get(rules);
  if (last) return last;
  let list = ids.get(rules);
  if (!list) {
    list = rules.map((rule) => rule.id);
    ids.set(rules, list);
  }
  return lastIds.set(rules, list);
}

/** The last answers, before the WeakMaps: release after release is checked with the same rules and configuration. */
const lastIds = new LastOne<readonly AnyRule[], readonly string[]>();
let lastSettled: { readonly config: object; readonly rules: readonly AnyRule[]; readonly active: readonly ActiveRule[] } | undefined;

const NO_CONFIG = {};
const settled = new WeakMap<object, WeakMap<readonly AnyRule[], readonly ActiveRule[]>>();

/**
 * The active rules of a configuration, settled once per configuration object: the editor and the CLI
 * keep one while it is unchanged, and checking options against their schemas is not free.
 */
function settledRules(config: RulesConfig | undefined, rules: readonly AnyRule[]): readonly ActiveRule[] {
  const key = config ?? NO_CONFIG;
  if (lastSettled !== undefined && lastSettled.config === key && lastSettled.rules === rules) return lastSettled.active;
  let byRules = settled.get(key);
  if (!byRules) {
    byRules = new WeakMap();
    settled.set(key, byRules);
  }
  let active = byRules.get(rules);
  if (!active) {
    active = activeRules(config, rules);
    byRules.set(rules, active);
  }
  lastSettled = { config: key, rules, active };
  return active;
}

function toDiagnostic(release: ParsedRelease, code: string, severity: RuleDiagnostic['severity'], finding: RuleFinding): RuleDiagnostic | undefined {
  if (typeof finding?.message !== 'string' || !Number.isFinite(finding.startOffset) || !Number.isFinite(finding.endOffset)) return undefined;
  // A finding is kept inside the text, so a range is always drawable.
  const length = release.text.length;
  const startOffset = Math.min(Math.max(0, Math.trunc(finding.startOffset)), length);
  const endOffset = Math.max(startOffset, Math.min(Math.trunc(finding.endOffset), length));
  return {
    code,
    severity,
    message: finding.message,
    path: finding.path ?? [],
    data: { fixes: finding.fixes ?? [] },
    range: release.lines.rangeOf(startOffset, endOffset),
    startOffset,
    endOffset,
  };
}

/** One diagnostic for a rule that failed: on the front matter's opening line, naming the rule. */
function internalError(release: ParsedRelease, rule: string, error: unknown): ReleaseDiagnostic {
  const start = release.block?.openStart ?? 0;
  const end = release.block?.openEnd ?? 0;
  const reason = error instanceof Error ? error.message : String(error);
  return placeDiagnostic(
    {
      code: 'internal-error',
      message: `Pressroom's "${rule}" rule could not check this release (${reason}); this is a fault in Pressroom, not in the release, and the other checks still ran. Please report it.`,
      data: { rule },
    },
    { range: release.lines.rangeOf(start, end), startOffset: start, endOffset: end },
  );
}
