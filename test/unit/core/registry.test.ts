// The diagnostic registry against everything that lists codes: the docs, the README, the producers' data, the fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  builtInSchema,
  compileSchema,
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_REGISTRY,
  diagnosticHref,
  isRuleDiagnostic,
  parseRelease,
  validateParsed,
  type CompiledSchema,
  type DiagnosticCode,
  type ReleaseDiagnostic,
} from '../../../src/core';
import { fixesFor } from '../../../src/core/authoring';
import { NOW } from '../authoring/helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

const RELEASE = ['title: Library opening hours extended', 'area: Northshire', 'url: https://www.example.org/news/library/', 'publish:', '  date: 09:30 02/12/2026'].join('\n');
const release = (fields: string, more = '') => `---\n${fields}\n${more}---\nThe library opens later.\n`;

function diagnose(text: string, schema: CompiledSchema = builtInSchema()): ReleaseDiagnostic[] {
  return validateParsed(parseRelease(text), schema);
}

/** A schema whose headline, url and social fields have other names, found through their roles. */
function renamedSchema(): CompiledSchema {
  const result = compileSchema(
    {
      type: 'object',
      required: ['headline', 'social'],
      properties: {
        headline: { type: 'string', 'x-pressroom-role': 'headline' },
        link: { type: 'string', 'x-pressroom-role': 'url' },
        social: {
          type: 'object',
          required: ['title'],
          properties: { title: { type: 'string', 'x-pressroom-role': 'socialTitle' }, url: { type: 'string', 'x-pressroom-role': 'socialUrl' } },
        },
      },
    },
    'renamed',
  );
  assert.ok(result.ok);
  return result.schema;
}

