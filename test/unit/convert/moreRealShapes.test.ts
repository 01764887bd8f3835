/**
 * More shapes real releases come in (issue 15, second pass): one invented fixture per shape, each with
 * its exact front matter. The lossless property runs on these fixtures too (realShapes.test.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema } from '../../../src/core';
import { convertPlainText, type ConvertResult } from '../../../src/core/convert';
import { unglued } from '../../../src/core/convert/contacts';
import { findDateline, readSplitDateLine } from '../../../src/core/convert/dates';

const FIXTURES = path.join(__dirname, 'fixtures');

function release(name: string): Extract<ConvertResult, { kind: 'release' }> {
  const result = convertPlainText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), builtInSchema());
  if (result.kind !== 'release') assert.fail(`expected a release, got: ${result.reason}`);
  return result;
}

const frontMatterOf = (text: string): string => text.slice(0, text.indexOf('\n---\n') + 5);
const PLACEHOLDERS = ['area: "" # TODO: not found in the text', 'url: "" # TODO: not found in the text'];
const NO_DATE = ['publish:', '  date: "" # TODO: not found in the text'];
/** A date read without a time: 09:00 is assumed, and the author is asked beside it to check. */
const assumed = (date: string, ...checks: string[]): string[] => ['publish:', `  date: "09:00 ${date}" # TODO: ${['no time was written; 09:00 assumed, check it', ...checks].join('; ')}`];
const frontMatter = (...lines: string[]): string => ['---', ...lines, '---', ''].join('\n');

describe('convertPlainText: PDF headers', () => {
  it('reads a date split over two lines and a headline wrapped over blank lines', () => {
    const result = release('pdf-split-date-wrapped-headline.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter('title: Three arrested, tools and cash seized in Exampleton', ...PLACEHOLDERS, ...assumed('28/03/2020'), 'contacts:', '  - name: Example Police Media', '    phone: "02 5550 0100"'),
    );
    assert.ok(result.notes.includes('publish.date: the date is written over line 1 and line 3; check it'));
    assert.equal(result.body, 'example.gov.au\n\nPolice arrested three people in Exampleton on Friday.\n\nThey will appear in court on Monday.');
  });

  it('steps over a classification marking and reads a headline in a column after MEDIA RELEASE', () => {
    const result = release('classification-marker-column.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter('title: NEW LIBRARIAN FOR EXAMPLETON ISLAND', ...PLACEHOLDERS, ...NO_DATE, 'contacts:', '  - name: Jo Citizen', '    phone: "0491 570 156"', '  - name: Sam Roe', '    phone: "0491 570 157"'),
    );
    assert.ok(result.body.startsWith('UNOFFICIAL\n\nSENATOR THE HON JANE EXAMPLE  Minister for Libraries\n\nToday I announce'));
  });

  it('does not count letter-spaced lines in the header, so a headline after many of them is found', () => {
    const result = release('letter-spaced-office-block.txt');
    assert.equal(frontMatterOf(result.text), frontMatter('title: FUNDING HELPS TOWNS ON THE ROAD TO RECOVERY', ...PLACEHOLDERS, ...assumed('18/09/2020')));
  });

  it('takes STATEMENT for a marker, not a headline', () => {
    const result = release('statement-marker.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: Library closures in Exampleton',
        ...PLACEHOLDERS,
        ...assumed('28/07/2020'),
        'contacts:',
        '  - name: Jo Citizen',
        '    role: Example',
        '    phone: "0491 570 156"',
        '  - name: Alex Roe',
        '    role: Citizen',
        '    phone: "0491 570 157"',
      ),
    );
  });

  it('joins a headline in capitals across a blank line, and skips the dateline place above the date', () => {
    const result = release('caps-headline-over-blank-and-place.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter('title: LIBRARY WORKERS MUST GET A BONUS TO PREVENT CLOSURES', ...PLACEHOLDERS, ...assumed('21/08/2020'), 'contacts:', '  - name: SAM CITIZEN', '    phone: "0491 570 158"'),
    );
    assert.ok(result.body.includes('EXAMPLETON, VICTORIA'));
  });

  it('takes a headline glued to the text beside it in a column; "Last updated" is never the headline', () => {
    const result = release('headline-in-a-column.txt');
    assert.equal(frontMatterOf(result.text), frontMatter('title: Growers want grants, not more loans', ...PLACEHOLDERS, ...assumed('11/03/2021')));
    assert.equal(result.body, 'Last updated: 01 April 2021\nEXAMPLETON MP, Jo Citizen, has joined local growers to call for cash grants after the storm.\nMr Citizen said growers needed help now.');
  });

  it('never takes text decoded with the wrong encoding, or a piece of a date, for the headline, and invents no date', () => {
    const result = release('mojibake-date-pieces.txt');
    assert.equal(frontMatterOf(result.text), frontMatter('title: Seniors urged to stay safe this winter', ...PLACEHOLDERS, ...NO_DATE));
  });

  it('reads "Media Advisory" as a marker, and a ```yaml block as front matter to fix, not a release', () => {
    const advisory = convertPlainText('Media Advisory\nThe Mayor opens the library\nThe Mayor will open the library on Monday.\n', builtInSchema());
    assert.ok(advisory.kind === 'release' && advisory.fields.title === 'The Mayor opens the library');
    assert.deepEqual(convertPlainText('```yaml\ntitle: Library opens\n```\nBody.\n', builtInSchema()), {
      kind: 'not-a-release',
      reason: 'the text starts with its front matter in a ```yaml code block; change the two ``` fence lines to --- and it is front matter',
    });
  });

  it('reads a date split over two lines only when neither line is a date alone', () => {
    assert.deepEqual(readSplitDateLine('March 28,', '2020'), { year: 2020, month: 3, day: 28 });
    assert.equal(readSplitDateLine('28 March 2020', '2020'), undefined);
    assert.equal(readSplitDateLine('The library', 'opens'), undefined);
  });
});

