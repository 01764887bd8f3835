/** Quick fixes in nested groups, flow mappings and quoted dates, on a small custom schema. */
import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease, validateParsed } from '../../../src/core';
import { applyEdits, fixAllEdits, fixesAt, fixesFor } from '../../../src/core/authoring';
import { lines } from '../helpers';
import { schemaOf } from '../testSchemas';
import { NOW } from '../authoring/helpers';

const schema = schemaOf({
  type: 'object',
  properties: {
    title: { type: 'string' },
    when: { type: 'string', format: 'press-date' },
    info: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' } } },
    og: { type: 'object', properties: { title: { type: 'string' } } },
  },
});

const frontMatter = (...fields: string[]) => lines('---', ...fields, '---', '');

/** Each fix offered for the text's diagnostics: its title and the text once its edits are applied. */
function fixed(text: string): [string, string][] {
  const release = parseRelease(text);
  return fixesFor(release, schema, validateParsed(release, schema), { now: NOW }).map((fix) => [fix.title, applyEdits(text, fix.edits)]);
}

describe('quick fixes: nested groups and quoted dates', () => {
  it('renames a near-miss key inside a group, adds a missing field to it, and keeps the quotes of a date without a time', () => {
    const text = frontMatter("when: '18 March 2026'", 'info:', '  nme: z');
    assert.deepEqual(fixed(text), [
      ['Rewrite the date as "18/03/2026" with a time (09:00)', frontMatter("when: '09:00 18/03/2026'", 'info:', '  nme: z')],
      ['Rename "nme" to "name"', frontMatter("when: '18 March 2026'", 'info:', '  name: z')],
      ['Add missing field "name" to info', frontMatter("when: '18 March 2026'", 'info:', '  nme: z', '  name:')],
    ]);
    const release = parseRelease(text);
    const dateFix = fixesFor(release, schema, validateParsed(release, schema), { now: NOW })[0];
    assert.deepEqual(dateFix.snippet, { startOffset: 10, endOffset: 25, snippet: "'${1:09:00} 18/03/2026'" });
  });

  it('renames inside a flow mapping but adds nothing to it, and offers no rewrite for a date that cannot be', () => {
    assert.deepEqual(fixed(frontMatter('when: 32/13/2026', 'info: {nme: z}')), [['Rename "nme" to "name"', frontMatter('when: 32/13/2026', 'info: {name: z}')]]);
  });
});

describe('fixes where the cursor is: nothing to work on', () => {
  it('offers nothing without front matter, and one copy (no "copy all") when the group has one candidate', () => {
    assert.deepEqual(fixesAt(parseRelease('no front matter\n'), schema, 0, 0, { now: NOW }), []);
    const text = frontMatter('title: T', 'og:', '  other: x');
    const offered = fixesAt(parseRelease(text), schema, 4, 4, { now: NOW }).map((fix) => [fix.title, applyEdits(text, fix.edits)]);
    assert.deepEqual(offered, [['Copy title to og.title', frontMatter('title: T', 'og:', '  other: x', '  title: T')]]);
  });
});

describe('fixes never write a line under an empty flow group', () => {
  const builtIn = builtInSchema();
  const release = (og: string) =>
    `---\ntitle: Library opens\narea: Northshire\nurl: https://www.example.org/news/library/\npublish:\n  date: 09:00 24/11/2026\n${og}\n---\n`;

  it('offers no copy into `og: {}` and no fix-all edit there: it would not be YAML', () => {
    const text = release('og: {}');
    const parsed = parseRelease(text);
    const diagnostics = validateParsed(parsed, builtIn);
    const edits = fixAllEdits(parsed, builtIn, diagnostics, { now: NOW });
    assert.deepEqual(edits, []);
    assert.equal(applyEdits(text, edits), text);
    const copies = fixesAt(parsed, builtIn, text.indexOf('og:'), text.indexOf('og:') + 2, { now: NOW });
    assert.deepEqual(copies.map((fix) => fix.title), []);
  });
});

describe('fix-all never writes one key twice', () => {
  it('renames only the first of two near-misses of the same field, so the result is still YAML', () => {
    const builtIn = builtInSchema();
    const text = '---\ntitl: A\ntite: B\narea: Northshire\nurl: https://www.example.org/news/a/\npublish:\n  date: 09:00 24/11/2026\n---\n';
    const parsed = parseRelease(text);
    const fixed = applyEdits(text, fixAllEdits(parsed, builtIn, validateParsed(parsed, builtIn), { now: NOW }));
    assert.equal(fixed, text.replace('titl: A', 'title: A'));
    assert.deepEqual(
      validateParsed(parseRelease(fixed), builtIn).map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`),
      ['unknown-field Unknown field "tite"; did you mean "title"?'],
    );
  });
});
