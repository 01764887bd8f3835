import * as assert from 'node:assert/strict';
import { builtInSchema, compileSchema, parseRelease, validateParsed, type CompiledSchema, type ReleaseDiagnostic } from '../../../src/core';
import { applyEdits, fixAllEdits, fixesAt, fixesFor, snippetDefaults, type AuthoringFix } from '../../../src/core/authoring';
import { crlf, fence, NOW, untouchedOutside } from './helpers';

const schema = builtInSchema();

function diagnose(text: string, using: CompiledSchema = schema): ReleaseDiagnostic[] {
  return validateParsed(parseRelease(text), using);
}

function fixes(text: string, using: CompiledSchema = schema): AuthoringFix[] {
  return fixesFor(parseRelease(text), using, diagnose(text, using), { now: NOW });
}

function only(text: string, title: RegExp, using: CompiledSchema = schema): AuthoringFix {
  const found = fixes(text, using).filter((fix) => title.test(fix.title));
  assert.equal(found.length, 1, `one fix matching ${title} among: ${fixes(text, using).map((fix) => fix.title).join('; ')}`);
  return found[0];
}

/** Applies a fix, checks that nothing outside its edits changed, and returns the new text. */
function apply(text: string, fix: AuthoringFix): string {
  const after = applyEdits(text, fix.edits);
  let at = 0;
  for (const piece of untouchedOutside(text, fix.edits)) {
    const found = after.indexOf(piece, at);
    assert.ok(found >= 0, `unchanged text ${JSON.stringify(piece)} is kept`);
    at = found + piece.length;
  }
  return after;
}

const VALID = [
  '---',
  '# Headline first',
  'title: "Council opens new library"',
  "area: 'Northshire'",
  'url: https://www.example.org/news/library/ # final address',
  'publish:',
  '  date: 09:00 24/11/2026',
  '---',
  '',
  'The new library opens on Monday.',
  '',
].join('\n');

/** The same release in four forms: both shapes, LF and CRLF. */
const FORMS: [string, (text: string) => string][] = [
  ['--- LF', (text) => text],
  ['--- CRLF', crlf],
  ['```yaml LF', fence],
  ['```yaml CRLF', (text) => crlf(fence(text))],
];

