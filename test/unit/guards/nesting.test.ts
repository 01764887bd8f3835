// The nesting guard refuses absurdly deep front matter before the parser's recursive parts see it. Each
// shape has its own branch: flow brackets on one line, and block indentation over many lines.
import * as assert from 'node:assert/strict';
import { parseRelease } from '../../../src/core';
import { check, lines, VALID_FIELDS } from '../helpers';

const TOO_DEEP = 'error too-deep The front matter is nested too deeply to check (more than 64 levels)';

/** `levels` block mappings, each key indented 8 spaces more than its parent: no brackets anywhere. */
function blockNesting(levels: number): string[] {
  return Array.from({ length: levels }, (_, depth) => `${' '.repeat(8 * depth)}k${depth}:${depth === levels - 1 ? ' x' : ''}`);
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('the nesting guard', () => {
  it('refuses 65 levels of flow brackets, on the bracket past the limit to the end of its line', () => {
    const text = lines('---', ...VALID_FIELDS, `note: ${'['.repeat(65)}${']'.repeat(65)}`, '---');
    // "note: " is 6 characters, so the 65th bracket is at column 6 + 64; the line is 6 + 130 long.
    assert.deepEqual(check(text), [`6:70-6:136 ${TOO_DEEP}`]);
    assert.deepEqual(parseRelease(text).data, undefined);
  });

  it('parses 64 levels of flow brackets', () => {
    const text = lines('---', ...VALID_FIELDS, `note: ${'['.repeat(64)}${']'.repeat(64)}`, '---');
    const parsed = parseRelease(text);
    assert.equal(parsed.failure, undefined);
    assert.equal(depthOf(parsed.data?.note), 64);
    assert.deepEqual(check(text), ['6:0-6:4 warning unknown-field Unknown field "note": the schema "Press release" has no such field']);
  });

  it('refuses block indentation past 64 levels of 8 spaces, on the whole first line past it', () => {
    const nested = blockNesting(66);
    assert.equal(nested[65].length, 8 * 65 + 'k65: x'.length);
    const text = lines('---', ...VALID_FIELDS, ...nested, '---');
    // The guard counts columns, not brackets: line 6 + 65 is the first indented more than 64 * 8 columns.
    assert.deepEqual(check(text), [`71:0-71:526 ${TOO_DEEP}`]);
    assert.deepEqual(parseRelease(text).data, undefined);
  });

  it('parses block indentation of exactly 64 levels of 8 spaces', () => {
    const text = lines('---', ...VALID_FIELDS, ...blockNesting(65), '---');
    const parsed = parseRelease(text);
    assert.equal(parsed.failure, undefined);
    assert.equal(depthOf(parsed.data?.k0), 64);
    assert.deepEqual(check(text), ['6:0-6:2 warning unknown-field Unknown field "k0": the schema "Press release" has no such field']);
  });

  it('refuses deep flow nesting in the ```yaml fence shape too', () => {
    const text = lines('```yaml', ...VALID_FIELDS, `note: {a: ${'['.repeat(64)}${']'.repeat(64)}}`, '```');
    // The brace is level 1, so the 64th bracket (column 10 + 63) is level 65; the line is 10 + 128 + 1 long.
    assert.deepEqual(check(text), [`6:73-6:139 ${TOO_DEEP}`]);
  });
});
