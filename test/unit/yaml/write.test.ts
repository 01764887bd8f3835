import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { yamlDoubleQuoted, yamlKey, yamlScalar, yamlSingleQuoted } from '../../../src/core/yaml';

/** Strings that YAML would read as something else, or that break a line, unless written with care. */
const TRICKY = [
  '01632 960123', '07700900123', '0116', 'yes', 'no', 'Yes', 'NO', 'on', 'off', 'y', 'n', 'null', 'Null', '~', 'true', 'False',
  '1e3', '0x1F', '0o17', '0b11', '1_000', '.inf', '-.5', '+1', 'NaN', '.nan', '12', '3.14',
  ': x', '- x', '-', '? x', '#x', 'a #b', 'a# b', 'a: b', 'a:b', 'ends:', "'", '"', "it's", 'say "hi"', ' x', 'x ', ' ', '\t', 'a\tb',
  '@x', '`x`', '%x', ',x', '[a]', '{a}', '*a', '&a', '!x', '!!str', '|', '>', '---', '...', '<<', '=',
  'café', 'Ünïcödé', '日本語', '🙂 emoji', 'a\u2028b', 'a\u0085b', 'a\u00a0', '\ufeffx', 'a\u007fb', 'a\u0000b', 'lone \ud800',
  'line one\nline two', 'a\r\nb', 'trailing\n', '\n', '', '\\', 'back\\slash',
  '2020-03-18', '2020-03-18T10:00:00Z', '16:55', '16:55 18/03/2020', '09:30 02/12/2026', '1:20:30',
  'Council opens new library | Example Council', 'https://www.example.org/a?b=c#d', 'Team: North', 'O\'Brien & Sons',
];

function readBack(text: string, version: '1.1' | '1.2'): unknown {
  const document = parseDocument(text, { version, logLevel: 'silent' });
  assert.deepEqual(document.errors, [], `errors reading ${JSON.stringify(text)}`);
  return document.toJS();
}

describe('yamlScalar and the quoted writers', () => {
  for (const [name, write] of [['yamlScalar', yamlScalar], ['yamlDoubleQuoted', yamlDoubleQuoted], ['yamlSingleQuoted', yamlSingleQuoted]] as const) {
    it(`${name} writes every tricky string on one line so that YAML 1.2 and 1.1 read it back exactly`, () => {
      for (const value of TRICKY) {
        const written = write(value);
        assert.doesNotMatch(written, /[\r\n]/, `${JSON.stringify(value)} → ${written}`);
        for (const version of ['1.2', '1.1'] as const) {
          assert.deepEqual(readBack(`key: ${written}\n`, version), { key: value }, `${version}: ${JSON.stringify(value)} → ${written}`);
          assert.deepEqual(readBack(`list:\n  - name: ${written}\n`, version), { list: [{ name: value }] }, `${version} nested: ${written}`);
        }
      }
    });
  }

  it('writes plain what reads back plain, and double-quotes the rest', () => {
    const written = ['Northshire', '01632 960123', 'café', 'a:b', 'Council opens | Example', '0116', 'yes', '2020-03-18', '16:55', 'Team: North', '', "it's", 'x ', 'a\nb'].map(yamlScalar);
    assert.deepEqual(written, ['Northshire', '01632 960123', 'café', 'a:b', 'Council opens | Example', '"0116"', '"yes"', '"2020-03-18"', '"16:55"', '"Team: North"', '""', "it's", '"x "', '"a\\nb"']);
  });

  it('keeps a press date plain: it reads back as a string in both versions', () => {
    assert.equal(yamlScalar('16:55 18/03/2020'), '16:55 18/03/2020');
  });

  it('escapes what YAML cannot carry raw in double quotes', () => {
    assert.equal(yamlDoubleQuoted('a\u2028b\u007f\ufeff'), '"a\\u2028b\\u007f\\ufeff"');
    assert.equal(yamlDoubleQuoted('say "hi"\t\\'), '"say \\"hi\\"\\t\\\\"');
  });

  it('single-quotes by doubling quotes, and falls back to double quotes for line breaks', () => {
    assert.equal(yamlSingleQuoted("O'Brien"), "'O''Brien'");
    assert.equal(yamlSingleQuoted('a\tb'), "'a\tb'");
    assert.equal(yamlSingleQuoted('a\nb'), '"a\\nb"');
  });
});

describe('yamlKey', () => {
  it('writes every tricky key so that YAML reads the same key back', () => {
    for (const key of TRICKY) {
      const written = yamlKey(key);
      assert.doesNotMatch(written, /[\r\n]/);
      for (const version of ['1.2', '1.1'] as const) {
        const document = parseDocument(`${written}: 1\n`, { version, logLevel: 'silent' });
        assert.deepEqual(document.errors, [], `${JSON.stringify(key)} → ${written}`);
        const pairKey = (document.contents as { items: { key: { value: unknown } }[] }).items[0].key.value;
        assert.equal(pairKey, key, `${version}: ${JSON.stringify(key)} → ${written}`);
      }
    }
  });

  it('quotes a key only when YAML needs it', () => {
    const written = ['title', 'og.title', '$schema', 'press_contacts', 'media-contact', 'a b', 'café', '2020', 'yes', 'a: b', '#x', '', '<<'].map(yamlKey);
    assert.deepEqual(written, ['title', 'og.title', '$schema', 'press_contacts', 'media-contact', 'a b', 'café', '"2020"', '"yes"', '"a: b"', '"#x"', '""', '"<<"']);
  });
});

describe('yamlScalar and yamlKey: the plain-word shortcut', () => {
  /** Every case of the YAML 1.1 and 1.2 special words, and words made of the characters the shortcut accepts. */
  function words(): string[] {
    const special = ['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null'];
    const cases = special.flatMap((word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1), [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')]);
    const alphabet = 'aeEnNoOyYtfl0159_-xX';
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const generated = Array.from({ length: 3000 }, () => 'aYnOt'[Math.floor(random() * 5)] + Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    return [...cases, ...generated, 'area', 'og', 'publish', 'x-pressroom-role', 'e1', 'E5', 'inf', 'NaN', 'nan'];
  }

  it('whatever it writes reads back as the same text in YAML 1.1 and 1.2', () => {
    for (const word of words()) {
      for (const version of ['1.1', '1.2'] as const) {
        assert.equal(readBack(yamlScalar(word), version), word, `${word} in YAML ${version}`);
        assert.deepEqual(readBack(`${yamlKey(word)}: 0`, version), { [word]: 0 }, `key ${word} in YAML ${version}`);
      }
    }
  });
});
