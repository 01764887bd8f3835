// The split-schema fixture project through the CLI on the real file system: references across three
// files, a `schemas` glob, a release's own `$schema`, and --schema winning over all of them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import type { ExpectedDiagnostic } from '../../fixtures/newsroomProject';
import { SCHEMAS_PROJECT_DIAGNOSTICS, SCHEMAS_PROJECT_FOLDER } from '../../fixtures/schemasProject';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const folder = path.relative(process.cwd(), path.join(ROOT, SCHEMAS_PROJECT_FOLDER)).split(path.sep).join('/');

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

function asText(file: string, { range, severity, code, message }: ExpectedDiagnostic): string {
  return `${folder}/${file}:${range[0] + 1}:${range[1] + 1} ${severity} ${code} ${message}`;
}

describe('pressroom validate on the split-schema fixture project', () => {
  it('gives exactly the shared expected diagnostics, each release checked by the schema that wins for it', () => {
    const io = capture();
    assert.equal(runCli(['validate', folder], io), 1);
    const expected = Object.entries(SCHEMAS_PROJECT_DIAGNOSTICS).flatMap(([file, diagnostics]) => diagnostics.map((diagnostic) => asText(file, diagnostic)));
    assert.deepEqual(io.out.join('').split('\n'), [...expected, '']);
    assert.deepEqual(io.err, ['5 files checked, 3 with problems: 7 errors, 0 warnings\n']);
  });

  it('lets --schema win over the schemas glob and the release\'s own $schema', () => {
    const io = capture();
    const statementSchema = `${folder}/schemas/statement.schema.json`;
    assert.equal(runCli(['validate', '--schema', statementSchema, `${folder}/releases/2026-07-01-bridge-reopens.md`], io), 1);
    assert.deepEqual(io.out.join('').split('\n'), [
      `${folder}/releases/2026-07-01-bridge-reopens.md:1:1 error missing-field Missing required field "issued"`,
      `${folder}/releases/2026-07-01-bridge-reopens.md:1:1 error missing-field Missing required field "spokesperson"`,
      '',
    ]);
  });
});
