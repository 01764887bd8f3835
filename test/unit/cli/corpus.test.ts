// The real releases beside the project (when present) go through the CLI as a user would run it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { describeWithSharedData, filesBelow } from '../sharedData';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

describeWithSharedData('pressroom validate on the shared corpus and samples', (shared) => {
  it('finds the published sample valid against the schema, with only the rules\' warnings, and says the plain-text sample has no front matter', () => {
    const io = capture();
    const samples = path.join(shared, 'samples');
    assert.equal(runCli(['validate', '--format', 'json', path.join(samples, 'chief-constable-message-2020-03-18.md'), path.join(samples, 'pcc-virtual-meetings-2020-05-19.txt')], io), 1);
    const entries = JSON.parse(io.out.join(''));
    assert.deepEqual(
      entries.map((entry: { file: string; severity: string; code: string }) => `${path.basename(entry.file)} ${entry.severity} ${entry.code}`),
      [
        // A real release: no media contact, an 81-character headline (its site name not counted) and
        // og.title, and a 54-word lede.
        'chief-constable-message-2020-03-18.md warning media-contact',
        'chief-constable-message-2020-03-18.md warning social-title-length',
        'chief-constable-message-2020-03-18.md warning headline-length',
        'chief-constable-message-2020-03-18.md warning lede-length',
        'pcc-virtual-meetings-2020-05-19.txt error no-front-matter',
      ],
    );
  });

  it('checks every corpus file without a crash or a usage error', () => {
    const files = filesBelow(path.join(shared, 'corpus')).filter((file) => path.basename(file) !== 'SOURCE.txt');
    assert.ok(files.length > 40);
    const io = capture();
    assert.equal(runCli(['validate', '--format', 'json', ...files], io), 1);
    const entries: { file: string; code: string }[] = JSON.parse(io.out.join(''));
    const codes = new Set(entries.map((entry) => entry.code));
    // Jekyll posts are not press releases: they lack the press fields and carry fields of their own.
    assert.ok(codes.has('missing-field') && codes.has('unknown-field'));
    assert.ok(!codes.has('yaml-syntax'), 'the corpus front matter is valid YAML');
    const byFile = (name: string) => entries.filter((entry) => entry.file.endsWith(name)).map((entry) => entry.code);
    assert.deepEqual(byFile('2011-07-14-opensuse-conference-registration-open.md'), ['no-front-matter']);
    assert.deepEqual(byFile('2019-02-22-Forum-Comment-Period'), ['front-matter-not-at-start']);
  });
});
