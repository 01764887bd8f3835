import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema, parseRelease, validateRelease } from '../../../src/core';
import { checkReleaseTitle, newReleaseFileName, newReleaseText, slugify } from '../../../src/core/authoring';
import { NOW } from './helpers';

describe('authoring: new release', () => {
  it('slugs and file names', () => {
    assert.equal(slugify('Council opens new library!'), 'council-opens-new-library');
    assert.equal(slugify("Café & bakery's award — 2026"), 'cafe-and-bakerys-award-2026');
    assert.ok(slugify('word '.repeat(40)).length <= 60);
    assert.equal(newReleaseFileName('Council opens new library', NOW), '2026-11-24-council-opens-new-library.md');
    assert.equal(newReleaseFileName('!!!', NOW), '2026-11-24-release.md');
    const taken = new Set(['2026-11-24-council-opens-new-library.md', '2026-11-24-council-opens-new-library-2.md']);
    assert.equal(newReleaseFileName('Council opens new library', NOW, (name) => taken.has(name)), '2026-11-24-council-opens-new-library-3.md');
  });

  it('checks the title', () => {
    assert.equal(checkReleaseTitle('  ', builtInSchema()), 'Enter the headline of the release');
    assert.equal(checkReleaseTitle('x'.repeat(201), builtInSchema()), 'The headline is 201 characters long; the limit is 200');
    assert.equal(checkReleaseTitle('Council opens new library', builtInSchema()), undefined);
  });

  it('writes a release that validates apart from the address, with the cursor in the body', () => {
    const { text, cursorOffset } = newReleaseText(builtInSchema(), { title: 'Council opens new library: all welcome', area: 'Northshire', now: NOW });
    assert.equal(text, '---\ntitle: "Council opens new library: all welcome"\narea: Northshire\nurl:\npublish:\n  date: 15:00 24/11/2026\n---\n\n\n\nENDS\n');
    assert.equal(text.slice(cursorOffset - 5, cursorOffset + 1), '---\n\n\n');
    assert.deepEqual(validateRelease(text, builtInSchema()).map((diagnostic) => diagnostic.path.join('.')), ['url']);
  });

  it('in a fence with CRLF, with $schema, and without an area', () => {
    const { text, cursorOffset } = newReleaseText(builtInSchema(), { title: 'Library', now: NOW, shape: 'fence', eol: '\r\n', schemaKey: 'press-release' });
    assert.equal(text, '```yaml\r\n$schema: press-release\r\ntitle: Library\r\narea:\r\nurl:\r\npublish:\r\n  date: 15:00 24/11/2026\r\n```\r\n\r\n\r\n\r\nENDS\r\n');
    assert.equal(parseRelease(text).block?.shape, 'fence');
    assert.equal(text.slice(cursorOffset, cursorOffset + 2), '\r\n');
    assert.deepEqual(validateRelease(text, builtInSchema()).map((diagnostic) => diagnostic.path.join('.')), ['area', 'url']);
  });
});

describe('authoring: snippets', () => {
  const file = path.join(__dirname, '..', '..', '..', 'snippets', 'pressroom.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string; body: string[]; description: string; scope?: string }>;

  /** The snippet's text with placeholders at their defaults and date variables at a fixed day. */
  function expand(body: string[]): string {
    let text = body.join('\n');
    text = text.replace(/\$CURRENT_YEAR|\$\{CURRENT_YEAR\}/g, '2026').replace(/\$CURRENT_MONTH|\$\{CURRENT_MONTH\}/g, '11').replace(/\$CURRENT_DATE|\$\{CURRENT_DATE\}/g, '24');
    for (let previous = ''; previous !== text; ) {
      previous = text;
      text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    }
    return text.replace(/\$\{?\d+\}?/g, '');
  }

  it('has the expected snippets, each with a prefix and a description', () => {
    assert.deepEqual(Object.keys(snippets).sort(), ['End mark', 'Media contact', 'Open Graph block', 'Press release (--- front matter)', 'Press release (```yaml front matter)', 'Embargo line'].sort());
    for (const snippet of Object.values(snippets)) {
      assert.ok(snippet.prefix && snippet.description && snippet.body.length > 0);
    }
  });

  it('a whole release in either shape validates once the address is filled in', () => {
    for (const name of ['Press release (--- front matter)', 'Press release (```yaml front matter)']) {
      const text = expand(snippets[name].body).replace('url: https://', 'url: https://www.example.org/news/');
      assert.deepEqual(validateRelease(text, builtInSchema()), [], name);
    }
  });

  it('the contact, Open Graph and embargo blocks validate inside a release', () => {
    const base = '---\ntitle: A\narea: B\nurl: https://www.example.org/\npublish:\n  date: 09:00 24/11/2026\n';
    for (const name of ['Media contact', 'Open Graph block', 'Embargo line']) {
      const text = `${base}${expand(snippets[name].body).replace(/https:\/\/$/gm, 'https://www.example.org/x')}\n---\n`;
      assert.deepEqual(validateRelease(text, builtInSchema()), [], name);
    }
  });
});
