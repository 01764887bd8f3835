import * as assert from 'node:assert/strict';
import type { JsonSchema } from '../../../src/core/schema/jsonSchema';
import { schemaAt } from '../../../src/core/schema/navigate';
import { closestMatch, editDistance } from '../../../src/core/text/similarity';
import { seededRandom } from '../seededRandom';

// A schema with the reference shapes the built-in one does not use.
const ROOT = {
  definitions: { text: { $ref: '#/definitions/plain' }, plain: { type: 'string' }, loop: { $ref: '#/definitions/loop' } },
  properties: {
    chained: { $ref: '#/definitions/text' },
    remote: { $ref: 'other.json#/definitions/plain' },
    circular: { $ref: '#/definitions/loop' },
    dangling: { $ref: '#/definitions/missing' },
    notAnObject: { $ref: '#/definitions/plain/type' },
    pair: { items: [{ type: 'string' }, { type: 'number' }] },
    labels: { additionalProperties: { type: 'boolean' } },
  },
} as JsonSchema;

describe('schemaAt: references, tuples and open maps', () => {
  it('follows a chain of local references', () => {
    assert.deepEqual(schemaAt(ROOT, ['chained']), { type: 'string' });
  });

  it('stops at a reference it cannot follow: remote, circular, dangling or to a non-schema', () => {
    assert.deepEqual(schemaAt(ROOT, ['remote']), { $ref: 'other.json#/definitions/plain' });
    assert.deepEqual(schemaAt(ROOT, ['circular']), { $ref: '#/definitions/loop' });
    assert.deepEqual(schemaAt(ROOT, ['dangling']), { $ref: '#/definitions/missing' });
    assert.deepEqual(schemaAt(ROOT, ['notAnObject']), { $ref: '#/definitions/plain/type' });
  });

  it('reads tuple items by position and the schema of any key of an open map', () => {
    assert.deepEqual(schemaAt(ROOT, ['pair', 1]), { type: 'number' });
    assert.equal(schemaAt(ROOT, ['pair', 2]), undefined);
    assert.deepEqual(schemaAt(ROOT, ['labels', 'anything']), { type: 'boolean' });
    assert.equal(schemaAt(ROOT, ['unknown', 'deeper']), undefined);
  });
});

describe('closestMatch', () => {
  it('never suggests the word itself, but does suggest it in another case', () => {
    assert.equal(closestMatch('title', ['title']), undefined);
    assert.equal(closestMatch('Title', ['title']), 'title');
    // Lengths are compared in lower case: a dotted capital I is two characters there, so these two are the same word.
    assert.equal(closestMatch('\u0130\u0130a', ['i\u0307i\u0307a']), 'i\u0307i\u0307a');
  });

  it('picks what measuring every candidate picks: the first at the smallest distance within reach', () => {
    const everyCandidate = (word: string, candidates: readonly string[]) => {
      const allowed = Math.max(1, Math.floor(word.length / 3));
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const candidate of candidates) {
        if (candidate === word) continue;
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= allowed && distance < bestDistance) [best, bestDistance] = [candidate, distance];
      }
      return best;
    };
    const random = seededRandom(7);
    // Few letters (one of them one that changes length in lower case), so near misses of every length are common.
    const letters = ['a', 'b', 'T', 'e', '\u0130'];
    const letter = () => letters[Math.floor(random() * letters.length)];
    const word = () => Array.from({ length: 3 + Math.floor(random() * 10) }, letter).join('');
    // A near miss: up to three letters added, dropped or changed.
    const nearMiss = (target: string) => {
      let text = target;
      for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1));
        const kind = Math.floor(random() * 3);
        text = text.slice(0, at) + (kind === 1 ? '' : letter()) + text.slice(kind === 0 ? at : at + 1);
      }
      return text;
    };
    let found = 0;
    for (let round = 0; round < 5000; round++) {
      const target = word();
      const candidates = Array.from({ length: 1 + Math.floor(random() * 8) }, () => (random() < 0.8 ? nearMiss(target) : word()));
      const expected = everyCandidate(target, candidates);
      if (expected !== undefined) found++;
      assert.equal(closestMatch(target, candidates), expected, `${JSON.stringify(target)} among ${JSON.stringify(candidates)}`);
    }
    assert.ok(found > 2500, `only ${found} rounds had a match`);
  });
});
