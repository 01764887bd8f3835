/**
 * The plain block reader (readSimpleFields): the exact data for each shape it reads, undefined for each it
 * leaves to js-yaml, and, wherever it answers on generated text, exactly the data and no error from
 * `readYaml`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { locateFrontMatter } from '../../../src/core/frontMatter/locate';
import { readYaml } from '../../../src/core/yaml';
import { readSimpleFields } from '../../../src/core/yaml/simpleFields';
import { lines, sameData } from '../helpers';
import { describeWithSharedData, filesBelow } from '../sharedData';
import { generateFrontMatter, mutate, seededRandom } from './yamlFuzz';

/** A full garbage collection, for measuring what is kept alive (V8's own, switched on while the tests run). */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The reader's answer, held to readYaml's data wherever it answers. */
function read(source: string): Record<string, unknown> | undefined {
  const simple = readSimpleFields(source);
  if (simple !== undefined) assertAsReadYaml(source, simple);
  return simple;
}

function assertAsReadYaml(source: string, simple: Record<string, unknown>): void {
  const careful = readYaml(source);
  const why = `for ${JSON.stringify(source)}`;
  assert.deepEqual([careful.failure, careful.document?.errors.map(String), careful.document?.warnings.map(String)], [undefined, [], []], why);
  assert.ok(sameData(simple, careful.data), `the data differs ${why}: ${JSON.stringify(simple)} against ${JSON.stringify(careful.data)}`);
}

