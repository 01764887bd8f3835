import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema, validateRelease } from '../../../src/core';
import { check, lines, VALID_FIELDS } from '../helpers';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

describe('validateRelease: valid releases', () => {
  it('accepts a complete release in the --- shape', () => {
    assert.deepEqual(check(fixture('valid-dashes.md')), []);
  });

  it('accepts a complete release in the ```yaml fence shape', () => {
    assert.deepEqual(check(fixture('valid-fence.md')), []);
  });

  it('accepts the minimal required set', () => {
    assert.deepEqual(check(lines('---', ...VALID_FIELDS, '---', 'Body')), []);
  });
});

describe('validateRelease: schema problems land on the right characters', () => {
  it('reports a missing top-level field on the opening line', () => {
    assert.deepEqual(check(lines('---', 'title: A', 'url: https://www.example.org/a', 'publish:', '  date: 09:30 02/12/2026', '---')), [
      '0:0-0:3 error missing-field Missing required field "area"',
    ]);
  });

  it('reports a missing nested field on its parent key', () => {
    assert.deepEqual(check(lines('---', 'title: A', 'area: B', 'url: https://www.example.org/a', 'publish:', '  when: x', '---')), [
      '4:0-4:7 error missing-field Missing required field "publish.date"',
      '5:2-5:6 warning unknown-field Unknown field "when": "publish" has no such field',
    ]);
  });

  it('reports a missing field of a list item on the item', () => {
    const text = lines('---', ...VALID_FIELDS, 'contacts:', '  - role: Press Officer', '---');
    assert.deepEqual(check(text), ['7:4-7:23 error missing-field Missing required field "contacts[0].name"']);
  });

  it('reports an unknown field on its key, suggesting a near miss', () => {
    const text = lines('---', ...VALID_FIELDS.slice(1), 'tittle: A', 'Area: B', 'layout: post', '---');
    assert.deepEqual(check(text), [
      '0:0-0:3 error missing-field Missing required field "title"',
      '5:0-5:6 warning unknown-field Unknown field "tittle"; did you mean "title"?',
      '6:0-6:4 warning unknown-field "Area" repeats "area" with different capitals: remove one',
      '7:0-7:6 warning unknown-field Unknown field "layout": the schema "Press release" has no such field',
    ]);
  });

  it('explains an impossible date in words, on the value', () => {
    const text = lines('---', ...VALID_FIELDS.slice(0, 4), '  date: 16:55 31/02/2020', '---');
    assert.deepEqual(check(text), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2020 is not a real date: 31 February does not exist (February 2020 has 29 days)',
    ]);
  });

  it('explains a date in the wrong form and an impossible time', () => {
    const iso = lines('---', ...VALID_FIELDS.slice(0, 4), '  date: 2020-03-18', '---');
    assert.deepEqual(check(iso), [
      '5:8-5:18 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not "2020-03-18"',
    ]);
    const time = lines('---', ...VALID_FIELDS.slice(0, 4), '  date: 24:10 18/03/2020', '---');
    assert.deepEqual(check(time), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 24:10 is not a real time',
    ]);
  });

  it('underlines the value of an enum, pattern and format problem', () => {
    const text = lines('---', ...VALID_FIELDS, 'og:', '  type: webpage', '  locale: english', '  image: http://www.example.org/a.jpg', 'contacts:', '  - name: Jane Doe', '    email: not-an-address', '---');
    assert.deepEqual(check(text), [
      '7:8-7:15 error not-allowed-value og.type must be "website" or "article", not "webpage"',
      '8:10-8:17 error pattern-mismatch og.locale must be a language and country code like en_GB, not "english"',
      '9:9-9:37 error pattern-mismatch og.image must be a full image address starting with https://, not "http://www.example.org/a.jpg"',
      '12:11-12:25 error invalid-format contacts[0].email must be an email address like press.office@example.org, not "not-an-address"',
    ]);
  });

  it('gives one message for a value that breaks two rules', () => {
    const text = lines('---', 'title: A', 'area: B', 'url: not a url', 'publish:', '  date: 09:30 02/12/2026', '---');
    assert.deepEqual(check(text), ['3:5-3:14 error invalid-format url must be a full web address like https://www.example.org/news/, not "not a url"']);
  });

  it('tells the author to quote a phone number that lost its leading zero', () => {
    const text = lines('---', ...VALID_FIELDS, 'contacts:', '  - name: Jane Doe', '    phone: 01632960123', '---');
    assert.deepEqual(check(text), [
      '8:11-8:22 error wrong-type contacts[0].phone must be text, not a number; put it in quotes ("01632960123") so the leading zero is kept',
    ]);
  });

  it('reports wrong types, an empty group and an empty value', () => {
    const text = lines('---', 'title: ""', 'area: 5', 'url: https://www.example.org/a', 'publish:', 'contacts: []', '---');
    assert.deepEqual(check(text), [
      '1:7-1:9 error too-short title must not be empty',
      '2:6-2:7 error wrong-type area must be text, not a number',
      '4:0-4:7 error wrong-type publish is empty: add its date',
      '5:10-5:12 error too-short contacts must not be an empty list',
    ]);
  });

  it('reports a title over the length limit', () => {
    const text = lines('---', ...VALID_FIELDS.slice(1), `title: ${'x'.repeat(201)}`, '---');
    assert.deepEqual(check(text), [`5:7-5:208 error too-long title is too long: 201 characters, the limit is 200`]);
  });

  it('decodes JSON Pointer escapes in field names', () => {
    const text = lines('---', ...VALID_FIELDS, 'a/b~c: 1', '---');
    assert.deepEqual(check(text), ['6:0-6:5 warning unknown-field Unknown field "a/b~c": the schema "Press release" has no such field']);
  });

  it('keeps columns right in CRLF files and in the fence shape', () => {
    const crlf = ['---', 'title: A', 'area: 5', 'url: https://www.example.org/a', 'publish:', '  date: 09:30 02/12/2026', '---', ''].join('\r\n');
    assert.deepEqual(check(crlf), ['2:6-2:7 error wrong-type area must be text, not a number']);
    const fence = lines('```yaml', 'title: A', 'area: B', 'url: https://www.example.org/a', 'publish:', '  date: 31/12/2026', '```', 'Body');
    assert.deepEqual(check(fence), [
      '5:8-5:18 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not "31/12/2026"',
    ]);
  });

  it('counts a byte order mark as a character of the first line', () => {
    const text = `\uFEFF${lines('---', 'title: A', '---')}`;
    assert.deepEqual(check(text).slice(0, 1), ['0:1-0:4 error missing-field Missing required field "area"']);
  });
});

