// Rule diagnostics on the command line: in the text and JSON output with the rule's id, counted in the exit status,
// configured by .pressroom.jsonc, with the workspace rules seeing every file given.
import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { analyseRelease, builtInSchema, workspaceViewFor, type ReleaseDiagnostic } from '../../../src/core';
import { lines, VALID_FIELDS } from '../helpers';
import { memoryIo, MEMORY_CWD } from '../cli/memoryIo';

const A = lines('---', ...VALID_FIELDS, '---', 'The library opens later over the holidays.', '');
const B = A.replace('Library opening hours extended over the holidays', 'Library closes early on Fridays');

/** What the core says of news/a.md when news/b.md is the only other release: the CLI must say the same. */
function coreDiagnostics(): readonly ReleaseDiagnostic[] {
  const view = workspaceViewFor(`${MEMORY_CWD}/news/a.md`, () => [{ path: `${MEMORY_CWD}/news/b.md`, url: 'https://www.example.gov.uk/news/2026/library-hours/' }], () => undefined);
  return analyseRelease(A, { kind: 'check', schema: undefined }, builtInSchema(), { filePath: `${MEMORY_CWD}/news/a.md`, workspace: view }).diagnostics;
}

describe('rule diagnostics on the command line', () => {
  it('prints a workspace rule’s findings with the rule id as the code, in text, and exits 1', () => {
    const duplicate = coreDiagnostics().find((diagnostic) => diagnostic.code === 'duplicate-url');
    assert.ok(duplicate, 'the core finds the duplicate url');
    const io = memoryIo({ 'news/a.md': A, 'news/b.md': B });
    assert.equal(runCli(['validate', 'news/a.md', 'news/b.md'], io), 1);
    const out = io.out.join('').split('\n');
    const line = `news/a.md:${duplicate.range.start.line + 1}:${duplicate.range.start.character + 1} error duplicate-url ${duplicate.message}`;
    assert.ok(out.includes(line), `${line}\nin\n${out.join('\n')}`);
    assert.ok(out.some((entry) => entry.startsWith('news/b.md:4:6 error duplicate-url ')), 'b.md gets the same finding');
  });

  it('gives them in JSON with the rule id, severity and exact range', () => {
    const duplicate = coreDiagnostics().find((diagnostic) => diagnostic.code === 'duplicate-url')!;
    const io = memoryIo({ 'news/a.md': A, 'news/b.md': B });
    runCli(['validate', '--format', 'json', 'news/a.md', 'news/b.md'], io);
    const entries = JSON.parse(io.out.join('')) as { file: string; code: string }[];
    assert.deepEqual(
      entries.find((entry) => entry.file === 'news/a.md' && entry.code === 'duplicate-url'),
      {
        file: 'news/a.md',
        line: duplicate.range.start.line + 1,
        column: duplicate.range.start.character + 1,
        endLine: duplicate.range.end.line + 1,
        endColumn: duplicate.range.end.character + 1,
        severity: 'error',
        code: 'duplicate-url',
        message: duplicate.message,
      },
    );
  });

  it('takes severities from .pressroom.jsonc: a rule set to "off" is not reported, one set to information is reported as information', () => {
    const off = memoryIo({ '.pressroom.jsonc': '{ "rules": { "duplicate-url": "off" } }', 'news/a.md': A, 'news/b.md': B });
    runCli(['validate', 'news/a.md', 'news/b.md'], off);
    assert.ok(!off.out.join('').includes('duplicate-url'));
    const information = memoryIo({ '.pressroom.jsonc': '{ "rules": { "duplicate-url": "information" } }', 'news/a.md': A, 'news/b.md': B });
    runCli(['validate', 'news/a.md', 'news/b.md'], information);
    assert.ok(information.out.join('').includes('news/a.md:4:6 information duplicate-url '));
  });

  it('reports a rule name the configuration gets wrong as an invalid configuration (exit 2)', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "rules": { "duplicate-urls": "off" } }', 'news/a.md': A });
    assert.equal(runCli(['validate', 'news/a.md'], io), 2);
    assert.ok(
      io.err.includes(
        '.pressroom.jsonc:1:14: "rules" in .pressroom.jsonc names a rule Pressroom does not have, "duplicate-urls"; did you mean "duplicate-url"? Pressroom checks releases without it until it is fixed\n',
      ),
      io.err.join(''),
    );
  });

  it('a suppression comment silences the rule in the file that has it, and an unknown id is reported', () => {
    const quiet = A.replace('url: ', '# pressroom-disable-next-line duplicate-url\nurl: ');
    const io = memoryIo({ 'news/a.md': quiet, 'news/b.md': B.replace('---\nThe', '---\n<!-- pressroom-disable dupliate-url -->\nThe') });
    runCli(['validate', 'news/a.md', 'news/b.md'], io);
    const out = io.out.join('');
    assert.ok(!out.includes('news/a.md:5:6 error duplicate-url'), out);
    assert.ok(out.includes('news/b.md:4:6 error duplicate-url '), out);
    assert.ok(out.includes('news/b.md:8:24 warning unknown-rule This suppression comment names "dupliate-url", which is not a Pressroom rule, so it silences nothing; did you mean "duplicate-url"?'), out);
  });
});