describe('readSimpleFields: front matter in the plain block style', () => {
  it('reads fields, groups, lists of fields and values, comments and blank lines', () => {
    const source = lines(
      '# a comment first',
      'title: Library opens on Sundays',
      'area: Northfield   # trailing comment',
      'url: https://www.example.gov.uk/news/a#part',
      '',
      'publish:',
      '  date: 09:30 02/02/2026',
      'og:',
      '    title: Library opens',
      '    locale: en_GB',
      'contacts:',
      '  - name: Jane Doe',
      '    phone: "01632 960123"',
      '  -   name: John Roe',
      '      email: press@example.gov.uk',
      'tags:',
      '- libraries',
      '- Sunday opening',
      'links: []',
      'extra: {}',
      '',
    );
    assert.deepEqual(read(source), {
      title: 'Library opens on Sundays',
      area: 'Northfield',
      url: 'https://www.example.gov.uk/news/a#part',
      publish: { date: '09:30 02/02/2026' },
      og: { title: 'Library opens', locale: 'en_GB' },
      contacts: [
        { name: 'Jane Doe', phone: '01632 960123' },
        { name: 'John Roe', email: 'press@example.gov.uk' },
      ],
      tags: ['libraries', 'Sunday opening'],
      links: [],
      extra: {},
    });
  });

  it('resolves plain values as the core schema does, and leaves quoted ones as written', () => {
    const source = lines('a: 12', 'b: -1.5', 'c: true', 'd: False', 'e: ~', 'f:', 'g: null', 'h: "12"', "i: 'true'", 'j: yes', 'k: 0x1F', 'l: .inf', 'm: 1_000', '');
    const data = read(source);
    assert.deepEqual(data, { a: 12, b: -1.5, c: true, d: false, e: null, f: null, g: null, h: '12', i: 'true', j: 'yes', k: 31, l: Infinity, m: '1_000' });
  });

  it('reads the escapes it knows in quotes, and a value that keeps characters YAML gives meaning to elsewhere', () => {
    const source = lines(`a: "say \\"hi\\" \\\\ there" # note`, "b: 'it''s here'", 'c: Smith & Jones', 'd: a-b: c', 'e: x#y', 'f: \u00a0spaced\u00a0', 'g: café ☕', '');
    assert.equal(readSimpleFields(lines('d: a-b: c', '')), undefined);
    assert.deepEqual(read(source.replace('d: a-b: c\n', '')), { a: 'say "hi" \\ there', b: "it's here", c: 'Smith & Jones', e: 'x#y', f: '\u00a0spaced\u00a0', g: 'café ☕' });
  });

  it('reads folded and literal block scalars whose lines share one indentation', () => {
    const source = lines('excerpt: >-', '  One line', '  and another.', 'body: |', '  First', '  Second', 'last: >', '  Kept break', '', 'end: |-', '   Three spaces in', 'x: 1', '');
    assert.deepEqual(read(source), { excerpt: 'One line and another.', body: 'First\nSecond\n', last: 'Kept break\n', end: 'Three spaces in', x: 1 });
  });

  it('keeps CRLF line endings out of the values', () => {
    assert.deepEqual(read('title: Library\r\npublish:\r\n  date: 09:30 02/02/2026\r\n'), { title: 'Library', publish: { date: '09:30 02/02/2026' } });
  });

  it('keeps nothing of the whole release alive through the values it reads, nor does readYaml', () => {
    // 200 releases of 200 KB each: were each value a slice of its release, keeping the values would keep 40 MB.
    const collect = garbageCollector();
    const readers: Record<string, (source: string) => unknown> = {
      readSimpleFields: (source) => readSimpleFields(source)!.title,
      readYaml: (source) => (readYaml(source).data as Record<string, unknown>).title,
    };
    for (const [name, readTitle] of Object.entries(readers)) {
      collect();
      const before = process.memoryUsage().heapUsed;
      const kept: unknown[] = [];
      for (let index = 0; index < 200; index++) {
        const text = `title: Library opens on Sundays, number ${index}\narea: Northfield\n---\n${`Body text ${index} `.repeat(15_000)}`;
        kept.push(readTitle(text.slice(0, text.indexOf('---'))));
      }
      collect();
      const grown = process.memoryUsage().heapUsed - before;
      assert.equal(kept[199], 'Library opens on Sundays, number 199');
      assert.ok(grown < 8 * 1024 * 1024, `${name}: the heap grew by ${Math.round(grown / 1024)} KB`);
    }
  });

  it('leaves every other shape to js-yaml', () => {
    const refused = [
      '',
      '# only a comment\n',
      '- a list\n- of values\n',
      'just a line of text\n',
      'title: a\ntitle: b\n',
      'title: Two\n  lines\n',
      'title: "runs\n  on"\n',
      "title: 'runs\n  on'\n",
      'title: "tab \\t escape"\n',
      'title: |+\n  kept\n',
      'title: >2\n   indented\n',
      'title: >\n  a\n    more indented\n',
      'title: >\n  a\n\n  b\n',
      'title: |\n  # looks like a comment\n',
      'title: >\n  ends in space \n  b\n',
      'title: &anchor value\n',
      'title: *alias\n',
      'title: !tag value\n',
      'title: [a, b]\n',
      'title: {a: 1}\n',
      'title: a: b\n',
      'title: ends with:\n',
      'title: - item\n',
      '"quoted key": value\n',
      "'single key': value\n",
      'true: value\n',
      'null: value\n',
      '1: value\n',
      'key:value\n',
      'a  b: spaced\n',
      'key : spaced colon\n',
      '__proto__: x\n',
      '<<: merge\n',
      '? complex\n: key\n',
      '%YAML 1.2\n---\ntitle: x\n',
      'title: x\n---\nsecond: document\n',
      'title: x\n...\n',
      'list:\n  - a\n- b\n',
      'list:\n- a\n  - b\n',
      'list:\n  - - nested\n',
      'group:\n  a: 1\n   b: 2\n',
      'group:\n  a: 1\n  - b\n',
      'title:\ttab\n',
      'title: lone\rreturn\n',
      '\uFEFFtitle: bom\n',
      'title: line\u2028separator\n',
      'title: c1\u0085control\n',
      'title: \uFFFE\n',
      'title: half \uD800 pair\n',
      `${'k'.repeat(300)}: too long a key\n`,
      'title: "closed" junk\n',
      'title: "closed"# no space\n',
    ];
    for (const source of refused) assert.equal(readSimpleFields(source), undefined, JSON.stringify(source));
  });

  it('reads as readYaml does wherever it answers on 30,000 generated texts of its style, half of them mutated', () => {
    const random = seededRandom(20261202);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const KEYS = ['title', 'area', 'og', 'url', 'name', 'x y', 'a.b', 'a/b', '$schema', '_k', 'a-b', 'n', 'constructor', 'toString', 'x  y', 'null', 'é', 'a:b', '9a'];
    const VALUES = [
      'Library opens', 'Library opens', '16:55 18/03/2020', '01632 960123', 'https://www.example.gov.uk/a/#b', 'Smith & Jones', 'a &b', 'a *b', 'a [b]', 'a, b', 'x#y', 'a # c',
      '"q"', '"q\\"x"', '"a\\\\b"', "'it''s'", '[]', '{}', '-1', '-x', '?x', ':x', '~', 'null', 'Null', 'TRUE', '1.5', '0x1F', '0o17', '.inf', '-.nan', '1e3', '012', '',
      'é', '\u00a0x', 'a  ', '"x" # c', 'a: b', '"q\\n"', "'open", '&a', '*a', '!t x', '%x', '@x', '`x', '- x', 'x\u0085', '[ ]',
    ];
    const BLOCKS = ['>-', '>', '|', '|-'];
    /** A mapping's lines at `indent`, its nested blocks `step` deeper. */
    const mapping = (indent: number, step: number, depth: number): string[] => {
      const out: string[] = [];
      const count = 1 + Math.floor(random() * 4);
      for (let index = 0; index < count; index++) {
        const key = pick(KEYS);
        const shape = random();
        const pad = ' '.repeat(indent);
        if (shape < 0.55 || depth > 2) out.push(`${pad}${key}: ${pick(VALUES)}${pick(['', '', '  ', ' # c'])}`);
        else if (shape < 0.65) out.push(`${pad}${key}: ${pick(BLOCKS)}`, ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pad}${' '.repeat(step)}${pick(VALUES)}`));
        else if (shape < 0.8) out.push(`${pad}${key}:${pick(['', ' # c'])}`, ...mapping(indent + step, step, depth + 1));
        else {
          out.push(`${pad}${key}:`);
          const at = indent + (random() < 0.3 ? 0 : step);
          for (let item = 0; item < 1 + Math.floor(random() * 3); item++) {
            const dash = `${' '.repeat(at)}-${' '.repeat(1 + Math.floor(random() * 3))}`;
            if (random() < 0.5) out.push(`${dash}${pick(VALUES)}`);
            else {
              const [first, ...rest] = mapping(dash.length, step, depth + 1);
              out.push(`${dash}${first.trimStart()}`, ...rest);
            }
          }
        }
        if (random() < 0.1) out.push(pick(['# comment', `${pad}  # note`, '', '   ']));
      }
      return out;
    };
    let answered = 0;
    for (let index = 0; index < 30_000; index++) {
      const text = `${mapping(random() < 0.9 ? 0 : 2, 1 + Math.floor(random() * 4), 0).join(random() < 0.1 ? '\r\n' : '\n')}\n`;
      if (read(index % 2 === 0 ? text : mutate(random, text)) !== undefined) answered++;
    }
    assert.ok(answered >= 3000, `only ${answered} of 30,000 were answered`);
  });

  it('reads as readYaml does on generated and mutated front matter of every shape a release uses', () => {
    const random = seededRandom(11);
    let answered = 0;
    for (let index = 0; index < 20_000; index++) if (read(mutate(random, generateFrontMatter(random))) !== undefined) answered++;
    assert.ok(answered >= 150, `only ${answered} of 20,000 were answered`);
  });

  it('answers for the project\'s own clean fixtures and example releases', () => {
    const root = path.join(__dirname, '..', '..', '..');
    const files = [path.join(root, 'examples'), path.join(root, 'test/unit/fixtures/valid-fence.md')].flatMap((entry) => (fs.statSync(entry).isDirectory() ? filesBelow(entry) : [entry])).filter((file) => file.endsWith('.md'));
    const sources = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const located = locateFrontMatter(text);
      return located.kind === 'found' ? [{ file, source: text.slice(located.block.contentStart, located.block.contentEnd) }] : [];
    });
    assert.ok(sources.length >= 3, `${sources.length} front matters`);
    for (const { file, source } of sources) assert.ok(read(source), path.relative(root, file));
  });
});

describeWithSharedData('readSimpleFields on the real releases', (root) => {
  it('reads nearly every real front matter, each exactly as readYaml does', () => {
    const sources = [...filesBelow(path.join(root, 'samples')), ...filesBelow(path.join(root, 'corpus'))].flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const located = locateFrontMatter(text);
      return located.kind === 'found' ? [text.slice(located.block.contentStart, located.block.contentEnd)] : [];
    });
    const answered = sources.filter((source) => read(source) !== undefined).length;
    assert.ok(sources.length > 40 && answered >= sources.length - 5, `${answered} of ${sources.length} answered`);
  });
});
