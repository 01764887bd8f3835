import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema, parseRelease, validateRelease, type JsonSchema } from '../../../src/core';
import { convertPlainText, type ConvertResult } from '../../../src/core/convert';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function release(result: ConvertResult): Extract<ConvertResult, { kind: 'release' }> {
  if (result.kind !== 'release') assert.fail(`expected a release, got: ${result.reason}`);
  return result;
}

const convert = (name: string) => release(convertPlainText(fixture(name), builtInSchema()));

describe('convertPlainText: fields from each style', () => {
  it('posted-on: headline after blank lines, "Media Enquiries: name - phone", "Posted on" date at the end', () => {
    const result = convert('posted-on.txt');
    assert.deepEqual(result.fields, {
      title: 'Library opening hours extended for the summer',
      publish: { date: '09:00 19/05/2020' },
      contacts: [{ name: 'John Roe', phone: '01632 960123' }],
    });
    assert.deepEqual(result.consumedLines.map((c) => [c.line, c.field]), [[2, 'title'], [14, 'contacts'], [19, 'publish.date']]);
    assert.ok(result.notes.includes('publish.date: no time was written on line 20; assumed 09:00, check it'));
  });

  it('joint media release: skips names and offices, reads a contact block with roles and emails', () => {
    const result = convert('joint-media-release.txt');
    assert.deepEqual(result.fields, {
      title: 'NEW FUNDING FOR COMMUNITY SAMPLE CENTRES',
      publish: { date: '09:00 02/04/2020' },
      contacts: [
        { name: 'Alex Smith', role: 'Minister Doe', phone: '0491 570 156', email: 'alex.smith@example.org' },
        { name: 'Sam Taylor', role: 'Minister Roe', phone: '0491 570 157', email: 'sam.taylor@example.org' },
      ],
    });
    // The boilerplate is not a field: it stays in the body, as written.
    assert.ok(result.body.startsWith('THE HON JANE DOE MP  MINISTER FOR EXAMPLES\nSENATOR THE HON JOHN ROE  MINISTER FOR SAMPLES\nJOINT MEDIA RELEASE\nThe Government'));
    assert.ok(result.body.endsWith('[ENDS]'));
  });

  it('embargoed: embargo line, date on the MEDIA RELEASE line, hard-wrapped headline, "For further information contact"', () => {
    const result = convert('embargoed.txt');
    assert.deepEqual(result.fields, {
      title: 'Survey shows record support for local parks and open spaces',
      publish: { date: '09:00 18/03/2020' },
      embargo: '00:01 19/03/2020',
      contacts: [{ name: 'Jane Doe', role: 'Chief Executive', phone: '01632 960123', email: 'jane.doe@example.org' }],
    });
    assert.deepEqual(result.consumedLines.map((c) => [c.line, c.field]), [[0, 'embargo'], [1, 'publish.date'], [2, 'title'], [3, 'title'], [7, 'contacts']]);
  });

  it('US style: "Media Release: headline", "June 28, 2019", "MEDIA | name | phone", -ENDS- kept', () => {
    const result = convert('us-style.txt');
    assert.deepEqual(result.fields, {
      title: 'Example Cycling Club wins regional award',
      publish: { date: '09:00 28/06/2019' },
      contacts: [{ name: 'Jane Doe', phone: '0491 570 156' }],
    });
    assert.equal(result.body, 'The Example Cycling Club has won the regional club of the year award.\n-ENDS-');
  });

  it('wrapped: ordinal date, embargo without a year, two contacts on one line, body lines kept as written', () => {
    const result = convert('wrapped.txt');
    assert.deepEqual(result.fields, {
      title: "Exampleton hospital opens new children's ward after two years of building",
      publish: { date: '09:00 23/11/2020' },
      embargo: '06:00 24/11/2020',
      contacts: [
        { name: 'Jane Doe', phone: '0491 570 156' },
        { name: 'John Roe', phone: '0491 570 157' },
      ],
    });
    assert.equal(result.body, 'The new ward has 24 beds and a garden.\nIt was paid for by local fundraising\nand a government grant.\n###');
    assert.ok(result.notes.includes('publish.date: line 1 says Tuesday, but 23/11/2020 is a Monday; check the date'));
    assert.ok(result.notes.includes('embargo: no year was written on line 2; assumed 2020 from the publication date'));
  });

  it('no date, no contact: nothing is invented, placeholders are flagged', () => {
    const result = convert('no-date-no-contact.txt');
    assert.deepEqual(result.fields, { title: 'Ambassador to Exampleland' });
    assert.ok(result.notes.includes('publish.date: no publication date found; left empty'));
    assert.ok(result.text.includes('publish:\n  date: "" # TODO: not found in the text\n'));
    assert.ok(result.body.endsWith('Authorised by Jane Doe, Exampleton.'));
  });
});

