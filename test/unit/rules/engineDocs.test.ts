// docs/rules/README.md lists every rule of ALL_RULES, in order, as the table this test writes; and every rule has its page.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, DIAGNOSTIC_CODES } from '../../../src/core';
import type { AnyRule } from '../../../src/core/rules';

const ROOT = path.join(__dirname, '..', '..', '..');
const INDEX = path.join(ROOT, 'docs', 'rules', 'README.md');
const BEGIN = '<!-- rules-index:begin (written by test/unit/rules/engineDocs.test.ts: PRESSROOM_WRITE_RULES_INDEX=1 npm run test:unit rewrites it) -->';
const END = '<!-- rules-index:end -->';

function optionNames(rule: AnyRule): string {
  const properties = (rule.optionsSchema?.properties ?? {}) as Record<string, unknown>;
  const names = Object.keys(properties);
  return names.length === 0 ? '' : names.map((name) => `\`${name}\``).join(', ');
}

/** The index table, one row per rule, in ALL_RULES's order. */
export function rulesIndex(rules: readonly AnyRule[]): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${rule.severity} | ${rule.scope} | ${rule.description.replace(/\|/g, '\\|')} | ${optionNames(rule)} |`);
  return ['| Rule | Default severity | Checks | What it checks | Options |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

describe('the rules index (docs/rules/README.md)', () => {
  it('holds the table of every rule, in ALL_RULES order', () => {
    const text = fs.readFileSync(INDEX, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    assert.ok(start >= 0 && end > start, 'the index has its markers');
    const expected = `${BEGIN}\n${rulesIndex(ALL_RULES)}\n${END}`;
    const actual = text.slice(start, end + END.length);
    if (actual !== expected && process.env.PRESSROOM_WRITE_RULES_INDEX === '1') {
      fs.writeFileSync(INDEX, text.slice(0, start) + expected + text.slice(end + END.length));
      return;
    }
    assert.equal(actual, expected, 'run PRESSROOM_WRITE_RULES_INDEX=1 npm run test:unit to rewrite it');
  });

  it('every rule has a kebab-case id of its own, a one-sentence description and a page', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const rule of ALL_RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/, rule.id);
      assert.ok(!(DIAGNOSTIC_CODES as readonly string[]).includes(rule.id), `${rule.id} is not also one of the registry's codes`);
      assert.match(rule.description, /^[A-Z][^\n]{9,159}\.$/, `${rule.id}: one sentence on one line`);
      assert.ok(['error', 'warning', 'information', 'off'].includes(rule.severity), rule.id);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md exists`);
    }
  });
});