/** The sections of docs/diagnostics.md: heading text and the lines under it. */
function docSections(): { heading: string; lines: string[] }[] {
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of read('docs/diagnostics.md').split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) sections.push({ heading: heading[1], lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/** The codes the README lists, in order, from the bullet "Every diagnostic has a stable code". */
function readmeCodes(): string[] {
  const lines = read('README.md').split('\n');
  const start = lines.findIndex((line) => line.includes('**Every diagnostic has a stable code**'));
  assert.ok(start >= 0, 'the README has the bullet listing the codes');
  const indent = /^\s*/.exec(lines[start])![0].length;
  let end = start + 1;
  while (end < lines.length && lines[end].trim() !== '' && /^\s*/.exec(lines[end])![0].length > indent) end++;
  const bullet = lines.slice(start, end).join(' ');
  const list = bullet.slice(bullet.indexOf('):') + 2);
  return [...list.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

describe('the diagnostic registry', () => {
  it('has an entry for every code, each with a one-line description, a severity and a kind', () => {
    assert.equal(DIAGNOSTIC_CODES.length, 22);
    assert.deepEqual(DIAGNOSTIC_CODES, Object.keys(DIAGNOSTIC_REGISTRY));
    for (const code of DIAGNOSTIC_CODES) {
      const entry = DIAGNOSTIC_REGISTRY[code];
      assert.match(code, /^[a-z]+(-[a-z]+)*$/, 'codes are kebab-case, as rule ids will be');
      assert.match(entry.description, /^[A-Z][^\n]{9,119}\.$/, `${code}: one sentence on one line`);
      assert.ok(['error', 'warning', 'information'].includes(entry.severity), code);
      assert.ok(['structure', 'schema', 'configuration', 'rule'].includes(entry.kind), code);
    }
  });

  it('links every code to its section of docs/diagnostics.md in the repository package.json names', () => {
    const repository = (JSON.parse(read('package.json')) as { repository: { url: string } }).repository.url.replace(/\.git$/, '');
    assert.equal(repository, 'https://github.com/pressroom-dev/pressroom');
    assert.equal(diagnosticHref('missing-field'), 'https://github.com/pressroom-dev/pressroom/blob/main/docs/diagnostics.md#missing-field');
    for (const code of DIAGNOSTIC_CODES) assert.equal(diagnosticHref(code), `${repository}/blob/main/docs/diagnostics.md#${code}`);
    // Any other code is a release rule's id: its own page.
    assert.equal(diagnosticHref('headline-length'), `${repository}/blob/main/docs/rules/headline-length.md`);
  });

  it('docs/diagnostics.md has one section per code, in order, opening with its description and severity', () => {
    const sections = docSections();
    assert.deepEqual(
      sections.map((section) => section.heading),
      DIAGNOSTIC_CODES,
    );
    for (const { heading, lines } of sections) {
      const entry = DIAGNOSTIC_REGISTRY[heading as DiagnosticCode];
      const paragraphs = lines.join('\n').trim().split(/\n\n+/);
      assert.equal(paragraphs[0], entry.description, `${heading}: the registry's description first`);
      assert.equal(paragraphs[1], `Default severity: ${entry.severity}.`, heading);
      assert.ok(lines.some((line) => line.startsWith('> ')), `${heading}: an example message`);
      assert.ok(lines.some((line) => line.startsWith('**How to fix:** ')), `${heading}: how to fix it`);
    }
  });

  it("the README's list of codes is the registry's, in the same order", () => {
    assert.deepEqual(readmeCodes(), DIAGNOSTIC_CODES);
  });

  it('the producers give each code its typed data and the registry its severity', () => {
    const found = (text: string, code: DiagnosticCode, schema?: CompiledSchema) => {
      const diagnostic = diagnose(text, schema).find((candidate) => candidate.code === code);
      assert.ok(diagnostic, `a ${code} diagnostic`);
      assert.equal(diagnostic.severity, DIAGNOSTIC_REGISTRY[code].severity);
      return diagnostic;
    };
    assert.deepEqual(found(release(RELEASE.replace('area: Northshire\n', '')), 'missing-field').data, { field: 'area', parentPath: [] });
    assert.deepEqual(found(release(RELEASE, 'contacts:\n  - role: Press Officer\n'), 'missing-field').data, { field: 'name', parentPath: ['contacts', 0] });
    const unknown = found(release(RELEASE.replace('title:', 'tittle:'), 'og:\n  titel: x\n'), 'unknown-field');
    assert.deepEqual(unknown.data, { key: 'tittle', suggestion: 'title', known: ['$schema', 'title', 'area', 'url', 'publish', 'embargo', 'og', 'contacts'] });
    assert.deepEqual(found(release(RELEASE, 'author: Jane Doe\n'), 'unknown-field').data, {
      key: 'author',
      suggestion: undefined,
      known: ['$schema', 'title', 'area', 'url', 'publish', 'embargo', 'og', 'contacts'],
    });
    assert.deepEqual(found(release(RELEASE, 'contacts:\n  - name: Jane Doe\n    phone: 01632960123\n'), 'wrong-type').data, {
      expected: ['string'],
      actual: 'number',
      source: '01632960123',
    });
    assert.deepEqual(found(release(RELEASE.replace('  date: 09:30 02/12/2026', '')), 'wrong-type').data, { expected: ['object'], actual: 'null' });
    assert.deepEqual(found(release(RELEASE, 'area: Southshire\n'), 'duplicate-key').data, { key: 'area' });
    assert.deepEqual(found(release(RELEASE.replace('09:30 02/12/2026', '2026-12-02 09:30')), 'invalid-date').data, { value: '2026-12-02 09:30' });
    assert.deepEqual(found(release(RELEASE, 'og:\n  type: blog\n'), 'not-allowed-value').data, { allowed: ['website', 'article'] });
    assert.deepEqual(found(release(RELEASE, 'contacts:\n  - name: Jane Doe\n    email: jane.doe\n'), 'invalid-format').data, { format: 'email' });
    for (const [text, code] of [
      [release(RELEASE, 'og:\n  locale: english\n'), 'pattern-mismatch'],
      [release(RELEASE.replace('Library opening hours extended', '""')), 'too-short'],
      [release(RELEASE, `og:\n  description: ${'x'.repeat(301)}\n`), 'too-long'],
      ['No front matter here.\n', 'no-front-matter'],
      [`---\n${RELEASE}\n`, 'unterminated-front-matter'],
    ] as const) {
      assert.equal('data' in found(text, code), false, `${code} carries no data`);
    }
  });

  it('the fixes fixesFor offers for a diagnostic are the ones the registry names for its code', () => {
    const renamed = renamedSchema();
    const samples: [string, CompiledSchema][] = [
      [release(RELEASE.replace('area: Northshire\n', '')), builtInSchema()],
      [release('headline: Library opens', 'social:\n  url: https://www.example.org/\n'), renamed],
      [release(RELEASE.replace('  date: 09:30 02/12/2026', '')), builtInSchema()],
      [release(RELEASE, 'og:\n  title:\n'), builtInSchema()],
      [release(RELEASE, 'og:\n  title: ""\n'), builtInSchema()],
      [release(RELEASE.replace('09:30 02/12/2026', '2026-12-02 09:30')), builtInSchema()],
      [release(RELEASE.replace('title:', 'tittle:')), builtInSchema()],
      [release(RELEASE, 'og:\n  type: blog\n  locale: english\n  description: ' + 'x'.repeat(301) + '\ncontacts:\n  - name: Jane Doe\n    email: jane.doe\n    phone: 01632960123\n'), builtInSchema()],
      [release(RELEASE, 'area: Southshire\n'), builtInSchema()],
      [release(RELEASE.replace('09:30 02/12/2026', '09:30 31/11/2026')), builtInSchema()],
      [release(RELEASE, 'Title: Library opening hours extended\n'), builtInSchema()],
      [release(RELEASE.replace('https://www.example.org/', 'www.example.org/')), builtInSchema()],
      [release(RELEASE, 'og:\n  image: http://www.example.org/library.jpg\n'), builtInSchema()],
      ['No front matter here.\n', builtInSchema()],
    ];
    const offered = new Map<DiagnosticCode, Set<string>>();
    for (const [text, schema] of samples) {
      const parsed = parseRelease(text);
      for (const diagnostic of validateParsed(parsed, schema)) {
        assert.ok(!isRuleDiagnostic(diagnostic), 'schema validation gives no rule diagnostics');
        const ids = fixesFor(parsed, schema, [diagnostic], { now: NOW }).map((fix) => fix.id);
        for (const id of ids) assert.ok(id !== 'rule-fix' && DIAGNOSTIC_REGISTRY[diagnostic.code].fixes.includes(id), `${diagnostic.code} is not answered by ${id}`);
        const seen = offered.get(diagnostic.code) ?? new Set();
        ids.forEach((id) => seen.add(id));
        offered.set(diagnostic.code, seen);
      }
    }
    assert.deepEqual(
      [...offered].map(([code, ids]) => [code, [...ids].sort()]),
      [...offered.keys()].map((code) => [code, [...DIAGNOSTIC_REGISTRY[code].fixes].sort()]),
    );
    // Every code with fixes is spot-checked, and some without.
    assert.deepEqual(
      [...offered.keys()].sort(),
      ['duplicate-key', 'invalid-date', 'invalid-format', 'missing-field', 'no-front-matter', 'not-allowed-value', 'pattern-mismatch', 'too-long', 'too-short', 'unknown-field', 'wrong-type'],
    );
    assert.deepEqual(
      DIAGNOSTIC_CODES.filter((code) => DIAGNOSTIC_REGISTRY[code].fixes.length > 0),
      ['missing-field', 'unknown-field', 'wrong-type', 'invalid-date', 'invalid-format', 'pattern-mismatch', 'too-short'],
    );
  });

  it('is checked by the compiler: every code needs an entry, and each diagnostic its code’s data', () => {
    // @ts-expect-error a registry without an entry for every code does not compile
    const incomplete: typeof DIAGNOSTIC_REGISTRY = { 'no-front-matter': DIAGNOSTIC_REGISTRY['no-front-matter'] };
    const place = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, startOffset: 0, endOffset: 0, severity: 'error', message: '', path: [] } as const;
    // @ts-expect-error missing-field needs its field and parent path
    const untyped: ReleaseDiagnostic = { ...place, code: 'missing-field' };
    // @ts-expect-error a code without data carries none
    const extra: ReleaseDiagnostic = { ...place, code: 'too-long', data: { key: 'x' } };
    const typed: ReleaseDiagnostic = { ...place, code: 'duplicate-key', data: { key: 'area' } };
    assert.ok(incomplete && untyped && extra && typed);
  });
});
