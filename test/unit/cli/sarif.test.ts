// --format sarif: valid against the official SARIF 2.1.0 schema, every rule described, exact results, and
// fingerprints that survive lines moving above a problem.
import * as assert from 'node:assert/strict';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import sarifSchema from '../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { runCli } from '../../../src/cli/main';
import { sarifRules } from '../../../src/cli/formats/sarifRules';
import { ALL_RULES, DIAGNOSTIC_CODES, diagnosticHref } from '../../../src/core';
import { lines } from '../helpers';
import { BROKEN, CONTACT_FIELDS, project } from './fixtures';

function sarifOf(files: Record<string, string>, args: string[] = ['news']): Log {
  const io = project(files);
  assert.equal(runCli(['validate', '--format', 'sarif', ...args], io), 1);
  assert.deepEqual(io.err, []);
  return JSON.parse(io.out.join('')) as Log;
}

describe('pressroom validate --format sarif', () => {
  // The official schema's language pattern (`[a-zA-Z]{2}]?`) is not valid with the u flag, so patterns run without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);

  it('is valid SARIF 2.1.0 against the official schema', () => {
    const log = sarifOf({ 'news/b.md': BROKEN, 'news/spring 2026/ünïcode #1.md': BROKEN });
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    // …and the schema does refuse what SARIF forbids (lines count from 1).
    const region = log.runs[0].results?.[0].locations?.[0].physicalLocation?.region;
    if (region) region.startLine = 0;
    assert.equal(validate(log), false);
  });

  it('describes every diagnostic code, with its documentation', () => {
    const rules = sarifOf({ 'news/b.md': BROKEN }).runs[0].tool.driver.rules ?? [];
    assert.deepEqual(rules.map((rule) => rule.id).slice(0, DIAGNOSTIC_CODES.length), DIAGNOSTIC_CODES);
    assert.deepEqual(rules[DIAGNOSTIC_CODES.indexOf('invalid-date')], {
      id: 'invalid-date',
      name: 'invalid-date',
      shortDescription: { text: 'A date is not a real time and date in the form HH:mm DD/MM/YYYY.' },
      fullDescription: {
        text: 'A date is not a real time and date in the form HH:mm DD/MM/YYYY. The editor offers quick fixes for it, and "pressroom validate --fix" applies those that need no decision.',
      },
      help: {
        text: `A date is not a real time and date in the form HH:mm DD/MM/YYYY. The editor offers quick fixes for it, and "pressroom validate --fix" applies those that need no decision. What it means and how to fix it: ${diagnosticHref('invalid-date')}`,
      },
      helpUri: 'https://github.com/pressroom-dev/pressroom/blob/main/docs/diagnostics.md#invalid-date',
      defaultConfiguration: { level: 'error' },
    });
  });

  it('describes every release rule after the registry, with its page', () => {
    const rules = sarifOf({ 'news/b.md': BROKEN }).runs[0].tool.driver.rules ?? [];
    assert.deepEqual(
      rules.slice(DIAGNOSTIC_CODES.length).map((rule) => [rule.id, rule.shortDescription?.text, rule.helpUri]),
      ALL_RULES.map((rule) => [rule.id, rule.description, `https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/${rule.id}.md`]),
    );
  });

  it('adds the release rules after the registry, and any other code a result uses', () => {
    const rules = sarifRules(['placeholders', 'missing-field', 'house-style'], [{ id: 'placeholders', description: 'The release still holds placeholder text.', severity: 'warning' }]);
    assert.deepEqual(rules.slice(DIAGNOSTIC_CODES.length).map((rule) => [rule.id, rule.helpUri, rule.defaultConfiguration?.level]), [
      ['placeholders', 'https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/placeholders.md', 'warning'],
      ['house-style', 'https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/house-style.md', 'warning'],
    ]);
  });

  it('gives each result its rule, level, message, 1-based region and a path relative to the working folder', () => {
    const log = sarifOf({ 'news/spring 2026/ünïcode #1.md': BROKEN }, ['news']);
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///project/' } });
    const results = run.results ?? [];
    assert.deepEqual(
      results.map(({ partialFingerprints, ...rest }) => (assert.match(Object.values(partialFingerprints ?? {})[0], /^[0-9a-f]{32}$/), rest)),
      [
        ['missing-field', 'error', 'Missing required field "area"', [1, 1, 1, 4]],
        ['invalid-date', 'error', 'publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not "2020-03-18 16:55"', [5, 9, 5, 25]],
        ['unknown-field', 'warning', 'Unknown field "tittle"; did you mean "title"?', [6, 1, 6, 7]],
      ].map(([ruleId, level, text, [startLine, startColumn, endLine, endColumn]]) => ({
        ruleId,
        ruleIndex: DIAGNOSTIC_CODES.indexOf(ruleId as (typeof DIAGNOSTIC_CODES)[number]),
        level,
        message: { text },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'news/spring%202026/%C3%BCn%C3%AFcode%20%231.md', uriBaseId: '%SRCROOT%' },
              region: { startLine, startColumn, endLine, endColumn },
            },
          },
        ],
      })),
    );
  });

  it('keeps fingerprints when lines are added above a problem, and tells identical problems apart', () => {
    const fingerprints = (text: string) => (sarifOf({ 'news/b.md': text }).runs[0].results ?? []).map((result) => JSON.stringify(result.partialFingerprints));
    const before = fingerprints(BROKEN);
    const moved = fingerprints(BROKEN.replace('title: A\n', 'title: A\n# a comment\n\n'));
    assert.deepEqual(moved, before);
    assert.equal(new Set(before).size, before.length);
    const twice = fingerprints(lines('---', 'title: A', 'tittle: B', 'tittle: C', ...CONTACT_FIELDS, '---'));
    assert.equal(new Set(twice).size, twice.length);
  });
});
