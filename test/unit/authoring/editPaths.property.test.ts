/**
 * Issue 13's property: on generated releases and the corpus, every edit path (completions, every quick
 * fix, fix-all, convert, New Press Release) changes only the span it means to change (every other byte
 * is kept), and every scalar it writes reads back (YAML) as exactly the value meant.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtInSchema, parseRelease, validateParsed } from '../../../src/core';
import { applyEdits, completionsAt, fixAllEdits, fixesFor, newReleaseText, snippetDefaults, type TextEdit } from '../../../src/core/authoring';
import { convertPlainText } from '../../../src/core/convert';
import { describeWithSharedData, filesBelow } from '../sharedData';
import { INPUTS, JANE, NOW } from './helpers';

const schema = builtInSchema();

/** Asserts that `after` is `before` with exactly `edits` applied: the bytes between edits are the original's, in order. */
function assertOnlyEdited(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset);
  for (let index = 1; index < sorted.length; index++) assert.ok(sorted[index - 1].endOffset <= sorted[index].startOffset, `${what}: edits overlap`);
  let at = 0;
  let rebuilt = '';
  for (const edit of sorted) {
    rebuilt += before.slice(at, edit.startOffset) + edit.newText;
    at = edit.endOffset;
  }
  assert.equal(after, rebuilt + before.slice(at), what);
}

/** A scalar the edit wrote, standing alone, reads back as text (never a number, date or boolean). */
function readsBackAsText(written: string, meant: string | undefined, what: string): void {
  const value: unknown = parseYaml(written.trim());
  assert.equal(typeof value, 'string', `${what}: ${written} reads back as ${typeof value}`);
  if (meant !== undefined) assert.equal(value, meant, what);
}

/** YAML problems of a text's front matter (syntax only). */
const syntaxErrors = (text: string) => parseRelease(text).document?.errors.length ?? 0;

function checkFixes(text: string, name: string): void {
  const release = parseRelease(text);
  const diagnostics = validateParsed(release, schema);
  const fixes = fixesFor(release, schema, diagnostics, { now: NOW });
  for (const fix of fixes) {
    const after = applyEdits(text, fix.edits);
    assertOnlyEdited(text, after, fix.edits, `${name}: ${fix.title}`);
    assert.ok(syntaxErrors(after) <= syntaxErrors(text), `${name}: ${fix.title} breaks the YAML`);
    if (fix.id === 'quote-value' || fix.id === 'use-https' || fix.id === 'fix-locale' || fix.id === 'real-date' || fix.id === 'rewrite-date') {
      const [edit] = fix.edits;
      const meant = fix.id === 'quote-value' ? text.slice(edit.startOffset, edit.endOffset) : undefined;
      readsBackAsText(edit.newText, meant, `${name}: ${fix.title}`);
      // And in place: the fixed field holds that text.
      const data = parseRelease(after).data;
      assert.ok(data, `${name}: ${fix.title} leaves readable front matter`);
    }
  }
  const all = fixAllEdits(release, schema, diagnostics, { now: NOW });
  const after = applyEdits(text, all);
  assertOnlyEdited(text, after, all, `${name}: fix-all`);
  assert.ok(syntaxErrors(after) <= syntaxErrors(text), `${name}: fix-all breaks the YAML`);
}

/** Every completion at every line start and after every `key: ` of the front matter. */
function checkCompletions(text: string, name: string): void {
  const release = parseRelease(text);
  const block = release.block;
  if (!block) return;
  const offsets: number[] = [];
  for (let offset = block.contentStart; offset <= block.contentEnd; offset++) {
    if (offset === block.contentStart || text[offset - 1] === '\n') offsets.push(offset);
    if (text.slice(offset - 2, offset) === ': ') offsets.push(offset);
  }
  for (const offset of offsets.slice(0, 40)) {
    for (const proposal of completionsAt(release, schema, offset, INPUTS)) {
      const insert = proposal.isSnippet ? snippetDefaults(proposal.insertText) : proposal.insertText;
      const edit = { startOffset: proposal.startOffset, endOffset: proposal.endOffset, newText: insert };
      const after = applyEdits(text, [edit]);
      assertOnlyEdited(text, after, [edit], `${name} @${offset}: ${proposal.label}`);
      const plainValue = !proposal.isSnippet && !insert.includes('\n') && ['area', 'date', 'example', 'copy', 'value'].includes(proposal.kind);
      if (plainValue && insert.trim() !== '') readsBackAsText(insert, proposal.label, `${name} @${offset}: ${proposal.label}`);
    }
  }
}

