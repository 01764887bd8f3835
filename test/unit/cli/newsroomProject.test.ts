// The fixture project (a .pressroom.jsonc, a renamed-fields schema, files inside and outside the globs, a
// too-large file) through the CLI on the real file system: exactly the diagnostics the editor must give.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { NEWSROOM_DIAGNOSTICS, NEWSROOM_FOLDER, NEWSROOM_UNCHECKED_FILES, type ExpectedDiagnostic } from '../../fixtures/newsroomProject';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The folder as the CLI is given it, from wherever mocha runs. */
const folder = path.relative(process.cwd(), path.join(ROOT, NEWSROOM_FOLDER)).split(path.sep).join('/');

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

const expected = Object.entries(NEWSROOM_DIAGNOSTICS).flatMap(([file, diagnostics]) => diagnostics.map((diagnostic) => ({ file: `${folder}/${file}`, diagnostic })));

function asText({ file, diagnostic }: { file: string; diagnostic: ExpectedDiagnostic }): string {
  const [line, character] = diagnostic.range;
  return `${file}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

describe('pressroom validate on the newsroom fixture project', () => {
  it('gives exactly the shared expected diagnostics, as text, and counts only the releases', () => {
    const io = capture();
    assert.equal(runCli(['validate', folder], io), 1);
    assert.deepEqual(io.out.join('').split('\n'), [...expected.map(asText), '']);
    assert.deepEqual(io.err, ['4 files checked, 2 with problems: 4 errors, 2 warnings\n']);
  });

  it('gives exactly the shared expected diagnostics as JSON', () => {
    const io = capture();
    assert.equal(runCli(['validate', '--format', 'json', folder], io), 1);
    assert.deepEqual(
      JSON.parse(io.out.join('')),
      expected.map(({ file, diagnostic: { code, severity, message, range } }) => ({
        file,
        line: range[0] + 1,
        column: range[1] + 1,
        endLine: range[2] + 1,
        endColumn: range[3] + 1,
        severity,
        code,
        message,
      })),
    );
    assert.deepEqual(io.err, []);
  });

  it('never mentions the files outside the globs', () => {
    const io = capture();
    runCli(['validate', folder], io);
    for (const file of NEWSROOM_UNCHECKED_FILES) assert.ok(!io.out.join('').includes(file), file);
  });

  it('checks a file outside the globs when it is named, against the project schema', () => {
    const io = capture();
    assert.equal(runCli(['validate', `${folder}/notes/planning.md`], io), 1);
    assert.deepEqual(io.out.join('').split('\n'), [
      `${folder}/notes/planning.md:1:1 error missing-field Missing required field "desk"`,
      `${folder}/notes/planning.md:1:1 error missing-field Missing required field "link"`,
      `${folder}/notes/planning.md:1:1 error missing-field Missing required field "published"`,
      `${folder}/notes/planning.md:1:1 warning media-contact This release has no media contact; add one under press_contacts, or a line such as "Media enquiries: Jane Doe, 01632 960123" at the end of the body, so journalists know who to call.`,
      '',
    ]);
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 3 errors, 1 warning\n']);
  });

  it('finds the configuration from a file named inside the project', () => {
    const io = capture();
    assert.equal(runCli(['validate', `${folder}/stories/2026-06-03-annual-report.md`], io), 0);
    assert.deepEqual(io.out, [`${folder}/stories/2026-06-03-annual-report.md:1:1 information too-large This file is too large to check (3.5 KB; Pressroom checks releases up to 2 KB)\n`]);
  });
});
