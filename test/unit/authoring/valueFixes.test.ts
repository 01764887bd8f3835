// Issue 13: every message that names a fix offers it, with exact edits that change only the value fixed.
import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease, validateParsed, type ReleaseDiagnostic } from '../../../src/core';
import { applyEdits, fixAllEdits, fixesAt, fixesFor, type AuthoringFix } from '../../../src/core/authoring';
import { crlf, fence, NOW } from './helpers';

const schema = builtInSchema();

function diagnose(text: string): ReleaseDiagnostic[] {
  return validateParsed(parseRelease(text), schema);
}

function fixesOf(text: string, id: AuthoringFix['id']): AuthoringFix[] {
  return fixesFor(parseRelease(text), schema, diagnose(text), { now: NOW }).filter((fix) => fix.id === id);
}

function release(extra: string, replace: [string, string] = ['', '']): string {
  return [
    '---',
    'title: Library opens',
    'area: Northshire # filed here',
    'url: https://www.example.org/news/library/',
    'publish:',
    '  date: 09:00 24/11/2026',
    `${extra}---`,
    '',
    'Body text.',
    '',
  ]
    .join('\n')
    .replace(replace[0], replace[1]);
}

/** One fix's titles and the text after each, checking each leaves a valid release. */
function outcomes(text: string, id: AuthoringFix['id']): [string, string][] {
  return fixesOf(text, id).map((fix) => [fix.title, applyEdits(text, fix.edits)]);
}

const FORMS: [string, (text: string) => string][] = [
  ['--- LF', (text) => text],
  ['```yaml CRLF', (text) => crlf(fence(text))],
];

