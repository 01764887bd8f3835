import * as assert from 'node:assert/strict';
import { snippetDefaults } from '../../../../src/core/authoring/textTools';
import { newReleaseText } from '../../../../src/core/authoring/newRelease';
import { builtInSchema, compileSchema } from '../../../../src/core';
import { MAX_PLACEHOLDER_FINDINGS, placeholders } from '../../../../src/core/rules/frontMatter/placeholders';
import { check, findings, NOW } from '../ruleHarness';
import { BAD_INPUTS, GOOD, minimal, UNTOUCHED_SNIPPET, withLine } from './fixtures';
import * as fs from 'node:fs';
import * as path from 'node:path';

const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../snippets/pressroom.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
const snippetText = (name: string) => snippetDefaults(snippets[name].body.join('\n')).replace('$CURRENT_DATE/$CURRENT_MONTH/$CURRENT_YEAR', '01/12/2026');

describe('placeholders', () => {
  it('passes a finished release', () => {
    assert.deepEqual(check(placeholders, GOOD), []);
  });

  it("catches every placeholder of Pressroom's release snippet, in both shapes", () => {
    const expected = [
      `1:7-1:15 title still holds the template text "Headline"; write the release's headline.`,
      '2:6-2:10 area still holds the template text "Area"; write the area the release belongs to.',
      '3:5-3:13 url is only "https://", the start of a web address; write the full address the release is published at.',
    ];
    assert.deepEqual(check(placeholders, UNTOUCHED_SNIPPET), expected);
    assert.deepEqual(check(placeholders, snippetText('Press release (--- front matter)')), expected);
    assert.deepEqual(check(placeholders, snippetText('Press release (```yaml front matter)')), expected);
  });

  it("catches the Open Graph and contact snippets' placeholders", () => {
    const text = minimal(['title: Library hours', 'area: Northshire', 'url: https://www.northshire.gov.uk/a/', 'publish:', '  date: 09:00 01/12/2026', ...snippetText('Open Graph block').split('\n'), ...snippetText('Media contact').split('\n')]);
    assert.deepEqual(check(placeholders, text), [
      `7:9-7:17 og.title still holds the template text "Headline"; write the title for the social card.`,
      '8:15-8:56 og.description still holds the template text "One or two sentences for the social card."; write one or two sentences for the social card.',
      '11:7-11:15 og.url is only "https://", the start of a web address; write the full address the release is published at.',
      '12:9-12:17 og.image is only "https://", the start of a web address; write the full address of the picture.',
      '14:10-14:19 contacts[0].name still holds the template text "Full Name"; write the real value.',
      '17:24-17:35 contacts[0].email uses example.org, a domain kept for examples; write the real address.',
    ]);
  });

  it('catches the address New Press Release leaves empty, and required text the schema lets through', () => {
    const fresh = newReleaseText(builtInSchema(), { title: 'Library hours', area: 'Northshire', now: NOW }).text;
    // `url:` with nothing is the schema's (it must be text); only an empty string the schema accepts is this rule's.
    assert.deepEqual(check(placeholders, fresh), []);
    assert.deepEqual(check(placeholders, withLine('area: Northshire', 'area: "  "')), ['2:6-2:10 area is required but holds only spaces; fill it in.']);
    const loose = compileSchema({ type: 'object', required: ['title', 'url'], properties: { title: { type: 'string' }, url: { type: 'string' } } }, 'loose');
    assert.ok(loose.ok);
    assert.deepEqual(check(placeholders, minimal(['title: ""', 'url: https://www.northshire.gov.uk/a/']), { schema: loose.schema }), ['1:7-1:9 title is required but empty; fill it in.']);
    // The schema already says an empty title is too short: no second message.
    assert.deepEqual(check(placeholders, withLine('title: Library opening hours extended | Northshire Council', 'title: ""')), []);
  });

  it('finds notes, dummy text and brackets inside values and the body, exactly where they are', () => {
    const text = withLine('area: Northshire', 'area: "Northshire TBC"', GOOD).replace('The central library will stay open later.', 'Quote from [Insert name of councillor] TODO.\n\nLorem ipsum dolor. See [the page](x.md), [ENDS] and [Name][ref].');
    assert.deepEqual(check(placeholders, text), [
      '2:18-2:21 area still has "TBC" in it, a note left for later; finish that part before the release goes out.',
      '17:11-17:38 The body has template text to fill in: "[Insert name of councillor]".',
      '17:39-17:43 The body still has "TODO" in it, a note left for later; finish that part before the release goes out.',
      '19:0-19:11 The body has dummy text ("Lorem ipsum"); replace it with the real text.',
    ]);
  });

  it('flags the domains reserved for examples unless allowed, but not real subdomains of gov.uk', () => {
    const text = GOOD.replace('The central library will stay open later.', 'Email press@example.com or see www.example.org.uk, https://news.example.net/a, northshire.example and www.example.gov.uk.');
    assert.deepEqual(check(placeholders, text), [
      '17:12-17:23 The body uses example.com, a domain kept for examples; write the real address.',
      '17:59-17:75 The body uses news.example.net, a domain kept for examples; write the real address.',
      '17:79-17:97 The body uses northshire.example, a domain kept for examples; write the real address.',
    ]);
    assert.deepEqual(check(placeholders, text, { options: { allowExampleDomains: true } }), []);
  });

  it('underlines a whole value whose source does not spell it one for one, and selects the placeholder', () => {
    const text = withLine('area: Northshire', 'area: "North\\x73hire TODO"');
    assert.deepEqual(check(placeholders, text), ['2:6-2:26 area still has "TODO" in it, a note left for later; finish that part before the release goes out.']);
    const [found] = findings(placeholders, UNTOUCHED_SNIPPET);
    assert.deepEqual(found.fixes, [{ title: 'Select the placeholder', edits: [], inFixAll: false, select: { startOffset: 11, endOffset: 19 } }]);
    assert.equal(UNTOUCHED_SNIPPET.slice(11, 19), 'Headline');
  });

  it('leaves lower-case words and real text alone', () => {
    const text = GOOD.replace('The central library will stay open later.', 'A to-do list, the todo app, tba and an example of [good practice](a.md). Beyond XXXL sizes, at myexample.com.');
    assert.deepEqual(check(placeholders, text), []);
  });

  it(`stops at ${MAX_PLACEHOLDER_FINDINGS} findings`, () => {
    assert.equal(findings(placeholders, BAD_INPUTS.HUGE).length, MAX_PLACEHOLDER_FINDINGS);
  });

  for (const [name, text] of Object.entries(BAD_INPUTS)) {
    it(`never throws (${name})`, () => {
      assert.doesNotThrow(() => check(placeholders, text));
      assert.doesNotThrow(() => check(placeholders, text, { options: { allowExampleDomains: 'yes' as never } }));
    });
  }
});
