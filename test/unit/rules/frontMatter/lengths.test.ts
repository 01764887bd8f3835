import * as assert from 'node:assert/strict';
import { headlineLength } from '../../../../src/core/rules/frontMatter/headlineLength';
import { socialDescriptionLength } from '../../../../src/core/rules/frontMatter/socialDescriptionLength';
import { socialTitleLength } from '../../../../src/core/rules/frontMatter/socialTitleLength';
import { splitSiteName } from '../../../../src/core/rules/frontMatter/siteName';
import type { AnyRule } from '../../../../src/core/rules';
import { check } from '../ruleHarness';
import { BAD_INPUTS, GOOD, UNTOUCHED_SNIPPET, withLine } from './fixtures';

const TITLE = 'title: Library opening hours extended | Northshire Council';
const OG_TITLE = '  title: Library opening hours extended';
const DESCRIPTION = '  description: The central library will open until 8pm on weekdays from January, after a consultation with readers.';
/** 61 characters of headline. */
const LONG = 'Central library to open until 8pm on weekdays from 5 January';

describe('site-name suffixes', () => {
  it('recognises a short, title-cased last part after a separator', () => {
    assert.deepEqual(splitSiteName('Road closed | Northshire Police'), { headline: 'Road closed', suffix: 'Northshire Police', certain: true });
    assert.deepEqual(splitSiteName('Road closed – Office of the Police and Crime Commissioner'), { headline: 'Road closed', suffix: 'Office of the Police and Crime Commissioner', certain: false });
    assert.deepEqual(splitSiteName('Road closed - GOV.UK'), { headline: 'Road closed', suffix: 'GOV.UK', certain: false });
  });

  it('keeps a headline whose last part is part of the story', () => {
    assert.deepEqual(splitSiteName('Police appeal - can you help?'), { headline: 'Police appeal - can you help?' });
    assert.deepEqual(splitSiteName('Man charged - Victim Named, Says Family'), { headline: 'Man charged - Victim Named, Says Family' });
    assert.deepEqual(splitSiteName(' | Northshire Police'), { headline: '| Northshire Police' });
    assert.deepEqual(splitSiteName('Road closed | Northshire Police', []), { headline: 'Road closed | Northshire Police' });
  });
});

describe('headline-length', () => {
  it('passes a headline of 10 to 60 characters, not counting the site name', () => {
    assert.deepEqual(check(headlineLength, GOOD), []);
    assert.equal(LONG.length, 60);
    assert.deepEqual(check(headlineLength, withLine(TITLE, `title: ${LONG} | Northshire Council`)), []);
  });

  it('flags a longer or shorter one on its value', () => {
    assert.deepEqual(check(headlineLength, withLine(TITLE, `title: ${LONG}s | Northshire Council`)), [
      '1:7-1:89 The headline (title) is 61 characters long without the site name; search results show only about the first 60, so keep it to 60 or fewer with the news first.',
    ]);
    assert.deepEqual(check(headlineLength, withLine(TITLE, 'title: Road shut')), ['1:7-1:16 The headline (title) is 9 characters long; give it at least 10, so it says what happened.']);
  });

  it('takes its limits and separators from the options, and counts characters as readers do', () => {
    assert.deepEqual(check(headlineLength, GOOD, { options: { max: 20 } }), ['1:7-1:58 The headline (title) is 30 characters long without the site name; search results show only about the first 20, so keep it to 20 or fewer with the news first.']);
    assert.deepEqual(check(headlineLength, GOOD, { options: { max: 40, siteNameSuffix: [' :: '] } }), ['1:7-1:58 The headline (title) is 51 characters long; search results show only about the first 40, so keep it to 40 or fewer with the news first.']);
    // An accented letter written as e and a combining accent, and an emoji, count one each.
    const cafe = withLine(TITLE, 'title: Cafe\u0301 reopens 🎉');
    assert.deepEqual(check(headlineLength, cafe, { options: { min: 14 } }), []);
    assert.deepEqual(check(headlineLength, cafe, { options: { min: 15 } }), ['1:7-1:23 The headline (title) is 14 characters long; give it at least 15, so it says what happened.']);
  });

  it('leaves template text and empty headlines to the placeholders rule and the schema', () => {
    assert.deepEqual(check(headlineLength, UNTOUCHED_SNIPPET), []);
    assert.deepEqual(check(headlineLength, withLine(TITLE, 'title: ""')), []);
  });
});

describe('social-title-length', () => {
  it('passes up to 70 characters and flags more, counting a site name in og.title', () => {
    assert.deepEqual(check(socialTitleLength, GOOD), []);
    const text = withLine(OG_TITLE, `  title: ${LONG} | Northshire`);
    assert.deepEqual(check(socialTitleLength, text), ['8:9-8:82 og.title is 73 characters long; social networks cut card titles after about 70, so keep it to 70 or fewer.']);
    assert.deepEqual(check(socialTitleLength, text, { options: { max: 80 } }), []);
    assert.deepEqual(check(socialTitleLength, withLine(OG_TITLE, '  title: Hours')), ['8:9-8:14 og.title is 5 characters long; give it at least 10, so the card says what the release is about.']);
  });
});

describe('social-description-length', () => {
  it('passes 50 to 160 characters', () => {
    assert.deepEqual(check(socialDescriptionLength, GOOD), []);
  });

  it('flags a description too long or too short for a snippet', () => {
    const long = `  description: ${'The central library will open until 8pm. '.repeat(4)}`;
    assert.deepEqual(check(socialDescriptionLength, withLine(DESCRIPTION, long)), ['9:15-9:178 og.description is 163 characters long; search results and social cards cut descriptions after about 160, so keep it to 160 or fewer.']);
    assert.deepEqual(check(socialDescriptionLength, withLine(DESCRIPTION, '  description: Later opening.')), [
      '9:15-9:29 og.description is 14 characters long; give it at least 50: a sentence that says what the release is about and why it matters.',
    ]);
    assert.deepEqual(check(socialDescriptionLength, withLine(DESCRIPTION, '  description: Later opening.'), { options: { min: 0 } }), []);
  });
});

describe('length rules and bad input', () => {
  for (const rule of [headlineLength, socialTitleLength, socialDescriptionLength] as AnyRule[]) {
    for (const [name, text] of Object.entries(BAD_INPUTS)) {
      it(`${rule.id} never throws (${name}), even with malformed options`, () => {
        assert.doesNotThrow(() => check(rule, text));
        assert.doesNotThrow(() => check(rule, text, { options: { max: 'x', min: -1, siteNameSuffix: 3 } as never }));
      });
    }
  }
});
