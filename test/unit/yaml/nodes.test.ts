import * as assert from 'node:assert/strict';
import { isScalar } from 'yaml';
import { parseRelease } from '../../../src/core';
import { keyRange, nodeAt, pairAt, scalarSource, valueRange } from '../../../src/core/yaml';

// CRLF on purpose: ranges must stop before the '\r'.
const TEXT = '---\r\ntitle: Hello\r\nurl:\r\npublish:\r\n  date: 09:30 01/02/2026\r\ncontacts:\r\n  - name: Ann Example\r\n    phone: 07700900123\r\n---\r\nBody\r\n';
const release = parseRelease(TEXT);
const document = release.document!;
const BASE = release.block!.contentStart;

const slice = (range: { start: number; end: number } | undefined) => range && [range.start, range.end, TEXT.slice(range.start, range.end)];

describe('node lookup by path', () => {
  it('finds a key and its scalar value, in file offsets', () => {
    assert.equal(BASE, 5);
    assert.deepEqual(slice(keyRange(document, ['title'], BASE, TEXT)), [5, 10, 'title']);
    assert.deepEqual(slice(valueRange(document, ['title'], BASE, TEXT)), [12, 17, 'Hello']);
    assert.deepEqual(slice(keyRange(document, ['publish', 'date'], BASE, TEXT)), [37, 41, 'date']);
    assert.deepEqual(slice(valueRange(document, ['publish', 'date'], BASE, TEXT)), [43, 59, '09:30 01/02/2026']);
  });

  it('underlines an empty value by its key, and only the first line of a block collection', () => {
    assert.deepEqual(slice(valueRange(document, ['url'], BASE, TEXT)), [19, 22, 'url']);
    assert.deepEqual(slice(valueRange(document, ['publish'], BASE, TEXT)), [37, 59, 'date: 09:30 01/02/2026']);
    assert.deepEqual(slice(valueRange(document, ['contacts'], BASE, TEXT)), [74, 93, '- name: Ann Example']);
  });

  it('gives a list item the first line of the item as its key', () => {
    assert.deepEqual(slice(keyRange(document, ['contacts', 0], BASE, TEXT)), [76, 93, 'name: Ann Example']);
    assert.deepEqual(slice(valueRange(document, ['contacts', 0, 'phone'], BASE, TEXT)), [106, 117, '07700900123']);
  });

  it('reads a scalar as written, before YAML made it a number', () => {
    assert.equal(scalarSource(document, ['contacts', 0, 'phone'], BASE, TEXT), '07700900123');
    assert.equal(scalarSource(document, ['publish'], BASE, TEXT), undefined);
  });

  it('finds pairs and nodes, and nothing for paths that are not there', () => {
    const pair = pairAt(document, ['title']);
    assert.ok(isScalar(pair?.key) && pair.key.value === 'title');
    assert.deepEqual(nodeAt(document, ['contacts', 0, 'name'])?.range, [77, 88, 90]);
    assert.equal(nodeAt(document, [])?.range?.[0], 0);
    assert.equal(pairAt(document, []), undefined);
    assert.equal(pairAt(document, ['title', 'x']), undefined);
    assert.equal(keyRange(document, ['missing'], BASE, TEXT), undefined);
    assert.equal(valueRange(document, ['contacts', 3], BASE, TEXT), undefined);
  });
});
