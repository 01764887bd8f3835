/** Converting plain text: roles in parentheses, contacts with more than the schema holds, a header with no headline. */
import * as assert from 'node:assert/strict';
import { builtInSchema } from '../../../src/core';
import { convertPlainText, type ConvertResult } from '../../../src/core/convert';
import { lines } from '../helpers';

function release(result: ConvertResult): Extract<ConvertResult, { kind: 'release' }> {
  if (result.kind !== 'release') assert.fail(`expected a release, got: ${result.reason}`);
  return result;
}

const withContact = (contact: string) => lines('MEDIA RELEASE', '', 'Council opens new library', '', 'Tuesday 19 May 2020', '', 'The library opens.', '', contact);
const DATE_NOTE = 'publish.date: no time was written on line 5; assumed 09:00, check it';
const LEFT_EMPTY = ['area: not found in the text; left empty', 'url: not found in the text; left empty'];

describe('convertPlainText: contact lines on the edges', () => {
  it('reads a role in parentheses beside the name', () => {
    const result = release(convertPlainText(withContact('Media enquiries: Jane Doe (Press Officer) 01632 960123'), builtInSchema()));
    assert.deepEqual(result.fields.contacts, [{ name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123' }]);
    assert.equal(result.body, 'MEDIA RELEASE\n\nThe library opens.');
  });

  it('gives a parenthesis right after a number to that number\'s contact, between contacts and at the end', () => {
    const between = release(convertPlainText(withContact('Media enquiries: Jane Doe 01632 960123 (Press Officer), Sam Taylor 01632 960456'), builtInSchema()));
    assert.deepEqual(between.fields.contacts, [
      { name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123' },
      { name: 'Sam Taylor', phone: '01632 960456' },
    ]);
    const last = release(convertPlainText(withContact('Media enquiries: Jane Doe 01632 960123 (Press Officer)'), builtInSchema()));
    assert.deepEqual(last.fields.contacts, [{ name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123' }]);
    assert.deepEqual(last.notes, [DATE_NOTE, ...LEFT_EMPTY]);
  });

  it('keeps a contact\'s first phone and email and notes the others, which the schema has no place for; it stays in the body', () => {
    const result = release(convertPlainText(withContact('Media enquiries: Jane Doe 01632 960123, 01632 960124, jane.doe@example.org, jd@example.org'), builtInSchema()));
    assert.deepEqual(result.fields.contacts, [{ name: 'Jane Doe', phone: '01632 960123', email: 'jane.doe@example.org' }]);
    assert.deepEqual(result.notes, [
      DATE_NOTE,
      'contacts[0]: Jane Doe also has 01632 960124, which the schema has no place for; it stays in the body',
      'contacts[0]: Jane Doe also has jd@example.org, which the schema has no place for; it stays in the body',
      ...LEFT_EMPTY,
    ]);
  });
});

describe('convertPlainText: a header with no line for the headline', () => {
  it('leaves the title empty when the header holds only the date and a marker after it', () => {
    const result = release(convertPlainText(lines('Tuesday 19 May 2020', 'MEDIA RELEASE'), builtInSchema()));
    assert.deepEqual(result.fields, { publish: { date: '09:00 19/05/2020' } });
    assert.deepEqual(result.notes, [
      'publish.date: no time was written on line 1; assumed 09:00, check it',
      'title: not found in the text; left empty',
      ...LEFT_EMPTY,
    ]);
    assert.equal(result.body, 'MEDIA RELEASE');
  });
});
