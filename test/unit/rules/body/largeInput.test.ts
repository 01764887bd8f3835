/** Large and hostile bodies finish with the right counts (speed is measured by hand, not asserted). */
import * as assert from 'node:assert/strict';
import { ALL_RULES } from '../../../../src/core/rules/allRules';
import { linkText } from '../../../../src/core/rules/body/linkText';
import { styleTerms } from '../../../../src/core/rules/body/styleTerms';
import { brokenLinks } from '../../../../src/core/rules/body/brokenLinks';
import { contextFor, findings } from '../ruleHarness';
import { release } from './fixtures';

const MB = 1024 * 1024;
const every = { releases: [], fileExists: (path: string) => !path.endsWith('missing.md') };

describe('body rules on large input', () => {
  it('10,000 links: every vague one found', () => {
    const text = release(Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? `[here](missing.md)` : `[page ${i}](p${i}.md)`)).join(' '));
    assert.equal(findings(linkText, text).length, 1000);
    assert.equal(findings(brokenLinks, text, { workspace: every }).length, 1000);
  });

  it('5,000 style terms on a 1 MB body', () => {
    const terms = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`term${i}`, `word${i}`]));
    const paragraph = 'The council term42 met today and agreed the budget for next year. ';
    const text = release(paragraph.repeat(Math.ceil(MB / paragraph.length)));
    assert.equal(findings(styleTerms, text, { options: { terms } }).length, Math.ceil(MB / paragraph.length));
  });

  it('a body of one 1 MB line, and a body of 100,000 unclosed brackets, under every rule', () => {
    const sentence = 'The council met today and agreed the budget; [read the minutes](minutes.md) and see ![](c.jpg). ';
    const line = release(sentence.repeat(Math.floor(MB / sentence.length)));
    const brackets = release('['.repeat(100_000) + '[a](missing.md)');
    const counts = [line, brackets].map((text) => {
      // One analysis, as the engine runs it: the body is parsed once and shared by the rules.
      const shared = contextFor(linkText, text, { workspace: every });
      return Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.check({ ...shared, options: rule.defaults }).length]));
    });
    const sentences = Math.floor(MB / sentence.length);
    assert.equal(counts[0]['image-alt-text'], sentences);
    assert.equal(counts[0]['link-text'], 0);
    assert.equal(counts[1]['broken-links'], 1);
    assert.equal(counts[1]['media-contact'], 1);
  });
});

describe('body rules on hostile brackets', () => {
  it('a megabyte of [ or ![ with one real link: the link is found, nothing else', () => {
    for (const filler of ['[', '![', '<']) {
      const text = release(filler.repeat(MB / filler.length) + ' [here](missing.md)');
      const shared = contextFor(linkText, text, { workspace: every });
      assert.deepEqual(linkText.check(shared).map((finding) => text.slice(finding.startOffset, finding.endOffset)), ['here'], filler);
      assert.equal(brokenLinks.check({ ...shared, options: {} }).length, 1, filler);
    }
  });

  it('a block over the parser cap finds the same links, in the same places, as a block under it', () => {
    const sentence = 'See [the minutes](minutes.md), ![](c.jpg) and <https://www.example.gov.uk/a>. ';
    const small = release(sentence.repeat(10));
    const large = release(sentence.repeat(2000));
    const places = (text: string) => ALL_RULES.filter((rule) => ['image-alt-text', 'link-text'].includes(rule.id)).flatMap((rule) => rule.check({ ...contextFor(linkText, text), options: rule.defaults }).map((finding) => finding.startOffset - text.indexOf('See')));
    assert.deepEqual(places(large).slice(0, places(small).length / 2), places(small).slice(0, places(small).length / 2));
    assert.equal(places(large).length, 4000);
  });
});
