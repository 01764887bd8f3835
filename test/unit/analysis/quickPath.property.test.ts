/**
 * The quick path (js-yaml first, the range-keeping parse only when something is wrong) must give exactly
 * the careful path's diagnostics: compared byte for byte on the real releases, the project's fixtures and
 * example workspaces, generated and mutated releases, alias bombs and duplicate keys. And the quick read
 * itself, wherever it answers, must give exactly the data `readYaml` gives.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, analyseRelease, builtInSchema, parseRelease, validateParsed, type CheckDecision, type RulesConfig, type WorkspaceView } from '../../../src/core';
import { parseReleaseQuickly } from '../../../src/core/frontMatter/parse';
import { counting, sameData } from '../helpers';
import { locateFrontMatter } from '../../../src/core/frontMatter/locate';
import { keyRange, quickReadFields, readYaml, topLevelKeyRange } from '../../../src/core/yaml';
import { describeWithSharedData, filesBelow } from '../sharedData';
import { generateFrontMatter, mutate, seededRandom } from '../yaml/yamlFuzz';

const schema = builtInSchema();
const check: CheckDecision = { kind: 'check', schema: undefined };
const now = new Date('2026-12-02T09:00:00Z');
/** Every rule on, the ones off by default too, so every rule's laziness is exercised. */
const everyRule: RulesConfig = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.severity === 'off' ? 'warning' : rule.severity]));
const workspace: WorkspaceView = {
  releases: [{ path: '/news/other.md', headline: 'Library opens on Sunday', url: 'https://www.example.gov.uk/news/library/', publishDate: '09:30 01/02/2026' }],
  fileExists: (file) => !file.endsWith('missing.jpg'),
};

function bothPaths(text: string, rules: RulesConfig = everyRule) {
  const options = { now, rules, workspace, filePath: '/news/this.md' };
  const quick = analyseRelease(text, check, schema, { ...options, quick: true });
  const careful = analyseRelease(text, check, schema, options);
  return { quick, careful };
}

/** Whether the quick path answered (its parse says it read the fields quickly). */
function answeredQuickly(analysis: ReturnType<typeof analyseRelease>): boolean {
  return analysis.parsed.readQuickly === true;
}

function assertSameDiagnostics(text: string, where: string): boolean {
  const { quick, careful } = bothPaths(text);
  assert.equal(JSON.stringify(quick.diagnostics), JSON.stringify(careful.diagnostics), `${where}: the quick path's diagnostics differ`);
  return answeredQuickly(quick);
}

const CLEAN_FRONT_MATTER = [
  'title: Library opens on Sundays from March',
  'area: Northfield',
  'url: https://www.example.gov.uk/news/library-sundays/',
  'publish:',
  '  date: 09:30 02/02/2026',
  'og:',
  '  title: Library opens on Sundays from March',
  '  description: The central library will open every Sunday from 1 March, the council said today.',
  '  url: https://www.example.gov.uk/news/library-sundays/',
  '  image: https://www.example.gov.uk/images/library.jpg',
  '  locale: en_GB',
  '  type: article',
  'contacts:',
  '  - name: Jane Doe',
  '    phone: "01632 960123"',
  '    email: press@example.gov.uk',
].join('\n');

const CLEAN_BODY = [
  'The central library will open every Sunday from 1 March, the council announced today.',
  '',
  'Opening hours are 10am to 4pm. [Read the opening hours](https://www.example.gov.uk/libraries/hours/).',
  '',
  'ENDS',
  '',
].join('\n');

function release(frontMatter: string, body = CLEAN_BODY): string {
  return `---\n${frontMatter.endsWith('\n') ? frontMatter : `${frontMatter}\n`}---\n\n${body}`;
}