describe('convertPlainText: output', () => {
  it('writes the front matter in schema order, phones and dates quoted', () => {
    const result = convert('wrapped.txt');
    assert.equal(
      result.text,
      [
        '---',
        "title: Exampleton hospital opens new children's ward after two years of building",
        'area: "" # TODO: not found in the text',
        'url: "" # TODO: not found in the text',
        'publish:',
        '  date: "09:00 23/11/2020" # TODO: no time was written; 09:00 assumed, check it; the text says Tuesday, but 23/11/2020 is a Monday; check the date',
        'embargo: "06:00 24/11/2020"',
        'contacts:',
        '  - name: Jane Doe',
        '    phone: "0491 570 156"',
        '  - name: John Roe',
        '    phone: "0491 570 157"',
        '---',
        '',
        'The new ward has 24 beds and a garden.',
        'It was paid for by local fundraising',
        'and a government grant.',
        '###',
        '',
      ].join('\n'),
    );
  });

  it('parses back to the same fields, and the validator flags only the placeholders', () => {
    for (const name of ['posted-on.txt', 'joint-media-release.txt', 'embargoed.txt', 'us-style.txt', 'wrapped.txt']) {
      const result = convert(name);
      const parsed = parseRelease(result.text);
      const data = parsed.data as Record<string, unknown>;
      for (const [key, value] of Object.entries(result.fields)) assert.deepEqual(data[key], value, `${name}: ${key}`);
      const problems = validateRelease(result.text, builtInSchema()).filter((d) => d.severity === 'error');
      assert.deepEqual([...new Set(problems.map((d) => d.path.join('.')))].sort(), ['area', 'url'], name);
    }
  });

  it('quotes values YAML would misread', () => {
    const result = release(convertPlainText('Yes: no # maybe\n17 October 2020\nBody.\n', builtInSchema()));
    assert.equal(result.fields.title, 'Yes: no # maybe');
    assert.equal((parseRelease(result.text).data as { title: string }).title, 'Yes: no # maybe');
  });

  it('keeps Windows line endings and leaves mojibake alone', () => {
    const text = 'Clinic opens\r\n17 October 2020\r\nThe clinicâ€™s doors open today.\r\n';
    const result = release(convertPlainText(text, builtInSchema()));
    assert.ok(result.text.includes('---\r\ntitle: Clinic opens\r\n'));
    assert.ok(result.text.endsWith('\r\n\r\nThe clinicâ€™s doors open today.\r\n'));
  });

  it('writes the $schema it is given first, in the text\'s line endings, and the release still validates as before', () => {
    const text = 'Clinic opens\r\n17 October 2020\r\nThe clinic opens today.\r\n';
    const plain = release(convertPlainText(text, builtInSchema()));
    const keyed = release(convertPlainText(text, builtInSchema(), { schemaKey: 'press-release' }));
    assert.equal(keyed.text, plain.text.replace('---\r\n', '---\r\n$schema: press-release\r\n'));
    assert.deepEqual((parseRelease(keyed.text).data as Record<string, unknown>).$schema, 'press-release');
    const codes = (result: typeof plain) => validateRelease(result.text, builtInSchema()).map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes(keyed), codes(plain));
  });

  it('only fills fields the schema has', () => {
    const schema: JsonSchema = { type: 'object', required: ['headline'], properties: { title: { type: 'string' }, headline: { type: 'string' } } };
    const result = release(convertPlainText(fixture('embargoed.txt'), schema));
    assert.deepEqual(result.fields, { title: 'Survey shows record support for local parks and open spaces' });
    assert.ok(result.text.startsWith('---\ntitle: Survey shows record support for local parks and open spaces\nheadline: "" # TODO: not found in the text\n---\n'));
    // Lines for fields the schema lacks stay in the body.
    assert.ok(result.body.startsWith('EMBARGOED UNTIL 00:01 Thursday 19 March 2020\nMEDIA RELEASE                   18 March 2020\nA survey'));
  });

  it('takes a contact glued to the next line by PDF extraction, and leaves the words of that line in the body', () => {
    const text = 'Clinic opens\n17 October 2020\nBody.\nMedia contact: Jane Doe 0491 570 156  Authorised by John Roe, Exampleton\n';
    const result = release(convertPlainText(text, builtInSchema()));
    assert.deepEqual(result.fields.contacts, [{ name: 'Jane Doe', phone: '0491 570 156' }]);
    assert.equal(result.body, 'Body.\nAuthorised by John Roe, Exampleton');
    assert.deepEqual(result.consumedLines[2], { line: 3, field: 'contacts', text: text.split('\n')[3], kept: 'Authorised by John Roe, Exampleton' });
  });

  it('keeps a contact line with other text in the body and says so', () => {
    const text = 'Clinic opens\n17 October 2020\nBody.\nMedia contact: Jane Doe 0491 570 156 for the clinic\n';
    const result = release(convertPlainText(text, builtInSchema()));
    assert.equal(result.fields.contacts, undefined);
    assert.ok(result.body.endsWith('Media contact: Jane Doe 0491 570 156 for the clinic'));
    assert.ok(result.notes.includes('contacts: line 4 looks like media contacts but also holds other text ("for the clinic"); it stays in the body'));
  });
});