describe('authoring: fixes that keep values (issue 13)', () => {
  for (const [name, form] of FORMS) {
    describe(name, () => {
      it('quotes a phone number written as a number, keeping every digit as written', () => {
        const text = form(release('contacts:\n  - name: Jane Doe\n    phone: 01632960123   # desk\n'));
        const [fix] = fixesOf(text, 'quote-value');
        assert.equal(fix.title, 'Put contacts[0].phone in quotes ("01632960123")');
        assert.equal(fix.inFixAll, true);
        assert.equal(fix.isPreferred, true);
        const after = applyEdits(text, fix.edits);
        assert.equal(after, form(release('contacts:\n  - name: Jane Doe\n    phone: "01632960123"   # desk\n')));
        assert.deepEqual(diagnose(after), []);
        assert.equal(parseRelease(after).data?.contacts instanceof Array && (parseRelease(after).data?.contacts as { phone: string }[])[0].phone, '01632960123');
      });

      it('quotes digits YAML would read as another number (07700 900xxx, +44, octal-looking) exactly as written', () => {
        for (const written of ['07700900123', '0491570110', '00441632960123']) {
          const text = form(release(`contacts:\n  - name: Jane Doe\n    phone: ${written}\n`));
          const [fix] = fixesOf(text, 'quote-value');
          assert.deepEqual(fix.edits.map((edit) => edit.newText), [`"${written}"`]);
        }
      });

      it('changes og.locale written another way to the locale meant, with choices when the country is not said', () => {
        const cases: [string, string[]][] = [
          ['en-GB', ['en_GB']],
          ['en_gb', ['en_GB']],
          ['"EN-gb"', ['"en_GB"']],
          ['English (UK)', ['en_GB']],
          ['british english', ['en_GB']],
          ['Welsh', ['cy_GB']],
          ['english', ['en_GB', 'en_US', 'en_IE', 'en_AU']],
        ];
        for (const [written, wanted] of cases) {
          const text = form(release(`og:\n  locale: ${written}\n`));
          const fixes = fixesOf(text, 'fix-locale');
          assert.deepEqual(
            fixes.map((fix) => applyEdits(text, fix.edits)),
            wanted.map((locale) => form(release(`og:\n  locale: ${locale}\n`))),
            written,
          );
          assert.deepEqual(fixes.map((fix) => fix.inFixAll), wanted.map(() => wanted.length === 1), written);
          for (const fix of fixes) assert.deepEqual(diagnose(applyEdits(text, fix.edits)), []);
        }
        assert.equal(fixesOf(form(release('og:\n  locale: en-GB\n')), 'fix-locale')[0].title, 'Change og.locale to en_GB');
      });

      it('offers nothing for a locale it cannot read', () => {
        assert.deepEqual(fixesOf(form(release('og:\n  locale: Klingon\n')), 'fix-locale'), []);
      });

      it('gives og.image https:// in place of http://, and a bare address https://', () => {
        const http = form(release('og:\n  image: http://www.example.org/a.jpg\n'));
        assert.deepEqual(outcomes(http, 'use-https'), [['Change http:// to https:// in og.image', form(release('og:\n  image: https://www.example.org/a.jpg\n'))]]);
        const bare = form(release('', ['url: https://www.example.org/news/library/', "url: 'www.example.org/news/library/'"]));
        assert.deepEqual(outcomes(bare, 'use-https'), [['Add https:// in url', form(release('', ['url: https://www.example.org/news/library/', "url: 'https://www.example.org/news/library/'"]))]]);
        const bareImage = form(release('og:\n  image: www.example.org/a.jpg\n'));
        assert.deepEqual(outcomes(bareImage, 'use-https'), [['Add https:// in og.image', form(release('og:\n  image: https://www.example.org/a.jpg\n'))]]);
      });

      it('offers https:// where the cursor is on an http:// url the schema accepts', () => {
        const text = form(release('og:\n  url: http://www.example.org/news/library/\n'));
        assert.deepEqual(diagnose(text), []);
        const at = text.indexOf('http://');
        const fixes = fixesAt(parseRelease(text), schema, at, at, { now: NOW }).filter((fix) => fix.id === 'use-https');
        assert.equal(fixes.length, 1);
        assert.equal(fixes[0].title, 'Change http:// to https:// in og.url');
        assert.equal(applyEdits(text, fixes[0].edits), form(release('og:\n  url: https://www.example.org/news/library/\n')));
        const elsewhere = text.indexOf('Library opens');
        assert.deepEqual(fixesAt(parseRelease(text), schema, elsewhere, elsewhere, { now: NOW }).filter((fix) => fix.id === 'use-https'), []);
      });

      it('offers no https fix for text that is not an address', () => {
        assert.deepEqual(fixesOf(form(release('', ['url: https://www.example.org/news/library/', 'url: see the website'])), 'use-https'), []);
      });

      it('proposes the likely dates for a day the month does not have, in either order, none of them automatic', () => {
        const wanted = ['16:55 28/02/2021', '16:55 31/01/2021', '16:55 31/03/2021'];
        for (const written of ['16:55 31/02/2021', '31/02/2021 16:55', '"31/02/2021 16:55"']) {
          const text = form(release('', ['  date: 09:00 24/11/2026', `  date: ${written}`]));
          const quote = written.startsWith('"') ? '"' : '';
          const fixes = fixesOf(text, 'real-date');
          assert.deepEqual(
            fixes.map((fix) => [fix.title, applyEdits(text, fix.edits)]),
            wanted.map((date) => [`Change the date to "${date}"`, form(release('', ['  date: 09:00 24/11/2026', `  date: ${quote}${date}${quote}`]))]),
            written,
          );
          assert.ok(fixes.every((fix) => !fix.inFixAll && !fix.isPreferred));
        }
      });

      it('proposes the last day of the month, then the same day in the months beside it; a month over 12 gets day and month swapped, or nothing', () => {
        const swap = form(release('', ['  date: 09:00 24/11/2026', '  date: 09:00 12/31/2027']));
        assert.deepEqual(fixesOf(swap, 'real-date').map((fix) => fix.title), ['Change the date to "09:00 31/12/2027"']);
        const text = form(release('', ['  date: 09:00 24/11/2026', '  date: 09:00 31/04/2027']));
        assert.deepEqual(fixesOf(text, 'real-date').map((fix) => fix.title), ['Change the date to "09:00 30/04/2027"', 'Change the date to "09:00 31/03/2027"', 'Change the date to "09:00 31/05/2027"']);
        const swapped = form(release('', ['  date: 09:00 24/11/2026', '  date: 09:00 30/02/2027']));
        assert.deepEqual(fixesOf(swapped, 'real-date').map((fix) => fix.title), ['Change the date to "09:00 28/02/2027"', 'Change the date to "09:00 30/01/2027"', 'Change the date to "09:00 30/03/2027"']);
        assert.deepEqual(fixesOf(form(release('', ['  date: 09:00 24/11/2026', '  date: 09:00 13/13/2027'])), 'real-date'), []);
      });

      it('removes a field written again with other capitals, its whole line, and keeps the one the schema knows', () => {
        const text = form(release('Area: Southshire  # old\n'));
        const [fix] = fixesOf(text, 'remove-duplicate-key');
        assert.equal(fix.title, 'Remove "Area" (the release already has "area")');
        assert.equal(fix.inFixAll, false);
        const after = applyEdits(text, fix.edits);
        assert.equal(after, form(release('')));
        assert.deepEqual(diagnose(after), []);
        assert.deepEqual(fixesFor(parseRelease(text), schema, diagnose(text), { now: NOW }).filter((other) => other.id === 'rename-key'), []);
      });

      it('renames a near-miss key only by choice when its value does not suit the field it would become', () => {
        const text = form(release('published: false\n', ['publish:\n  date: 09:00 24/11/2026\n', '']));
        const [fix] = fixesOf(text, 'rename-key');
        assert.equal(fix.title, 'Rename "published" to "publish" (a group of fields, not true or false)');
        assert.equal(applyEdits(text, fix.edits), form(release('publish: false\n', ['publish:\n  date: 09:00 24/11/2026\n', ''])));
        assert.deepEqual([fix.inFixAll, fix.isPreferred], [false, false]);
        assert.deepEqual(fixAllEdits(parseRelease(text), schema, diagnose(text), { now: NOW }), []);
        const number = form(release('tittle: 2026\n', ['title: Library opens\n', '']));
        assert.deepEqual(fixesOf(number, 'rename-key').map((other) => [other.title, other.inFixAll]), [['Rename "tittle" to "title" (text, not a number)', false]]);
        const group = form(release('publsh:\n  date: 09:00 24/11/2026\n', ['publish:\n  date: 09:00 24/11/2026\n', '']));
        assert.deepEqual(fixesOf(group, 'rename-key').map((other) => [other.title, other.inFixAll, other.isPreferred]), [['Rename "publsh" to "publish"', true, true]]);
      });

      it('removes a nested group written twice with other capitals, all of its lines', () => {
        const text = form(release('OG:\n  title: Old\n  locale: en_GB\nog:\n  title: New\n'));
        const [fix] = fixesOf(text, 'remove-duplicate-key');
        assert.equal(applyEdits(text, fix.edits), form(release('og:\n  title: New\n')));
      });

      it('fix-all quotes the phone and fixes en-GB, and leaves the choices to the author', () => {
        const text = form(release('og:\n  locale: en-GB\ncontacts:\n  - name: Jane Doe\n    phone: 01632960123\n', ['  date: 09:00 24/11/2026', '  date: 09:00 31/02/2027']));
        const after = applyEdits(text, fixAllEdits(parseRelease(text), schema, diagnose(text), { now: NOW }));
        assert.equal(after, form(release('og:\n  locale: en_GB\ncontacts:\n  - name: Jane Doe\n    phone: "01632960123"\n', ['  date: 09:00 24/11/2026', '  date: 09:00 31/02/2027'])));
      });
    });
  }
});
