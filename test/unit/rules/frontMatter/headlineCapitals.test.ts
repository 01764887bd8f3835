import * as assert from 'node:assert/strict';
import { headlineCapitals } from '../../../../src/core/rules/frontMatter/headlineCapitals';
import { check } from '../ruleHarness';
import { BAD_INPUTS, GOOD, withLine } from './fixtures';

const TITLE = 'title: Library opening hours extended | Northshire Council';
const headline = (value: string) => check(headlineCapitals, withLine(TITLE, `title: ${value}`));

describe('headline-capitals', () => {
  it('flags a headline in capitals', () => {
    assert.deepEqual(headline('LIBRARY OPENING HOURS EXTENDED'), [
      '1:7-1:37 The headline (title) is in capitals, which is hard to read and some screen readers spell out letter by letter; write it in sentence case.',
    ]);
    assert.equal(headline('URGENT APPEAL AFTER CRASH on A6 | Northshire Police').length, 1);
  });

  it('ignores acronyms in mixed-case text, a site name in capitals, and short headlines', () => {
    assert.deepEqual(check(headlineCapitals, GOOD), []);
    assert.deepEqual(headline('NHS and DVLA update on GP surgeries'), []);
    assert.deepEqual(headline('URGENT: man missing from Northtown'), []);
    assert.deepEqual(headline('Library hours extended | NORTHSHIRE COUNCIL'), []);
    assert.deepEqual(headline('A6 SHUT'), []);
  });

  for (const [name, text] of Object.entries(BAD_INPUTS)) {
    it(`never throws (${name})`, () => {
      assert.doesNotThrow(() => check(headlineCapitals, text));
    });
  }
});