describe('authoring: quick fixes', () => {
  it('the fixture is valid to start with', () => {
    for (const [, form] of FORMS) assert.deepEqual(diagnose(form(VALID)), []);
  });

  for (const [name, form] of FORMS) {
    describe(name, () => {
      it('rewrites dates written in other styles, keeping the quotes', () => {
        const cases: [string, string][] = [
          ['  date: 2026-11-24T16:55:00Z', '  date: 16:55 24/11/2026'],
          ['  date: 2026-11-24 16:55', '  date: 16:55 24/11/2026'],
          ['  date: "24 November 2026 16:55"', '  date: "16:55 24/11/2026"'],
          ["  date: 'Tuesday 24th November 2026, 4.55pm'  # moved", "  date: '16:55 24/11/2026'  # moved"],
          ['  date: 24/11/2026 16:55', '  date: 16:55 24/11/2026'],
        ];
        for (const [line, fixed] of cases) {
          const text = form(VALID.replace('  date: 09:00 24/11/2026', line));
          const fix = only(text, /^Rewrite the date/);
          assert.equal(fix.inFixAll, true);
          assert.equal(fix.isPreferred, true);
          assert.equal(fix.diagnostics[0].code, 'invalid-date');
          const after = apply(text, fix);
          assert.equal(after, form(VALID.replace('  date: 09:00 24/11/2026', fixed)));
          assert.deepEqual(diagnose(after), []);
        }
      });

      it('a date without a time: a snippet with a time placeholder, not part of fix-all', () => {
        const text = form(VALID.replace('  date: 09:00 24/11/2026', '  date: 18/03/2020'));
        const fix = only(text, /^Rewrite the date/);
        assert.equal(fix.title, 'Rewrite the date as "18/03/2020" with a time (09:00)');
        assert.equal(fix.inFixAll, false);
        assert.equal(fix.snippet?.snippet, '${1:09:00} 18/03/2020');
        assert.equal(apply(text, fix), form(VALID.replace('  date: 09:00 24/11/2026', '  date: 09:00 18/03/2020')));
      });

      it('renames a near-miss key, keeping its quotes', () => {
        for (const [wrong, right] of [
          ['tittle: "Council', 'title: "Council'],
          ["Area: 'North", "area: 'North"],
          ['"url": https', '"url": https'],
        ] as const) {
          const original = wrong.startsWith('"') ? VALID.replace('url: https', '"urll": https') : VALID.replace(right, wrong);
          const text = form(original);
          const fix = only(text, /^Rename/);
          const after = apply(text, fix);
          assert.equal(after, form(VALID.replace('url: https', right.startsWith('"') ? '"url": https' : 'url: https')));
          assert.deepEqual(diagnose(after), []);
        }
      });

      it('adds missing required fields after the mapping\'s last field', () => {
        const text = form(VALID.replace("area: 'Northshire'\n", '').replace('url: https://www.example.org/news/library/ # final address\n', ''));
        const fix = only(text, /^Add missing/);
        assert.equal(fix.title, 'Add missing fields "area", "url"');
        assert.equal(fix.diagnostics.length, 2);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        assert.equal(fix.snippet?.snippet, `area: \${1}${eol}url: \${2}${eol}`);
        const after = apply(text, fix);
        assert.equal(after, form(VALID.replace("area: 'Northshire'\n", '').replace('url: https://www.example.org/news/library/ # final address\n', '').replace('  date: 09:00 24/11/2026\n', '  date: 09:00 24/11/2026\narea:\nurl:\n')));
        // The snippet with its placeholders filled in.
        const filled = applyEdits(text, [{ startOffset: fix.snippet!.startOffset, endOffset: fix.snippet!.endOffset, newText: snippetDefaults(fix.snippet!.snippet).replace('area: ', 'area: Northshire').replace('url: ', 'url: https://www.example.org/') }]);
        assert.deepEqual(diagnose(filled), []);
      });

      it('adds a missing object with its own required fields', () => {
        const text = form(VALID.replace('publish:\n  date: 09:00 24/11/2026\n', ''));
        const fix = only(text, /^Add missing/);
        assert.equal(fix.title, 'Add missing field "publish"');
        const after = apply(text, fix);
        assert.equal(after, form(VALID.replace('publish:\n  date: 09:00 24/11/2026\n', 'publish:\n  date: 14:05 24/11/2026\n')));
      });

      it('fills an empty group (`publish:` with nothing under it)', () => {
        const text = form(VALID.replace('publish:\n  date: 09:00 24/11/2026\n', 'publish:\n'));
        const fix = only(text, /^Add missing/);
        assert.equal(apply(text, fix), form(VALID.replace('  date: 09:00 24/11/2026', '  date: 14:05 24/11/2026')));
      });

      it('adds a missing field inside a group and a list item', () => {
        const withContacts = VALID.replace('---\n\n', 'contacts:\n  - role: Press Officer  # who?\n---\n\n');
        const text = form(withContacts);
        const fix = only(text, /^Add missing/);
        assert.equal(fix.title, 'Add missing field "name" to contacts[0]');
        assert.equal(apply(text, fix), form(withContacts.replace('# who?\n', '# who?\n    name:\n')));
      });

      it('copies title and url into og, creating og when absent', () => {
        const text = form(VALID);
        const parsed = parseRelease(text);
        const titleKey = text.indexOf('title:');
        const offered = fixesAt(parsed, schema, titleKey, titleKey, { now: NOW });
        assert.deepEqual(offered.map((fix) => fix.title), ['Copy title to og.title', 'Copy title and url to og']);
        const both = apply(text, offered[1]);
        assert.equal(both, form(VALID.replace('  date: 09:00 24/11/2026\n', '  date: 09:00 24/11/2026\nog:\n  title: "Council opens new library"\n  url: https://www.example.org/news/library/\n')));
        assert.deepEqual(diagnose(both), []);
        // Nothing is offered away from those fields.
        const body = text.indexOf('The new library');
        assert.deepEqual(fixesAt(parsed, schema, body, body, { now: NOW }), []);
      });

      it('copies into an existing og, and into an empty og.title', () => {
        const withOg = VALID.replace('---\n\n', 'og:\n  type: article\n---\n\n');
        const text = form(withOg);
        const at = text.indexOf('og:');
        const fix = fixesAt(parseRelease(text), schema, at, at, { now: NOW }).find((candidate) => candidate.title === 'Copy title to og.title')!;
        assert.equal(apply(text, fix), form(withOg.replace('  type: article\n', '  type: article\n  title: "Council opens new library"\n')));

        const empty = form(VALID.replace('---\n\n', 'og:\n  title:\n  type: article\n---\n\n'));
        const diagnosed = only(empty, /^Copy title/);
        assert.equal(diagnosed.isPreferred, true, 'og.title is empty: a diagnosed problem the copy fixes');
        assert.equal(apply(empty, diagnosed), form(VALID.replace('---\n\n', 'og:\n  title: "Council opens new library"\n  type: article\n---\n\n')));
      });

      it('fix-all applies every safe fix at once and changes nothing else', () => {
        const broken = VALID.replace('title: "Council', 'tittle: "Council').replace('  date: 09:00 24/11/2026', '  date: 2026-11-24T09:30').replace('---\n\n', 'og:\n  title: ""\n  url:\n---\n\n');
        const text = form(broken);
        const parsed = parseRelease(text);
        const edits = fixAllEdits(parsed, schema, diagnose(text), { now: NOW });
        const after = applyEdits(text, edits);
        // og.title is copied from `title`, which the same pass is renaming from `tittle`: it waits for the next run.
        assert.equal(after, form(broken.replace('tittle:', 'title:').replace('2026-11-24T09:30', '09:30 24/11/2026').replace('  url:\n', '  url: https://www.example.org/news/library/\n')));
        const second = applyEdits(after, fixAllEdits(parseRelease(after), schema, diagnose(after), { now: NOW }));
        assert.equal(second, form(VALID.replace('  date: 09:00 24/11/2026', '  date: 09:30 24/11/2026').replace('---\n\n', 'og:\n  title: "Council opens new library"\n  url: https://www.example.org/news/library/\n---\n\n')));
        assert.deepEqual(diagnose(second), []);
      });
    });
  }

  it('custom schema: a required group field is copied from the top-level field of that name', () => {
    const result = compileSchema(
      {
        type: 'object',
        required: ['title', 'social'],
        properties: { title: { type: 'string' }, social: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } } },
      },
      'custom',
    );
    assert.ok(result.ok);
    const text = '---\ntitle: Library opens\n---\n';
    const all = fixes(text, result.schema);
    assert.deepEqual(all.map((fix) => fix.title), ['Add missing field "social"']);
    const nested = '---\ntitle: Library opens\nsocial:\n  other: 1\n---\n';
    const copy = only(nested, /^Copy/, result.schema);
    assert.equal(applyEdits(nested, copy.edits), '---\ntitle: Library opens\nsocial:\n  other: 1\n  title: Library opens\n---\n');
  });

  it('no rename when the right key is already there; no fix for an unreadable date', () => {
    assert.deepEqual(fixes(VALID.replace('---\n\n', 'tittle: x\n---\n\n')).filter((fix) => fix.title.startsWith('Rename')), []);
    assert.deepEqual(fixes(VALID.replace('09:00 24/11/2026', 'next Tuesday')), []);
    // 31 February is not rewritten as it stands; the likely real dates are offered instead (valueFixes.test.ts).
    assert.deepEqual(fixes(VALID.replace('09:00 24/11/2026', '31/02/2026 09:00')).map((fix) => fix.id), ['real-date', 'real-date', 'real-date']);
  });

  it('adds fields to an empty front matter', () => {
    const text = '---\n---\nBody\n';
    const fix = only(text, /^Add missing/);
    assert.equal(applyEdits(text, fix.edits), `---\ntitle:\narea:\nurl:\npublish:\n  date: 14:05 24/11/2026\n---\nBody\n`);
  });

  describe('custom schema with renamed fields: copies follow the field roles', () => {
    const result = compileSchema(
      {
        type: 'object',
        required: ['headline', 'link'],
        properties: {
          headline: { type: 'string', 'x-pressroom-role': 'headline' },
          link: { type: 'string', 'x-pressroom-role': 'url' },
          social: {
            type: 'object',
            required: ['title'],
            properties: {
              title: { type: 'string', minLength: 1, 'x-pressroom-role': 'socialTitle' },
              url: { type: 'string', 'x-pressroom-role': 'socialUrl' },
            },
          },
        },
      },
      'renamed',
    );
    assert.ok(result.ok);
    const renamed = result.schema;
    const text = "---\nheadline: 'Library opens'  # short\nlink: https://www.example.org/news/library/\n---\nBody\n";

    it('offers headline → social.title and link → social.url where the cursor is, creating social', () => {
      const at = text.indexOf('headline');
      const offered = fixesAt(parseRelease(text), renamed, at, at, { now: NOW });
      assert.deepEqual(offered.map((fix) => fix.title), ['Copy headline to social.title', 'Copy headline and link to social']);
      assert.deepEqual(offered[1].edits, [
        { startOffset: text.indexOf('---\nBody'), endOffset: text.indexOf('---\nBody'), newText: "social:\n  title: 'Library opens'\n  url: https://www.example.org/news/library/\n" },
      ]);
      assert.deepEqual(diagnose(apply(text, offered[1]), renamed), []);
    });

    it('answers a missing or empty social title with the headline, also in fix-all', () => {
      const missing = text.replace('---\nBody', 'social:\n  url: ""\n---\nBody');
      const diagnostics = diagnose(missing, renamed);
      assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['missing-field']);
      const copy = only(missing, /^Copy/, renamed);
      assert.equal(copy.title, 'Copy headline to social.title');
      assert.equal(apply(missing, copy), missing.replace('  url: ""\n', '  url: ""\n  title: \'Library opens\'\n'));

      const empty = text.replace('---\nBody', 'social:\n  title: ""\n  url:\n---\nBody');
      const after = applyEdits(empty, fixAllEdits(parseRelease(empty), renamed, diagnose(empty, renamed), { now: NOW }));
      assert.equal(after, text.replace('---\nBody', "social:\n  title: 'Library opens'\n  url: https://www.example.org/news/library/\n---\nBody"));
    });
  });
});
