import * as assert from 'node:assert/strict';
import { runConvert, type ConvertIo } from '../../../src/cli/convertCommand';

const RELEASE = 'Clinic opens\n17 October 2020\nThe clinic opens today.\nENDS\nMedia contact: Jane Doe 0491 570 156\n';
const TRANSCRIPT = 'E&OE TRANSCRIPT\nJANE DOE: Hello.\nJOHN ROE: Hello, Jane.\nJANE DOE: Goodbye.\n';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: ConvertIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => {
      if (path in files) return files[path];
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    exists: (path) => path in files || path in written,
    // No project configuration anywhere: convert looks for one above each file.
    isDirectory: () => false,
    cwd: () => '/project',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

// Outside the release folders, `$schema` makes the new file a release where it is kept.
const EXPECTED = '---\n$schema: press-release\ntitle: Clinic opens\narea: "" # TODO: not found in the text\nurl: "" # TODO: not found in the text\npublish:\n  date: "09:00 17/10/2020" # TODO: no time was written; 09:00 assumed, check it\ncontacts:\n  - name: Jane Doe\n    phone: "0491 570 156"\n---\n\nThe clinic opens today.\nENDS\n';

describe('pressroom convert', () => {
  it('prints the converted release and notes on stderr', () => {
    const m = memoryIo({ 'clinic.txt': RELEASE });
    assert.equal(runConvert(['clinic.txt'], m.io), 0);
    assert.equal(m.out(), EXPECTED);
    assert.equal(
      m.err(),
      [
        'clinic.txt: note: publish.date: no time was written on line 2; assumed 09:00, check it',
        'clinic.txt: note: area: not found in the text; left empty',
        'clinic.txt: note: url: not found in the text; left empty',
        '',
      ].join('\n'),
    );
    assert.deepEqual(m.written, {});
  });

  it('prints a header per file when there are several, and exits 1 when one is not a release', () => {
    const m = memoryIo({ 'a.txt': RELEASE, 'b.txt': TRANSCRIPT, 'c.txt': RELEASE });
    assert.equal(runConvert(['a.txt', 'b.txt', 'c.txt'], m.io), 1);
    assert.equal(m.out(), `==> a.txt <==\n${EXPECTED}\n==> c.txt <==\n${EXPECTED}`);
    assert.match(m.err(), /^b\.txt: not converted: looks like a transcript, not a release: "E&OE TRANSCRIPT" heading and 3 speaker turns by 2 speakers \(--force converts it anyway\)$/m);
  });

  it('--write creates name.md beside name.txt and leaves the original alone', () => {
    const files = { 'dir/clinic.txt': RELEASE };
    const m = memoryIo(files);
    assert.equal(runConvert(['--write', 'dir/clinic.txt'], m.io), 0);
    assert.deepEqual(m.written, { 'dir/clinic.md': EXPECTED });
    assert.equal(files['dir/clinic.txt'], RELEASE);
    assert.equal(m.out(), '');
    assert.match(m.err(), /^dir\/clinic\.txt: wrote dir\/clinic\.md$/m);
  });

  it('--write names the new file after the plain text in any case, and adds .md to a file of another kind', () => {
    const m = memoryIo({ 'Clinic.TXT': RELEASE, 'clinic.eml': RELEASE });
    assert.equal(runConvert(['--write', 'Clinic.TXT', 'clinic.eml'], m.io), 0);
    assert.deepEqual(Object.keys(m.written).sort(), ['Clinic.md', 'clinic.eml.md']);
  });

  it('writes no $schema for a release the folder globs cover, as New Press Release does not', () => {
    const m = memoryIo({ 'news/clinic.txt': RELEASE });
    assert.equal(runConvert(['--write', 'news/clinic.txt'], m.io), 0);
    assert.deepEqual(m.written, { 'news/clinic.md': EXPECTED.replace('$schema: press-release\n', '') });
  });

  it('--write refuses to overwrite an existing file', () => {
    const m = memoryIo({ 'clinic.txt': RELEASE, 'clinic.md': 'mine' });
    assert.equal(runConvert(['clinic.txt', '--write'], m.io), 1);
    assert.deepEqual(m.written, {});
    assert.equal(m.err(), 'clinic.txt: not written: clinic.md already exists\n');
  });

  it('--write refuses a Markdown input rather than overwrite it', () => {
    const m = memoryIo({ 'clinic.md': RELEASE });
    assert.equal(runConvert(['--write', 'clinic.md'], m.io), 1);
    assert.deepEqual(m.written, {});
  });

  it('--schema fills the fields of another schema', () => {
    const schema = JSON.stringify({ type: 'object', required: ['title', 'section'], properties: { title: { type: 'string' }, section: { type: 'string' } } });
    const m = memoryIo({ 'clinic.txt': RELEASE, 'my.schema.json': schema });
    assert.equal(runConvert(['clinic.txt', '--schema', 'my.schema.json'], m.io), 0);
    assert.ok(m.out().startsWith('---\ntitle: Clinic opens\nsection: "" # TODO: not found in the text\n---\n\n17 October 2020\n'));
  });

  it('reports usage errors with exit 2', () => {
    for (const args of [[], ['--schema'], ['--bogus', 'a.txt'], ['a.txt', '--schema', 'missing.json']]) {
      const m = memoryIo({ 'a.txt': RELEASE });
      assert.equal(runConvert(args, m.io), 2, args.join(' '));
      assert.notEqual(m.err(), '');
    }
    const broken = memoryIo({ 'a.txt': RELEASE, 'bad.json': '{ nope' });
    assert.equal(runConvert(['a.txt', '--schema', 'bad.json'], broken.io), 2);
    assert.match(broken.err(), /bad\.json is not valid JSON: line 1, column 3: a word JSON does not know \(text takes "double quotes"\)\n/);
  });

  it('exits 1 for an unreadable file', () => {
    const m = memoryIo({});
    assert.equal(runConvert(['missing.txt'], m.io), 1);
    assert.equal(m.err(), 'missing.txt: cannot read the file: there is no such file (or it was deleted or moved while Pressroom was running)\n');
  });

  it('--force converts a transcript anyway', () => {
    const m = memoryIo({ 'b.txt': TRANSCRIPT });
    assert.equal(runConvert(['--force', 'b.txt'], m.io), 0);
    assert.equal(
      m.out(),
      '---\n$schema: press-release\ntitle: "" # TODO: not found in the text\narea: "" # TODO: not found in the text\nurl: "" # TODO: not found in the text\npublish:\n  date: "" # TODO: not found in the text\n---\n\nE&OE TRANSCRIPT\nJANE DOE: Hello.\nJOHN ROE: Hello, Jane.\nJANE DOE: Goodbye.\n',
    );
  });

  it('--help prints the usage', () => {
    const m = memoryIo({});
    assert.equal(runConvert(['--help'], m.io), 0);
    assert.match(m.out(), /^Usage: pressroom convert/);
    assert.match(m.out(), /^ {2}--force {11}convert a file that looks like an interview transcript or a speech anyway$/m);
  });
});