describe('the quick path gives exactly the careful path\'s diagnostics', () => {
  it('answers a clean release quickly, with no diagnostics', () => {
    const { quick, careful } = bothPaths(release(CLEAN_FRONT_MATTER));
    assert.deepEqual(careful.diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`), []);
    assert.equal(answeredQuickly(quick), true);
    assert.deepEqual(quick.parsed.data, careful.parsed.data);
  });

  it('answers a release with only rule findings quickly, with the careful path\'s exact ranges', () => {
    const text = release(CLEAN_FRONT_MATTER.replace('area: Northfield', 'area: Area'));
    const { quick, careful } = bothPaths(text);
    assert.equal(answeredQuickly(quick), true);
    assert.deepEqual(careful.diagnostics.map((diagnostic) => diagnostic.code), ['placeholders']);
    assert.equal(JSON.stringify(quick.diagnostics), JSON.stringify(careful.diagnostics));
  });

  it('places the findings on a release the schema finds fault with through the document parsed then, with every range', () => {
    const text = release(CLEAN_FRONT_MATTER.replace('area: Northfield', 'area: Northfield\ntittle: Library opens'));
    const { quick, careful } = bothPaths(text);
    assert.equal(answeredQuickly(quick), true);
    assert.ok(careful.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-field'));
    assert.equal(JSON.stringify(quick.diagnostics), JSON.stringify(careful.diagnostics));
  });

  it('places an unknown or missing top-level field from the text, without the document, exactly where the careful parse does', () => {
    const texts = [
      release(CLEAN_FRONT_MATTER.replace('area: Northfield', 'area: Northfield\ntittle: Library opens')),
      release(CLEAN_FRONT_MATTER.replace('area: Northfield\n', 'aera: Northfield\n')),
      release(CLEAN_FRONT_MATTER.replace('area: Northfield', 'area: Northfield\r\nsummary:\r\n  - one')),
    ];
    for (const text of texts) {
      const quick = parseReleaseQuickly(text);
      assert.ok(quick, 'read quickly');
      const counted = counting(quick);
      const diagnostics = validateParsed(counted.release, schema);
      assert.equal(counted.reads(), 0, 'the document was read');
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-field'));
      assert.equal(JSON.stringify(diagnostics), JSON.stringify(validateParsed(parseRelease(text), schema)));
    }
  });

  it('gives the same answer on alias bombs, duplicate keys, tabs, BOM, CRLF and unterminated front matter', () => {
    // Nine levels of nine aliases each: 9^9 strings if expanded.
    const names = 'abcdefghi';
    const bomb = [`a: &a ["x","x","x","x","x","x","x","x","x"]`, ...[...names.slice(1)].map((name, level) => `${name}: &${name} [${Array(9).fill(`*${names[level]}`).join(',')}]`)].join('\n');
    const cases = [
      release(`${CLEAN_FRONT_MATTER}\n${bomb}`),
      release(`${CLEAN_FRONT_MATTER}\ntitle: Second title`),
      release(`${CLEAN_FRONT_MATTER}\nArea: Southfield`),
      release(CLEAN_FRONT_MATTER.replace('  date:', '\tdate:')),
      `\uFEFF${release(CLEAN_FRONT_MATTER)}`,
      release(CLEAN_FRONT_MATTER).replace(/\n/g, '\r\n'),
      `---\n${CLEAN_FRONT_MATTER}\n`,
      '```yaml\n' + `${CLEAN_FRONT_MATTER}\n` + '```\n\n' + CLEAN_BODY,
      release(''),
      release('just a line of text'),
      release('- a list\n- not fields'),
      'No front matter at all.\n',
    ];
    cases.forEach((text, index) => assertSameDiagnostics(text, `case ${index}`));
  });

  it('gives the same answer on 1,500 generated releases, a quarter of them clean, and answers at least those quickly', () => {
    const random = seededRandom(20261201);
    const bodies = [CLEAN_BODY, 'Click here for more.\n\n![](missing.jpg)\n', '# Heading\n\n### Skipped level\n\nMedia Enquiries: Jane Doe - 01632 960123\n', ''];
    const areas = ['Northfield', 'Southfield', "St Mary's", 'Hill & Dale', 'East Ward'];
    let quick = 0;
    for (let index = 0; index < 1500; index++) {
      const clean = CLEAN_FRONT_MATTER.replace('Northfield', areas[index % areas.length]).replace('02/02/2026', `${String((index % 28) + 1).padStart(2, '0')}/02/2026`);
      const [frontMatter, body] = [
        [clean, CLEAN_BODY],
        [mutate(random, CLEAN_FRONT_MATTER), CLEAN_BODY],
        [generateFrontMatter(random), bodies[index % bodies.length]],
        [clean, mutate(random, bodies[index % bodies.length])],
      ][index % 4];
      if (assertSameDiagnostics(release(frontMatter, body), `generated case ${index}: ${JSON.stringify(frontMatter)}`)) quick++;
    }
    assert.ok(quick >= 375, `only ${quick} of 1,500 generated releases were answered quickly`);
  });

  it('reads generated front matter to exactly the data readYaml gives, wherever it answers', () => {
    const random = seededRandom(7);
    let answered = 0;
    for (let index = 0; index < 20000; index++) {
      const source = mutate(random, generateFrontMatter(random));
      const data = quickReadFields(source);
      if (!data) continue;
      answered++;
      const careful = readYaml(source);
      const why = `for ${JSON.stringify(source)}`;
      assert.deepEqual([careful.failure, careful.document?.errors.length, careful.document?.warnings.length], [undefined, 0, 0], why);
      assert.ok(sameData(data, careful.data), `the data differs ${why}`);
      // Where the text alone places a top-level key, it is where the careful parse puts it.
      for (const key of Object.keys(data)) {
        const fromText = topLevelKeyRange(source, key);
        if (fromText) assert.deepEqual(fromText, keyRange(careful.document!, [key], 0, source), `the key ${JSON.stringify(key)} is placed elsewhere ${why}`);
      }
    }
    assert.ok(answered >= 500, `only ${answered} of 20,000 were answered`);
  });

  it('gives the same answer on the project\'s fixtures and example workspaces', () => {
    const root = path.join(__dirname, '..', '..', '..');
    const folders = ['test/unit/fixtures', 'test/vscode/workspace', 'examples'].map((folder) => path.join(root, folder)).filter((folder) => fs.existsSync(folder));
    const files = folders.flatMap(filesBelow).filter((file) => /\.(md|markdown)$/.test(file));
    assert.ok(files.length >= 10);
    for (const file of files) assertSameDiagnostics(fs.readFileSync(file, 'utf8'), path.relative(root, file));
  });
});

describeWithSharedData('the quick path on the real releases', (root) => {
  it('gives the same diagnostics and the same data on every release of the samples and the corpus', () => {
    const files = [...filesBelow(path.join(root, 'samples')), ...filesBelow(path.join(root, 'corpus'))].filter((file) => /\.(md|markdown|txt)$/.test(file));
    for (const file of files) assertSameDiagnostics(fs.readFileSync(file, 'utf8'), path.relative(root, file));
    assert.ok(files.length > 100);
  });

  it('reads every real front matter quickly (none of them needs the careful read to be sure)', () => {
    const unread = filesBelow(path.join(root, 'corpus'))
      .filter((file) => /\.(md|markdown)$/.test(file))
      .map((file) => ({ file, located: locateFrontMatter(fs.readFileSync(file, 'utf8')), text: fs.readFileSync(file, 'utf8') }))
      .filter(({ located }) => located.kind === 'found')
      .filter(({ located, text }) => located.kind === 'found' && quickReadFields(text.slice(located.block.contentStart, located.block.contentEnd)) === undefined)
      .map(({ file }) => path.relative(root, file));
    assert.deepEqual(unread, []);
  });
});
