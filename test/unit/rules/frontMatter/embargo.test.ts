import * as assert from 'node:assert/strict';
import { compileSchema } from '../../../../src/core';
import { embargoBeforePublication } from '../../../../src/core/rules/frontMatter/embargoBeforePublication';
import { check } from '../ruleHarness';
import { BAD_INPUTS, GOOD, withLine } from './fixtures';

const EMBARGO = 'embargo: 00:01 02/12/2026';
const loose = compileSchema({ type: 'object', properties: { embargo: { type: 'string' }, publish: { type: 'object', properties: { date: { type: 'string' } } } } }, 'loose');
const looseSchema = loose.ok ? loose.schema : assert.fail('the loose schema compiles');

describe('embargo-before-publication', () => {
  it('passes an embargo before or at the publish time, and a release without one', () => {
    assert.deepEqual(check(embargoBeforePublication, GOOD), []);
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: 09:30 02/12/2026')), []);
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, '')), []);
  });

  it('flags an embargo later than the publish time, the same day or another', () => {
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: 09:31 02/12/2026')), [
      '6:9-6:25 The embargo (Wednesday 2 December 2026, 09:31) is later than the publish time in publish.date (Wednesday 2 December 2026, 09:30); the release would go out before the embargo lifts. Correct one of the two.',
    ]);
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: "00:01 03/12/2026"')), [
      '6:9-6:27 The embargo (Thursday 3 December 2026, 00:01) is later than the publish time in publish.date (Wednesday 2 December 2026, 09:30); the release would go out before the embargo lifts. Correct one of the two.',
    ]);
  });

  it('compares by day when the embargo has no time, leaving the form to the schema', () => {
    // The built-in schema's press-date format already says "19/03/2020" is not in the form.
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: 02/12/2026')), []);
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: 03/12/2026')), [
      '6:9-6:19 The embargo (Thursday 3 December 2026) is later than the publish time in publish.date (Wednesday 2 December 2026, 09:30); the release would go out before the embargo lifts. Correct one of the two.',
    ]);
  });

  it('says an embargo has no time when the schema does not check the form', () => {
    const text = withLine(EMBARGO, 'embargo: 2 December 2026');
    assert.deepEqual(check(embargoBeforePublication, text, { schema: looseSchema }), ['6:9-6:24 embargo has a date but no time; write both, as HH:mm DD/MM/YYYY (for example 00:01 02/12/2026).']);
  });

  it('says nothing about values that are not dates', () => {
    assert.deepEqual(check(embargoBeforePublication, withLine(EMBARGO, 'embargo: when the minister speaks')), []);
    assert.deepEqual(check(embargoBeforePublication, withLine('  date: 09:30 02/12/2026', '  date: soon')), []);
  });

  for (const [name, text] of Object.entries(BAD_INPUTS)) {
    it(`never throws (${name})`, () => {
      assert.doesNotThrow(() => check(embargoBeforePublication, text));
    });
  }
});
