/** Messages under the built-in schema: dates that do not exist, fields repeated in other capitals, the schema's name. */
import * as assert from 'node:assert/strict';
import { builtInSchema } from '../../../src/core';
import { BUILT_IN_SCHEMA_NAME } from '../../../src/core/schema/builtInSource';
import { schemaDisplayName, schemaInSentence } from '../../../src/core/schema/displayName';
import { check, lines, VALID_FIELDS } from '../helpers';

const withDate = (date: string) => lines('---', ...VALID_FIELDS.slice(0, 4), `  date: ${date}`, '---');

describe('messages: dates that are not real dates', () => {
  it('a date in the right order that does not exist says the form and why', () => {
    assert.deepEqual(check(withDate('16:55 31/02/2021')), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2021 is not a real date: 31 February does not exist (February 2021 has 28 days)',
    ]);
  });

  it('the date before the time, and not a real date: one message that says both', () => {
    assert.deepEqual(check(withDate('31/02/2021 16:55')), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), the time first; "31/02/2021 16:55" has the date before the time, and 31/02/2021 is not a real date: 31 February does not exist (February 2021 has 28 days)',
    ]);
  });

  it('the date before the time, otherwise right: says how to write it', () => {
    assert.deepEqual(check(withDate('18/03/2020 16:55')), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), the time first; "18/03/2020 16:55" has the date before the time: write 16:55 18/03/2020',
    ]);
  });

  it('29 February outside a leap year, and a month that does not exist', () => {
    assert.deepEqual(check(withDate('09:00 29/02/2027')), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 29/02/2027 is not a real date: 29 February 2027 does not exist, as 2027 is not a leap year',
    ]);
    assert.deepEqual(check(withDate('09:00 01/13/2027')), [
      '5:8-5:24 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 01/13/2027 is not a real date: there is no month 13',
    ]);
  });
});

describe('messages: a field repeated in other capitals', () => {
  it('reports Area beside area as a repeat, not a typo, keeping the data a fix needs', () => {
    const text = lines('---', ...VALID_FIELDS, 'Area: Southshire', '---');
    assert.deepEqual(check(text), ['6:0-6:4 warning unknown-field "Area" repeats "area" with different capitals: remove one']);
  });

  it('still suggests the field when only the other capitals are written', () => {
    const text = lines('---', ...VALID_FIELDS.filter((line) => !line.startsWith('area')), 'Area: Southshire', '---');
    assert.deepEqual(check(text), ['0:0-0:3 error missing-field Missing required field "area"', '5:0-5:4 warning unknown-field Unknown field "Area"; did you mean "area"?']);
  });
});

describe('schemaDisplayName', () => {
  it('uses the title, else the file name, else names the built-in schema', () => {
    assert.equal(schemaDisplayName(builtInSchema()), 'Press release');
    assert.equal(schemaDisplayName({ json: { title: '  Story  ' }, sourceName: 'schemas/story.json' }), 'Story');
    assert.equal(schemaDisplayName({ json: { type: 'object' }, sourceName: 'schemas/story.schema.json' }), 'story.schema.json');
    assert.equal(schemaDisplayName({ json: true, sourceName: 'C:\\site\\schemas\\page.json' }), 'page.json');
    assert.equal(schemaDisplayName({ json: {}, sourceName: 'https://www.example.org/schemas/page.json#' }), 'page.json');
    assert.equal(schemaDisplayName({ json: {}, sourceName: BUILT_IN_SCHEMA_NAME }), 'the built-in press release schema');
    assert.equal(schemaInSentence({ json: {}, sourceName: BUILT_IN_SCHEMA_NAME }), 'the built-in press release schema');
    assert.equal(schemaInSentence({ json: { title: 'Story' }, sourceName: 'x.json' }), 'the schema "Story"');
  });
});