// The lossless property on every fixture is in realShapes.test.ts (it knows the words a glued line leaves in the body).

describe('convertPlainText: not a release', () => {
  it('recognises an interview transcript', () => {
    const result = convertPlainText(fixture('transcript.txt'), builtInSchema());
    assert.deepEqual(result, { kind: 'not-a-release', reason: 'looks like a transcript, not a release: "E&OE TRANSCRIPT" heading and 6 speaker turns by 3 speakers' });
  });

  it('recognises question-and-answer turns without a heading', () => {
    const result = convertPlainText(fixture('interview-no-heading.txt'), builtInSchema());
    assert.deepEqual(result, { kind: 'not-a-release', reason: 'looks like a transcript, not a release: 7 speaker turns by 2 speakers' });
  });

  it('recognises a speech', () => {
    const result = convertPlainText(fixture('speech.txt'), builtInSchema());
    assert.deepEqual(result, { kind: 'not-a-release', reason: 'looks like a speech, not a release: "*** CHECK AGAINST DELIVERY ***"' });
  });

  it('does not take release labels for speakers', () => {
    const text = 'Clinic opens\n17 October 2020\nMEDIA RELEASE: Clinic opens\nNOTE: the clinic is new.\nMEDIA CONTACT: Jane Doe 0491 570 156\nWEB: example.org\n';
    assert.equal(convertPlainText(text, builtInSchema()).kind, 'release');
  });

  it('refuses empty text and text that already has front matter', () => {
    assert.deepEqual(convertPlainText('\n  \n', builtInSchema()), { kind: 'not-a-release', reason: 'the text is empty' });
    assert.deepEqual(convertPlainText('---\ntitle: x\n---\nBody\n', builtInSchema()), { kind: 'not-a-release', reason: 'the text already starts with front matter (---)' });
  });
});
