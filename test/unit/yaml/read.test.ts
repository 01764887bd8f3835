import * as assert from 'node:assert/strict';
import { parseRelease } from '../../../src/core';
import { MAX_ALIAS_COUNT, MAX_FRONT_MATTER_CHARS, MAX_NESTING_DEPTH, readYaml } from '../../../src/core/yaml';

/** Ten times more expansions at each level: far past MAX_ALIAS_COUNT once expanded. */
const ALIAS_BOMB = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');

describe('readYaml, the guarded read', () => {
  it('reads a normal document into plain data, keeping the document', () => {
    const read = readYaml('title: Library\npublish:\n  date: 09:30 02/12/2026\nareas: [North, South]\n');
    assert.equal(read.failure, undefined);
    assert.deepEqual(read.data, { title: 'Library', publish: { date: '09:30 02/12/2026' }, areas: ['North', 'South'] });
    assert.deepEqual(read.document?.errors, []);
  });

  it('reads an empty document as null and a list as a list', () => {
    assert.equal(readYaml('').data, null);
    assert.deepEqual(readYaml('- name: Ann\n').data, [{ name: 'Ann' }]);
  });

  it('gives the document, no data and no failure when the YAML has errors', () => {
    const read = readYaml('title: "unclosed\n');
    assert.equal(read.failure, undefined);
    assert.equal(read.data, undefined);
    assert.equal(read.document?.errors[0].code, 'MISSING_CHAR');
  });

  it('refuses an alias bomb', () => {
    const read = readYaml(ALIAS_BOMB);
    assert.deepEqual(read.failure, { kind: 'alias-limit' });
    assert.equal(read.data, undefined);
    assert.ok(read.document);
  });

  it('accepts aliases below the alias limit', () => {
    const aliases = (count: number) => `a: &a x\nb: [${Array.from({ length: count }, () => '*a').join(', ')}]\n`;
    assert.equal(readYaml(aliases(MAX_ALIAS_COUNT - 1)).failure, undefined);
    assert.deepEqual(readYaml(aliases(MAX_ALIAS_COUNT)).failure, { kind: 'alias-limit' });
  });

  it('refuses flow nesting past the limit at the first bracket too many', () => {
    const within = '['.repeat(MAX_NESTING_DEPTH) + ']'.repeat(MAX_NESTING_DEPTH);
    assert.equal(readYaml(`a: ${within}`).failure, undefined);
    const past = '['.repeat(MAX_NESTING_DEPTH + 1) + ']'.repeat(MAX_NESTING_DEPTH + 1);
    assert.deepEqual(readYaml(`a: ${past}`), { document: undefined, data: undefined, failure: { kind: 'too-deep', offset: 3 + MAX_NESTING_DEPTH } });
    assert.deepEqual(readYaml(`a: ${'{b: '.repeat(MAX_NESTING_DEPTH + 1)}`).failure, { kind: 'too-deep', offset: 3 + 4 * MAX_NESTING_DEPTH });
  });

  it('refuses block indentation past the limit at the start of its line', () => {
    // 8 columns per level: an indent of 513 spaces still parses, 514 does not.
    assert.deepEqual(readYaml(`a:\n${' '.repeat(513)}b: 1\n`).data, { a: { b: 1 } });
    assert.deepEqual(readYaml(`a:\n${' '.repeat(514)}b: 1\n`).failure, { kind: 'too-deep', offset: 3 });
    assert.deepEqual(readYaml(`a: 1\nb:\n${' '.repeat(600)}c: 1\n`).failure, { kind: 'too-deep', offset: 8 });
  });

  it('refuses compact block nesting on one line (`- - - x`, `? ? x`) at the indicator too many', () => {
    assert.equal(readYaml(`${'- '.repeat(MAX_NESTING_DEPTH)}x\n`).failure, undefined);
    assert.deepEqual(readYaml(`${'- '.repeat(MAX_NESTING_DEPTH + 1)}x\n`).failure, { kind: 'too-deep', offset: 2 * MAX_NESTING_DEPTH });
    assert.deepEqual(readYaml(`a: 1\n${'? '.repeat(MAX_NESTING_DEPTH + 1)}x\n`).failure, { kind: 'too-deep', offset: 5 + 2 * MAX_NESTING_DEPTH });
  });

  it('does not count dashes and brackets inside scalars as block nesting', () => {
    assert.deepEqual(readYaml(`a: x ${'- '.repeat(100)}y\n`).data, { a: `x ${'- '.repeat(100)}y` });
    assert.equal(readYaml(`a: "${'['.repeat(10)}"\n`).failure, undefined);
  });

  it('refuses text over the size limit before parsing', () => {
    const source = `a: ${'x'.repeat(MAX_FRONT_MATTER_CHARS)}`;
    assert.deepEqual(readYaml(source), { document: undefined, data: undefined, failure: { kind: 'too-large', chars: MAX_FRONT_MATTER_CHARS + 3 } });
    assert.equal(readYaml('a: x'.padEnd(MAX_FRONT_MATTER_CHARS, 'x')).failure, undefined);
  });

  it('takes other limits', () => {
    const limits = { maxChars: 10, maxAliasCount: 1, maxNestingDepth: 2 };
    assert.deepEqual(readYaml('a: 12345678', limits).failure, { kind: 'too-large', chars: 11 });
    assert.deepEqual(readYaml('[[[x]]]', limits).failure, { kind: 'too-deep', offset: 2 });
    assert.deepEqual(readYaml('a: &a x\nb: [*a, *a]', { ...limits, maxChars: 100 }).failure, { kind: 'alias-limit' });
  });
});

describe('parseRelease, through the guarded read', () => {
  it('places a nesting failure in the file, after the opening line', () => {
    const text = `---\ntitle: A\nlist:\n${' '.repeat(600)}- x\n---\n`;
    assert.deepEqual(parseRelease(text).failure, { kind: 'too-deep', offset: 19 });
    assert.equal(parseRelease(text).document, undefined);
  });

  it('reports an alias bomb and a list as the front matter', () => {
    assert.deepEqual(parseRelease(`---\n${ALIAS_BOMB}\n---\n`).failure, { kind: 'alias-limit' });
    assert.deepEqual(parseRelease('---\n- a\n- b\n---\n').failure, { kind: 'not-a-mapping' });
    assert.deepEqual(parseRelease('---\n---\n').data, {});
  });
});
