/** Messages for rules about lists: how many entries, which may follow, repeats, and what a list must contain. */
import { listInWords, valueInWords } from './describeValue';
import { atValue, limitOf, type SchemaProblem, type Subject } from './problemTypes';

/** "1 entry", "3 entries". */
function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

export function itemCountProblem(subject: Subject): SchemaProblem {
  const limit = limitOf(subject.error);
  const { label } = subject;
  if (subject.error.keyword === 'minItems') {
    return atValue(subject, { code: 'too-short', message: limit <= 1 ? `${label} must not be an empty list` : `${label} must list at least ${limit} entries` });
  }
  return atValue(subject, { code: 'too-long', message: `${label} lists too many entries (at most ${limit})` });
}

/** items: false after prefixItems, additionalItems: false, unevaluatedItems: false: entries past the last allowed one. */
export function extraItemsProblem(subject: Subject): SchemaProblem {
  const limit = limitOf(subject.error);
  const count = Array.isArray(subject.value) ? subject.value.length : 0;
  const allowed = limit === 0 ? `${subject.label} must be an empty list` : `${subject.label} may list at most ${entries(limit)}`;
  return atValue(subject, { code: 'too-long', message: `${allowed}; it lists ${count}, so remove the ${count - limit === 1 ? 'last one' : `last ${count - limit}`}` });
}

/** uniqueItems: which entries are the same, counted from 1 as people count. */
export function uniqueItemsProblem(subject: Subject): SchemaProblem {
  const items = Array.isArray(subject.value) ? subject.value : [];
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = canonical(item);
    groups.set(key, [...(groups.get(key) ?? []), index + 1]);
  });
  const repeats = [...groups.values()].filter((positions) => positions.length > 1);
  const described = repeats.slice(0, 3).map((positions) => `entries ${listInWords(positions.map(String), 'and')} are the same (${valueInWords(items[positions[0] - 1])})`);
  const more = repeats.length > 3 ? `, and ${repeats.length - 3} more repeat` : '';
  const which = described.length > 0 ? `: ${described.join('; ')}${more}` : '';
  return atValue(subject, { code: 'schema-rule', message: `${subject.label} must not list the same entry twice${which}` });
}

/** JSON with object keys in order, so that {a, b} and {b, a} count as the same, as JSON Schema says. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * contains / minContains / maxContains. `matching` is how many entries fit (the entries that failed are
 * the summary's children); `wanted` describes the kind of entry in words.
 */
export function containsProblem(subject: Subject, failing: number, wanted: string): SchemaProblem {
  const { minContains, maxContains } = subject.error.params as { minContains?: number; maxContains?: number };
  const count = Array.isArray(subject.value) ? subject.value.length : 0;
  const matching = Math.max(0, count - failing);
  const least = minContains ?? 1;
  if (wanted === 'anything' && matching < least) {
    return atValue(subject, { code: 'schema-rule', message: least <= 1 ? `${subject.label} must not be an empty list` : `${subject.label} must list at least ${entries(least)}; it has ${matching}` });
  }
  const message =
    matching < least
      ? least === 1
        ? `${subject.label} must list at least one entry that is ${wanted}, and it has none`
        : `${subject.label} must list at least ${entries(least)} that are ${wanted}; it has ${matching}`
      : `${subject.label} may list at most ${entries(maxContains ?? matching)} that ${maxContains === 1 ? 'is' : 'are'} ${wanted}; it has ${matching}`;
  return atValue(subject, { code: 'schema-rule', message });
}
