/** Converting plain text: contact labels with no contacts, contacts with only an email or no name, and a long header line. */
import * as assert from 'node:assert/strict';
import { builtInSchema } from '../../../src/core';
import { convertPlainText, type ConvertResult } from '../../../src/core/convert';
import { lines } from '../helpers';
import { schemaOf } from '../testSchemas';

function release(result: ConvertResult): Extract<ConvertResult, { kind: 'release' }> {
  if (result.kind !== 'release') assert.fail(`expected a release, got: ${result.reason}`);
  return result;
}

const HEADER = ['MEDIA RELEASE', '', 'Council opens new library', '', 'Tuesday 19 May 2020', '', 'The library opens.', ''];
const convert = (...tail: string[]) => release(convertPlainText(lines(...HEADER, ...tail), builtInSchema()));
const DATE_NOTE = 'publish.date: no time was written on line 5; assumed 09:00, check it';
const LEFT_EMPTY = ['area: not found in the text; left empty', 'url: not found in the text; left empty'];

describe('convertPlainText: contact labels and contacts with little written', () => {
  it('leaves a contact label with no contact in the body: on its own line, or followed by prose', () => {
    for (const tail of [['Media enquiries: see our website'], ['Media contacts:', 'The library opens at nine.'], ['Media', 'Jane Doe 01632 960123']]) {
      const result = convert(...tail);
      assert.equal(result.fields.contacts, undefined);
      assert.equal(result.body, lines('MEDIA RELEASE', '', 'The library opens.', '', ...tail));
      assert.deepEqual(result.notes, [DATE_NOTE, ...LEFT_EMPTY]);
    }
  });

  it('takes a contact with only an email, noting the missing name', () => {
    const result = convert('Media enquiries: jane.doe@example.org');
    assert.deepEqual(result.fields.contacts, [{ name: '', email: 'jane.doe@example.org' }]);
    assert.deepEqual(result.notes, [DATE_NOTE, 'contacts[0]: no name was written beside jane.doe@example.org; fill it in', ...LEFT_EMPTY]);
  });

  it('calls a nameless contact "this contact" when noting a second phone number', () => {
    const result = convert('Media enquiries: 01632 960123, 01632 960124');
    assert.deepEqual(result.fields.contacts, [{ name: '', phone: '01632 960123' }]);
    assert.deepEqual(result.notes, [
      DATE_NOTE,
      'contacts[0]: no name was written beside 01632 960123; fill it in',
      'contacts[0]: this contact also has 01632 960124, which the schema has no place for; it stays in the body',
      ...LEFT_EMPTY,
    ]);
  });

  it('reads the digits inside an email address as part of it, not as a phone number', () => {
    const result = convert('Media enquiries: Jane Doe jane.01632960123@example.org');
    assert.deepEqual(result.fields.contacts, [{ name: 'Jane Doe', email: 'jane.01632960123@example.org' }]);
    const inDomain = convert('Media enquiries: Jane Doe jane@news-01632960123.example.org');
    assert.deepEqual(inDomain.fields.contacts, [{ name: 'Jane Doe', email: 'jane@news-01632960123.example.org' }]);
  });

  it('keeps a name that starts with a title as written when nothing else beside it looks like a name', () => {
    const result = convert('Media enquiries: Dr Jane Doe 01632 960123');
    assert.deepEqual(result.fields.contacts, [{ name: 'Dr Jane Doe', phone: '01632 960123' }]);
  });
});

describe('convertPlainText: a header line too long to be near a headline', () => {
  it('looks for no headline past a line of more than 200 characters', () => {
    const long = `The council ${'and the library '.repeat(13)}Opens Today`;
    const result = release(convertPlainText(lines('MEDIA RELEASE', '', long, '', 'Council Opens New Library', '', 'Tuesday 19 May 2020', '', 'The library opens.'), builtInSchema()));
    assert.equal(result.fields.title, undefined);
    assert.equal(result.body, lines('MEDIA RELEASE', '', long, '', 'Council Opens New Library', '', 'The library opens.'));
    assert.deepEqual(result.notes, [
      'publish.date: no time was written on line 7; assumed 09:00, check it',
      'title: not found in the text; left empty',
      ...LEFT_EMPTY,
    ]);
  });
});

describe('convertPlainText: placeholders of each type for required fields not found', () => {
  it('writes [] for a list, {} for a group and "" for text (the first of several types), each marked TODO', () => {
    const schema = schemaOf({
      type: 'object',
      required: ['title', 'tags', 'meta', 'kind'],
      properties: { title: { type: 'string' }, tags: { type: 'array' }, meta: { type: 'object' }, kind: { type: ['string', 'null'] } },
    });
    const result = release(convertPlainText(lines(...HEADER.slice(0, -1)), schema));
    assert.equal(
      result.text,
      lines(
        '---',
        'title: Council opens new library',
        'tags: [] # TODO: not found in the text',
        'meta: {} # TODO: not found in the text',
        'kind: "" # TODO: not found in the text',
        '---',
        '',
        'MEDIA RELEASE',
        '',
        'Tuesday 19 May 2020',
        '',
        'The library opens.',
        '',
      ),
    );
    assert.deepEqual(result.notes, [
      'the schema has no publish.date; the date on line 5 stays in the body',
      'tags: not found in the text; left empty',
      'meta: not found in the text; left empty',
      'kind: not found in the text; left empty',
    ]);
  });
});
