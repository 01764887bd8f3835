import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { MAX_LOCAL_BYTES, readLocalFilesAtOnce } from '../../../src/vscode/localFiles';

/** Enough of a vscode.Uri for the reader: its scheme and its path on disk. */
const uriOf = (fsPath: string, scheme = 'file') => ({ scheme, fsPath, toString: () => `${scheme}://${fsPath}` }) as unknown as vscode.Uri;

describe("The Node host's read of local files", () => {
  let folder: string;
  const askedVsCode: string[] = [];
  const read = readLocalFilesAtOnce((uri) => {
    askedVsCode.push(uri.toString());
    return Promise.resolve(new TextEncoder().encode('through VS Code'));
  });
  const text = async (uri: vscode.Uri) => new TextDecoder().decode(await read(uri));

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-local-files-'));
    askedVsCode.length = 0;
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reads a small local file at once, byte for byte, without asking VS Code', async () => {
    const file = path.join(folder, 'release.md');
    fs.writeFileSync(file, '\uFEFF---\ntitle: Café opens\n---\r\nBody.\n');
    assert.deepEqual(Buffer.from(await read(uriOf(file))), fs.readFileSync(file));
    const empty = path.join(folder, 'empty.md');
    fs.writeFileSync(empty, '');
    assert.equal(await text(uriOf(empty)), '');
    assert.deepEqual(askedVsCode, []);
  });

  it('leaves other schemes, a file over the size limit and what is not a regular file to VS Code', async () => {
    const big = path.join(folder, 'big.md');
    fs.writeFileSync(big, 'x'.repeat(MAX_LOCAL_BYTES + 1));
    const atLimit = path.join(folder, 'at-limit.md');
    fs.writeFileSync(atLimit, 'y'.repeat(MAX_LOCAL_BYTES));
    assert.equal(await text(uriOf('/release.md', 'vscode-vfs')), 'through VS Code');
    assert.equal(await text(uriOf(big)), 'through VS Code');
    assert.equal((await read(uriOf(atLimit))).length, MAX_LOCAL_BYTES);
    assert.equal(await text(uriOf(folder)), 'through VS Code');
    assert.deepEqual(askedVsCode, ['vscode-vfs:///release.md', `file://${big}`, `file://${folder}`]);
  });

  it('opens a named pipe without waiting for a writer, and leaves it to VS Code', async function () {
    if (process.platform === 'win32') this.skip();
    const pipe = path.join(folder, 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    assert.equal(await text(uriOf(pipe)), 'through VS Code');
  });

  it('rejects for a file that is gone, as VS Code does', async () => {
    await assert.rejects(async () => read(uriOf(path.join(folder, 'deleted.md'))), { code: 'ENOENT' });
    assert.deepEqual(askedVsCode, []);
  });
});

