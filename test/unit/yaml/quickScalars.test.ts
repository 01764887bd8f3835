/**
 * The quick read's first look at a plain scalar (mayBeCoreScalar) may only dismiss what no core-schema
 * tag of the `yaml` package reads as anything but a string: checked against the tags' own tests.
 */
import * as assert from 'node:assert/strict';
import { Schema, type ScalarTag } from 'yaml';
import { mayBeCoreScalar } from '../../../src/core/yaml/coreScalars';
import { seededRandom } from './yamlFuzz';

const tags = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.test instanceof RegExp && tag.default === true);
const isCoreScalar = (source: string) => tags.some((tag) => tag.test.test(source));

const WORDS = [
  '', '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'nulls', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'falsey', 'title', 'type',
  'name', 'no', 'yes', 'on', 'off', '0', '-1', '+1', '.5', '.inf', '-.Inf', '.nan', '.NaN', '0o17', '0x1F', '1e3', '1.', 'x1', 'Ｔrue', '١',
];
const CHARS = ['0', '9', '1', '-', '+', '.', 'e', 'E', 'x', 'o', 'i', 'n', 'f', 'N', 'a', 'I', 'T', 't', 'r', 'u', 'l', 's', 'F', 'L', 'S', 'U', '~', ' ', '_', ':', '/'];

describe('mayBeCoreScalar: the quick read dismisses only plain strings', () => {
  it('says yes to every scalar a core tag reads, and no to the other words', () => {
    const random = seededRandom(99);
    const sources = [...WORDS];
    for (let index = 0; index < 20_000; index++) sources.push(Array.from({ length: Math.floor(random() * 6) }, () => CHARS[Math.floor(random() * CHARS.length)]).join(''));
    let core = 0;
    for (const source of sources) {
      if (!isCoreScalar(source)) continue;
      core++;
      assert.ok(mayBeCoreScalar(source), JSON.stringify(source));
    }
    assert.ok(core > 1000, `${core} core scalars`);
    for (const word of ['title', 'type', 'name', 'Area', 'nulls', 'falsey', 'tRUE', '09:30 02/02/2026', '01632 960123', '-x y']) assert.equal(mayBeCoreScalar(word), false, word);
  });
});