describe('validateRelease: the front matter block', () => {
  it('says so once when there is no front matter', () => {
    assert.deepEqual(check(lines('Council opens new library', '', 'The new library opens on Monday.')), [
      '0:0-0:25 error no-front-matter This release has no front matter: start the file with a --- block holding title, area, url, publish (Pressroom: Convert to Press Release can build one from plain text)',
    ]);
  });

  it('handles an empty file and a one-byte file', () => {
    assert.deepEqual(check('').map((entry) => entry.split(' ').slice(0, 3).join(' ')), ['0:0-0:0 error no-front-matter']);
    assert.deepEqual(check('\n').map((entry) => entry.split(' ').slice(0, 3).join(' ')), ['0:0-0:0 error no-front-matter']);
  });

  it('reports an unterminated block on its opening line, in each shape', () => {
    assert.deepEqual(check(lines('---', 'title: A', 'Body')), [
      '0:0-0:3 error unterminated-front-matter The front matter opened here is never closed: add a --- line after its last field',
    ]);
    assert.deepEqual(check(lines('```yaml', 'title: A')), [
      '0:0-0:7 error unterminated-front-matter The front matter opened here is never closed: add a ``` line after its last field',
    ]);
  });

  it('reports front matter that does not start on the first line', () => {
    assert.deepEqual(check(lines('', '---', 'title: A', '---')), [
      '1:0-1:3 error front-matter-not-at-start Front matter must start on the very first line of the file; remove the lines above it',
    ]);
  });

  it('treats empty front matter as missing every required field', () => {
    assert.deepEqual(check(lines('---', '---')), [
      '0:0-0:3 error missing-field Missing required field "area"',
      '0:0-0:3 error missing-field Missing required field "publish"',
      '0:0-0:3 error missing-field Missing required field "title"',
      '0:0-0:3 error missing-field Missing required field "url"',
    ]);
  });

  it('rejects a front matter that is a list or a single value', () => {
    assert.deepEqual(check(lines('---', '- a', '- b', '---')), [
      '1:0-3:0 error not-a-mapping The front matter must be a set of fields (key: value lines), not a single value or a list',
    ]);
  });
});

describe('validateRelease: bad input', () => {
  it('points at YAML syntax errors where they are', () => {
    assert.deepEqual(check(lines('---', 'title: "unclosed', 'area: B', '---')), [
      '1:7-1:8 error yaml-syntax Something is missing here (a closing quote or bracket?) (YAML: Missing closing "quote)',
    ]);
  });

  it('explains tabs used for indentation', () => {
    assert.deepEqual(check(lines('---', 'publish:', '\tdate: 09:30 02/12/2026', '---')), [
      '2:0-2:1 error yaml-syntax Tabs cannot indent front matter; use spaces (YAML: Tabs are not allowed as indentation)',
    ]);
  });

  it('accepts a tab inside a value', () => {
    assert.deepEqual(check(lines('---', ...VALID_FIELDS.slice(1), 'title: Tab\there', '---')), []);
  });

  it('reports a duplicate field on its second key', () => {
    assert.deepEqual(check(lines('---', ...VALID_FIELDS, 'area: Southshire', '---')), [
      '6:0-6:4 error duplicate-key Duplicate field "area": each field may appear only once',
    ]);
  });

  it('refuses to expand an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    assert.deepEqual(check(lines('---', ...bomb, '---')), [
      '0:0-0:3 error alias-limit The front matter repeats aliases (*name) more than 100 times, which looks like an alias bomb; it was not expanded',
    ]);
  });

  it('refuses 10,000 levels of nesting without overflowing the stack', () => {
    const flow = lines('---', `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, '---');
    assert.deepEqual(check(flow), ['1:71-1:20007 error too-deep The front matter is nested too deeply to check (more than 64 levels)']);
    const block = ['---', ...Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(Math.min(depth, 600))}k${depth}:`), '---'];
    assert.equal(check(block.join('\n')).length > 0, true);
  });

  it('checks a 5 MB release in one pass and reports huge front matter as too large', () => {
    const body = 'The council met today. '.repeat(230_000);
    assert.equal(body.length > 5_000_000, true);
    assert.deepEqual(check(lines('---', ...VALID_FIELDS, '---', body)), []);
    const huge = lines('---', ...VALID_FIELDS, `note: ${'x'.repeat(600_000)}`, '---');
    assert.deepEqual(check(huge), ['0:0-0:3 information too-large The front matter is too large to check (586 KB; Pressroom checks up to 512 KB)']);
  });

  it('never throws on hostile text', () => {
    const hostile = ['---\n: : :\n---', '---\n[\n---', '---\n!!binary x\n---', '---\n? a\n: b\n---', '---\n*undefined\n---', '```yaml\n```', '---\n<script>alert(1)</script>\n---'];
    for (const text of hostile) assert.doesNotThrow(() => validateRelease(text, builtInSchema()), text);
  });
});