/** Generated releases: values YAML reinterprets, both shapes, CRLF, comments, quotes. */
function generated(): [string, string][] {
  const values = ['01632960123', '0491570110', 'yes', '16:55', '2020-03-18', '~', 'null', '"quoted # not a comment"', "'single'", 'en-GB', 'English (UK)', 'http://www.example.org/a/'];
  const releases: [string, string][] = [];
  values.forEach((value, index) => {
    const lf = [
      '---',
      `title: Release ${index} # headline`,
      'area: Northshire',
      `url: ${index % 2 ? 'http://www.example.org/n/' : 'www.example.org/n/'}`,
      'publish:',
      `  date: ${['31/02/2021 16:55', '2026-11-24 16:55', '16:55 31/04/2026', '24 November 2026'][index % 4]}`,
      'Area: Duplicate',
      'og:',
      `  locale: ${value}`,
      `  image: ${value.startsWith('http') ? value : 'http://www.example.org/i.jpg'}`,
      'contacts:',
      `  - name: ${JANE.name}`,
      `    phone: ${value}`,
      '---',
      '',
      'Body.',
      '',
    ].join('\n');
    releases.push([`generated ${index}`, lf], [`generated ${index} CRLF fence`, lf.replace(/^---\n/, '```yaml\n').replace(/\n---\n/, '\n```\n').replace(/\n/g, '\r\n')]);
  });
  return releases;
}

describe('every edit path changes only its span and writes values that read back (property)', () => {
  for (const [name, text] of generated()) {
    it(`${name}: quick fixes, fix-all and completions`, () => {
      checkFixes(text, name);
      checkCompletions(text, name);
    });
  }

  it('New Press Release: a headline YAML would reinterpret reads back exactly', () => {
    for (const title of ['01632960123', 'yes', 'null', '16:55', 'Council: "new" library # opens', '- a list?', '@home']) {
      const { text } = newReleaseText(schema, { title, areas: ['Area', 'Northshire'], now: NOW });
      assert.equal(parseRelease(text).data?.title, title);
      assert.equal(parseRelease(text).data?.area, 'Northshire');
    }
  });
});

describeWithSharedData('every edit path on the corpus (property)', (root) => {
  const files = filesBelow(path.join(root, 'corpus'));
  const markdown = files.filter((file) => /\.md$/i.test(file)).slice(0, 30);
  const plain = files.filter((file) => /\.txt$/i.test(file)).slice(0, 30);

  it(`quick fixes, fix-all and completions on ${markdown.length} corpus releases`, () => {
    for (const file of markdown) {
      const text = fs.readFileSync(file, 'utf8');
      checkFixes(text, path.basename(file));
      checkCompletions(text, path.basename(file));
    }
  });

  it(`convert: ${plain.length} corpus texts become front matter whose text fields read back as text`, () => {
    for (const file of plain) {
      const result = convertPlainText(fs.readFileSync(file, 'utf8'), schema);
      if (result.kind !== 'release') continue;
      const converted = parseRelease(result.text);
      assert.equal(converted.document?.errors.length ?? 0, 0, path.basename(file));
      for (const [key, value] of Object.entries(converted.data ?? {})) {
        if (key === 'title' || key === 'area' || key === 'url') assert.equal(typeof value, 'string', `${path.basename(file)}: ${key}`);
      }
    }
  });
});
