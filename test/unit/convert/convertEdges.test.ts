import * as assert from 'node:assert/strict';
import { builtInSchema, type JsonSchema } from '../../../src/core';
import { convertPlainText, type ConvertResult } from '../../../src/core/convert';
import { classifyHeaderLine } from '../../../src/core/convert/headline';
import { lines } from '../helpers';

function release(result: ConvertResult): Extract<ConvertResult, { kind: 'release' }> {
  if (result.kind !== 'release') assert.fail(`expected a release, got: ${result.reason}`);
  return result;
}

const RELEASE = lines(
  'MEDIA RELEASE',
  '',
  'Council opens new library',
  '',
  'Tuesday 19 May 2020',
  '',
  'EMBARGOED UNTIL 00:01 20 May',
  '',
  'The library opens.',
  '',
  'Media contact: 01632 960123',
  '',
  'Media enquiries: Jane Doe 01632 960123, jane.doe@example.org',
  'Media: Jane Doe 01632 960123, jane.doe@example.org',
);

describe('convertPlainText: what the schema has no place for', () => {
  it('leaves the headline, date, embargo and contacts in the body when the schema has none of them', () => {
    const onlyArea: JsonSchema = { type: 'object', properties: { area: { type: 'string' } }, additionalProperties: false };
    const result = release(convertPlainText(RELEASE, onlyArea));
    assert.deepEqual(result.fields, {});
    assert.deepEqual(result.consumedLines, []);
    assert.deepEqual(result.notes, ['the schema has no publish.date; the date on line 5 stays in the body', 'the schema has no embargo field; the embargo on line 7 stays in the body']);
    assert.equal(result.text, `---\n---\n\n${RELEASE}\n`);
  });
});

describe('convertPlainText: contacts without a name, and the same contact twice', () => {
  it('keeps a contact with only a phone, notes the missing name, and takes a repeated contact once', () => {
    const result = release(convertPlainText(RELEASE, builtInSchema()));
    assert.deepEqual(result.fields.contacts, [
      { name: '', phone: '01632 960123' },
      { name: 'Jane Doe', phone: '01632 960123', email: 'jane.doe@example.org' },
    ]);
    assert.ok(result.notes.includes('contacts[0]: no name was written beside 01632 960123; fill it in'));
    // The note is also beside the empty name, where a batch conversion's author sees it.
    assert.ok(result.text.includes('contacts:\n  - name: "" # TODO: no name was written beside 01632 960123\n    phone: "01632 960123"\n  - name: Jane Doe\n'), result.text);
    assert.deepEqual(result.consumedLines.filter((line) => line.field === 'contacts').map((line) => line.line), [10, 12, 13]);
    assert.equal(result.body, 'MEDIA RELEASE\n\nThe library opens.');
  });
});

describe('convertPlainText: dates', () => {
  it('assumes the time it is given for a date without one', () => {
    const result = release(convertPlainText(lines('Council opens new library', '', '19 May 2020', 'Body.'), builtInSchema(), { assumedTime: { hour: 10, minute: 30 } }));
    assert.deepEqual(result.fields.publish, { date: '10:30 19/05/2020' });
    assert.ok(result.notes.includes('publish.date: no time was written on line 3; assumed 10:30, check it'));
    assert.ok(result.text.includes('  date: "10:30 19/05/2020" # TODO: no time was written; 10:30 assumed, check it\n'), result.text);
  });

  it('steps over an embargo line with no readable date to the next one', () => {
    const result = release(convertPlainText(lines('Council opens new library', '', 'EMBARGOED UNTIL tomorrow', 'EMBARGO 19 May 2020', '', 'Body.'), builtInSchema()));
    assert.equal(result.fields.embargo, '00:00 19/05/2020');
    assert.ok(result.text.includes('\nembargo: "00:00 19/05/2020" # TODO: no time was written; 00:00 assumed, check it\n'), result.text);
    assert.deepEqual(result.notes.slice(0, 2), [
      'embargo: line 3 looks like an embargo but names no date I could read; it stays in the body',
      'embargo: no time was written on line 4; assumed 00:00, check it',
    ]);
    assert.equal(result.body, 'EMBARGOED UNTIL tomorrow\n\nBody.');
  });

  it('does not read a date from a line too long to be a date line', () => {
    const long = `Posted on 19 May 2020 ${'and more words '.repeat(8)}`;
    assert.ok(long.trim().length > 120);
    const result = release(convertPlainText(lines('Council opens new library', '', long), builtInSchema()));
    assert.equal(result.fields.publish, undefined);
    assert.equal(result.body, long);
  });

  it('writes no body when the text is only a headline', () => {
    const result = release(convertPlainText('Council opens new library', builtInSchema()));
    assert.equal(result.body, '');
    assert.ok(result.text.endsWith('---\n'), result.text);
  });
});

describe('classifyHeaderLine', () => {
  const cases: [string, ReturnType<typeof classifyHeaderLine>][] = [
    ['MEDIA RELEASE: Library opens', 'marker-title'],
    ['JOINT MEDIA RELEASE', 'marker'],
    [`MEDIA RELEASE ${'about the library '.repeat(6)}`, 'candidate'],
    ['M E D I A  R E L E A S E', 'noise'],
    ['ENDS', 'noise'],
    ['www.example.org', 'url'],
    ['Phone 01632 960123', 'contact'],
    ['Media contact: Jane Doe', 'contact'],
    ['Authorised by J Doe, Exampleton', 'authorised'],
    ['Photo: the new library', 'noise'],
    ['Dr Jane Doe', 'person'],
    ['Jane Doe MP', 'person'],
    ['Minister for Examples', 'person'],
    ['The shadow senator speaks', 'person'],
    ['a line that starts in lower case', 'unlikely'],
    ['A line that ends with a colon:', 'unlikely'],
    ['Council opens new library', 'candidate'],
  ];
  for (const [line, kind] of cases) {
    it(`${JSON.stringify(line.slice(0, 40))} is ${kind}`, () => assert.equal(classifyHeaderLine(line), kind));
  }
});
