/** Facts for completion, the new-release template and small text helpers on their edges, on small invented schemas. */
import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease } from '../../../src/core';
import { applyEdits, factsOf, firstParagraph } from '../../../src/core/authoring';
import { shorten } from '../../../src/core/authoring/facts';
import { checkReleaseTitle, newReleaseText, slugify } from '../../../src/core/authoring/newRelease';
import { valueEnd } from '../../../src/core/authoring/yamlLines';
import { complete, labels, NOW } from '../authoring/helpers';
import { lines } from '../helpers';
import { schemaOf } from '../testSchemas';

describe('completion facts: releases without data, end marks and short limits', () => {
  it('learns nothing from a release whose front matter does not parse, or that has none', () => {
    const roles = builtInSchema().roles;
    assert.deepEqual(factsOf(parseRelease(lines('---', 'title: [', 'area: Northshire', '---', 'Body')), roles), { areas: [], contacts: [] });
    assert.deepEqual(factsOf(parseRelease('Just a note, no front matter.'), roles), { areas: [], contacts: [] });
  });

  it('skips an end mark when looking for the first paragraph', () => {
    assert.equal(firstParagraph(parseRelease(lines('---', 'title: A', '---', '', 'ENDS', '', 'Later text.', ''))), 'Later text.');
    assert.equal(firstParagraph(parseRelease(lines('---', 'title: A', '---', '', '-ends-', ''))), undefined);
  });

  it('cuts a word when no space falls in the second half of the limit', () => {
    assert.equal(shorten('Northshireborough', 8), 'Northsh…');
    assert.equal(shorten('ab cdefghijk', 8), 'ab cdef…');
  });
});

describe('new release: slugs, titles and templates on edges', () => {
  it('cuts a long slug at 60 characters when it has no dash past the middle', () => {
    const slug = slugify(`Pneumonoultramicroscopicsilicovolcanoconiosis${'x'.repeat(30)}`);
    assert.equal(slug, `pneumonoultramicroscopicsilicovolcanoconiosis${'x'.repeat(15)}`);
    assert.equal(slugify(`a ${'b'.repeat(70)}`), `a-${'b'.repeat(58)}`);
  });

  it('accepts any length of title when the schema has no headline field', () => {
    const schema = schemaOf({ type: 'object', properties: { name: { type: 'string', maxLength: 5 } } });
    assert.equal(schema.roles.headline, undefined);
    assert.equal(checkReleaseTitle('A headline far longer than five characters', schema), undefined);
  });

  it('writes a required const, and leaves required fields the schema does not describe empty', () => {
    const schema = schemaOf({
      type: 'object',
      required: ['kind', 'title', 'extra', 'meta'],
      properties: {
        kind: { const: 'press-release' },
        title: { type: 'string' },
        meta: { type: 'object', required: ['owner', 'note'], properties: { owner: { type: 'string' } } },
      },
    });
    const release = newReleaseText(schema, { title: 'Council opens library', now: NOW });
    const head = lines('---', 'kind: press-release', 'title: Council opens library', 'extra:', 'meta:', '  owner:', '  note:', '---', '', '');
    assert.deepEqual(release, { text: `${head}\n\nENDS\n`, cursorOffset: head.length });
  });

  it('puts a headline the schema does not require first, after $schema when there is one', () => {
    const schema = schemaOf({ type: 'object', required: ['area'], properties: { title: { type: 'string' }, area: { type: 'string' } } });
    assert.equal(newReleaseText(schema, { title: ' Council opens library ', now: NOW, area: 'Northshire' }).text, lines('---', 'title: Council opens library', 'area: Northshire', '---', '', '', '', 'ENDS', ''));
    assert.equal(newReleaseText(schema, { title: 'Library', now: NOW, schemaKey: 'press-release' }).text, lines('---', '$schema: press-release', 'title: Library', 'area:', '---', '', '', '', 'ENDS', ''));
  });
});

describe('text helpers: edits at one offset, escaped quotes and tabs after a dash', () => {
  it('applies a replacement and an insertion at the same offset with the insertion first, in any order', () => {
    const insert = { startOffset: 5, endOffset: 5, newText: 'X' };
    const replace = { startOffset: 5, endOffset: 8, newText: 'Y' };
    assert.equal(applyEdits('abcdefgh', [insert, replace]), 'abcdeXY');
    assert.equal(applyEdits('abcdefgh', [replace, insert]), 'abcdeXY');
  });

  it('ends a double-quoted value after its closing quote, past escaped quotes, before the comment', () => {
    assert.equal(valueEnd('"a \\"b\\" c" # note', 0), 11);
    assert.equal(valueEnd('key: "a\\"b"   ', 5), 11);
  });

  it('reads a list dash followed by a tab, so a contact name still completes', () => {
    assert.deepEqual(labels(complete(lines('---', 'contacts:', '  -\tname: |', '---', '')).proposals), ['Jane Doe']);
  });

  it('passes over blank and comment lines above the cursor when finding its place', () => {
    assert.deepEqual(labels(complete(lines('---', 'title: A', '', '# a comment', 'ar|', '---', '')).proposals), ['area', 'url', 'publish', '$schema', 'embargo', 'og', 'contacts']);
  });
});