describe('convertPlainText: footers and contact blocks', () => {
  it('reads a date and a contact on one line; the date stays in the body', () => {
    const result = release('date-and-contact-one-line.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter('title: URGENT ACTION TO PROTECT REMOTE LIBRARIES', ...PLACEHOLDERS, ...assumed('19/03/2020'), 'contacts:', '  - name: SAM CITIZEN', '    role: EXAMPLE', '    phone: "0491 570 159"'),
    );
    assert.ok(result.body.endsWith('Labor will keep asking.\nTHURSDAY, 19 MARCH 2020'));
  });

  it("reads unlabelled footer lines that name an office or a media adviser, and a date after a contact", () => {
    const result = release('office-footer-contacts.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: IMMEDIATE SUPPORT FOR EXAMPLETON LIBRARIES',
        ...PLACEHOLDERS,
        ...assumed('14/12/2020'),
        'contacts:',
        '  - name: Jo Citizen',
        "    role: Minister Example's office",
        '    phone: "0491 570 156"',
        '  - name: Sam Roe',
        '    phone: "0491 570 157"',
        '  - name: Alex Roe',
        '    role: Senior Media Adviser, Office of the Hon Jane Example MP',
        '    phone: "+61 2 5550 0102"',
        '    email: alex.roe@example.gov.au',
        '  - name: Pat Citizen',
        '    phone: "08 5550 0101"',
      ),
    );
    // Alex Roe's second number has no field: the block's lines stay in the body; the date after Pat's number too.
    assert.ok(result.notes.includes('contacts[2]: Alex Roe also has 0491 570 158, which the schema has no place for; it stays in the body'));
    assert.ok(result.body.endsWith('| E alex.roe@example.gov.au\n\nOctober 20, 2020'));
  });

  it('reads a dated contact block above the headline and a headline cut after "the"', () => {
    const result = release('date-contact-block-above-headline.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: Former Exampleton Officer Sentenced to 15 Years for the Theft of a Library Van',
        ...PLACEHOLDERS,
        ...assumed('29/08/2018'),
        'contacts:',
        '  - name: Jo Citizen',
        "    role: Director of Communications, Exampleton County District Attorney's Office, office",
        '    phone: "214-555-0143"',
        '    email: jo.citizen@example.org',
      ),
    );
    assert.equal(result.body, 'August 29, 2018\n(Exampleton, Texas) – On August 29, a jury sentenced a former officer to 15 years.');
  });

  it('joins a long Title Case headline wrapped onto a Title Case line, but not onto the dateline', () => {
    const text = 'FOR IMMEDIATE RELEASE: Exampleton County District Attorney Jo Citizen Issues\nStatement on Conviction of Sam Roe for the Theft of a Library Van\n(Exampleton, Texas) – The District Attorney said today that justice was done.\n';
    const result = convertPlainText(text, builtInSchema());
    assert.ok(result.kind === 'release');
    assert.equal(result.fields.title, 'Exampleton County District Attorney Jo Citizen Issues Statement on Conviction of Sam Roe for the Theft of a Library Van');
  });

  it('reads contacts written as keys and values, one a paragraph or glued in one run', () => {
    const result = release('keyed-contacts.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: Example Translations Highlights AI Pitfalls',
        ...PLACEHOLDERS,
        ...NO_DATE,
        'contacts:',
        '  - name: Jo Citizen',
        '    phone: "+1 312 555 0142"',
        '    email: jo@example.com',
        '  - name: Sam Roe',
        '    role: Example Ltd.',
        '    email: sam@example.com',
      ),
    );
    // The run also names a city and a website, which have no field: it stays in the body.
    assert.ok(result.notes.includes('contacts: line 13 also holds words the contact fields have no place for (a web address, a place); the lines stay in the body'));
    assert.ok(result.body.endsWith('Website: https://example.com'));
  });

  it('reads "please contact ... at" sentences whose number or email goes on on the next line', () => {
    const result = release('us-sentence-contacts.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        "title: Exampleton County Attorney's Office Files Charges in Library Theft",
        ...PLACEHOLDERS,
        ...NO_DATE,
        'contacts:',
        '  - name: EXCAO communications office',
        '    phone: "312 555-0142"',
        '    email: press@example.org',
        '  - name: Jo Citizen',
        '    role: Public Information Officer',
        '    phone: "305 555-0100"',
      ),
    );
    // A page's hidden address ("[email protected]") has no field and stays in the body.
    assert.ok(result.body.endsWith('###\nor\n[email protected]'));
  });

  it("reads a web page: the site's name off the title, a spokesperson's block with no label, the header ending at other stories", () => {
    const result = release('web-page-spokesperson-block.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter('title: Man Sentenced for Library Van Theft', ...PLACEHOLDERS, ...assumed('04/08/2008'), 'contacts:', '  - name: Sam Roe', '    role: Spokesperson', '    phone: "714-555-0150"'),
    );
    assert.ok(result.body.startsWith('Exampleton County District Attorney\nSkip to content\n'));
    assert.ok(result.body.endsWith('Woman Charged with Book Fraud\nMay 13, 2026'));
  });

  it("reads a wire's contact card with no label at the foot", () => {
    const result = release('wire-footer-card.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: Example Quantum to Report Third Quarter Results',
        ...PLACEHOLDERS,
        ...NO_DATE,
        'contacts:',
        '  - name: ExampleWire',
        '    role: Austin, Texas',
        '    phone: "512.555.0100"',
        '    email: Editor@example.com',
      ),
    );
  });

  it('reads wire contact blocks: a label glued to the name, a label after links, a company glued to the label', () => {
    const result = release('wire-contact-blocks.txt');
    assert.equal(
      frontMatterOf(result.text),
      frontMatter(
        'title: Example Digital Wins Web Award',
        ...PLACEHOLDERS,
        ...assumed('08/04/2025'),
        'contacts:',
        '  - name: Jo Citizen',
        '    role: Example Digital, Tucson, AZ, United States',
        '    phone: "520-555-0101"',
        '  - name: Sam Roe',
        '    role: Example Homes, 100 Example Rd Suite 1, Exampleton, Florida 30000 United States',
        '    phone: "+1(407) 555-0102"',
        '  - name: Alex Citizen',
        '    role: Example Sport Lantern',
        '    email: alex@example.com',
      ),
    );
  });

  it('puts back the spaces PDF and web text glue out of a contact, leaving names and addresses whole', () => {
    assert.equal(unglued('Jo CitizenChief Executive Officerjo@example.com(555) 555-0100'), 'Jo Citizen Chief Executive Officer jo@example.com (555) 555-0100');
    assert.equal(unglued('ExampleWireAustin, Texaswww.example.com512.555.0100 OfficeEditor@example.com'), 'ExampleWireAustin, Texas www.example.com 512.555.0100 Office Editor@example.com');
  });
});

describe('convertPlainText: more datelines', () => {
  const datelines: [string, string][] = [
    ['Los Angeles, California, July 04, 2025, As trading grows', 'July 04, 2025'],
    ['TAIPEI, TAIWAN - [Example Newswire](https://example.com) - 6 August 2024 - From July 31', '6 August 2024'],
    ['Exampleton, East Exampleshire,England (Example.ai) Thursday Aug 14, 2025 @ 7:00 AM UTC — Readers', 'Thursday Aug 14, 2025 @ 7:00 AM UTC'],
    ['Exampleton, CA (Example.ai) Monday Oct 27, 2025 @ 5:20 PM America/Toronto — Readers', 'Monday Oct 27, 2025 @ 5:20 PM'],
  ];
  for (const [line, text] of datelines) {
    it(`reads the dateline ${JSON.stringify(line)}`, () => assert.equal(findDateline(line)?.text, text));
  }

  it('does not take a sentence that starts with a date phrase for a dateline', () => {
    assert.equal(findDateline('Since February 7, 2025, the library has opened late'), undefined);
    assert.equal(findDateline('Residents said on 1 June 2020, The council'), undefined);
  });
});
