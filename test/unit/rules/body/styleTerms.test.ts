import * as assert from 'node:assert/strict';
import { styleTerms } from '../../../../src/core/rules/body/styleTerms';
import { applyFix, check, findings } from '../ruleHarness';
import { BROKEN_YAML, NO_FRONT_MATTER, release, WRONG_TYPES } from './fixtures';

const terms = { COVID19: 'Covid-19', '%': 'per cent', utilise: 'use' };

describe('style-terms', () => {
  it('is empty by default', () => {
    assert.deepEqual(check(styleTerms, release('COVID19 rose 5%.')), []);
  });

  it('flags whole words in the body, keeping the written case of lower-case terms', () => {
    const text = release('We will Utilise the COVID19 fund; 50% of it. UTILISE it. Utilised stays.');
    assert.deepEqual(check(styleTerms, text, { options: { terms } }), [
      '7:8-7:15 The style guide says to write "Use", not "Utilise".',
      '7:20-7:27 The style guide says to write "Covid-19", not "COVID19".',
      '7:36-7:37 The style guide says to write "per cent", not "%".',
      '7:45-7:52 The style guide says to write "USE", not "UTILISE".',
    ]);
    const found = findings(styleTerms, text, { options: { terms } });
    assert.equal(applyFix(text, found[2]).split('\n')[7], 'We will Utilise the COVID19 fund; 50 per cent of it. UTILISE it. Utilised stays.');
    assert.equal(applyFix(text, found[0]).split('\n')[7].slice(0, 11), 'We will Use');
    assert.equal(found[0].fixes?.[0].title, 'Replace with "Use"');
  });

  it('takes the list form, matching a capitalised term as written unless told', () => {
    const list = [{ use: 'United States', instead: ['US'] }, { use: 'email', instead: ['e-mail', 'E-Mail'], caseSensitive: false }];
    assert.deepEqual(check(styleTerms, release('Tell us, the US team, by e-mail.'), { options: { terms: list } }).map((line) => line.split(' ')[0]), ['7:13-7:15', '7:25-7:31']);
  });

  it('checks the headline and social texts through their roles, and leaves addresses alone', () => {
    const text = release('See https://www.example.gov.uk/50%25 and [page](a.md?x=50%).').replace('title: Library opening hours extended', 'title: COVID19 hours');
    assert.deepEqual(check(styleTerms, text, { options: { terms } }), ['1:7-1:14 The style guide says to write "Covid-19", not "COVID19".']);
    assert.deepEqual(findings(styleTerms, text, { options: { terms } })[0].path, ['title']);
  });

  it('does not flag the preferred form itself', () => {
    assert.deepEqual(check(styleTerms, release('Covid-19 rules.'), { options: { terms: { Covid: 'Covid-19' } } }), []);
  });

  for (const [name, text] of Object.entries({ NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, empty: '' })) {
    it(`never throws (${name}), even with malformed options`, () => {
      for (const option of [terms, 'x', [1, { use: 2 }], null]) assert.doesNotThrow(() => check(styleTerms, text, { options: { terms: option as never } }));
    });
  }
});
