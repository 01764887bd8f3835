/**
 * A release read quickly gets its YAML document (with source ranges) only when something asks for it,
 * so the rules must decide from the plain data and the body, and read the document only to place a
 * finding or make its fix. A clean release never has its document read; a release with a finding gets
 * exactly the diagnostics the plain parse gives.
 */
import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease, type ParsedRelease } from '../../../src/core';
import { ALL_RULES, runRules, workspaceViewFor, type RulesConfig } from '../../../src/core/rules';
import type { ReleaseSummary, WorkspaceView } from '../../../src/core/rules/types';
import { UNTOUCHED_SNIPPET, withLine } from './frontMatter/fixtures';
import { NOW } from './ruleHarness';
import { counting } from '../helpers';

const FILE = '/newsroom/news/2026/library-hours.md';

/** Every field a press office fills, a media contact, a lede, good links, described pictures, headings in order, an end mark. */
const CLEAN = [
  // GOOD's front matter, its contact given a role and an email.
  ...withLine('    phone: "01632 960123"', '    role: Press Officer\n    phone: "01632 960123"\n    email: sam.taylor@northshire.gov.uk').split('\n---\n')[0].split('\n'),
  '---',
  '',
  'The central library in Northshire will stay open until 8pm on weekdays from January, the council said today.',
  '',
  'Readers asked for later opening in a consultation over the summer, and the council has found the staff to do it.',
  '',
  '## What changes',
  '',
  'The [new opening times](times.md) are on the library page, with a ![map of the library entrance](images/entrance.png) for visitors.',
  '',
  '### Weekends',
  '',
  'Saturday hours stay as they are. Read the [consultation report](https://www.northshire.gov.uk/consultations/library/) for the details.',
  '',
  'Media enquiries: Sam Taylor, Press Officer, 01632 960124, press@northshire.gov.uk',
  '',
  'ENDS',
  '',
  '## Notes to editors',
  '',
  'The library opened in 1904.',
  '',
].join('\n');

/** Every rule on, the ones off by default too, with a style guide to apply. */
const EVERY_RULE: RulesConfig = Object.fromEntries(
  ALL_RULES.map((rule) => [rule.id, rule.id === 'style-terms' ? ['warning', { terms: { COVID19: 'Covid-19', utilise: 'use', '%': 'per cent' } }] : rule.severity === 'off' ? 'warning' : rule.severity]),
);

const OTHERS: readonly ReleaseSummary[] = [
  { path: '/newsroom/news/2026/bin-collections.md', headline: 'Bin collections over Christmas', url: 'https://www.northshire.gov.uk/news/bins/', publishDate: '09:00 01/12/2026' },
  { path: '/newsroom/news/2025/library-hours.md', headline: 'Library opening hours extended | Northshire Council', url: 'https://www.northshire.gov.uk/news/2025/library-hours/', publishDate: '09:30 02/12/2025' },
];

const EXISTING = new Set(['/newsroom/news/2026/times.md', '/newsroom/news/2026/images/entrance.png']);

function workspace(others: readonly ReleaseSummary[] = OTHERS): WorkspaceView {
  return workspaceViewFor(FILE, () => others, (path) => EXISTING.has(path));
}

function run(release: ParsedRelease, config: RulesConfig = EVERY_RULE, view: WorkspaceView = workspace()) {
  return runRules(release, builtInSchema(), { now: NOW, filePath: FILE, config, workspace: view });
}

describe('rules read the YAML document only to place a finding', () => {
  it('a clean release, every rule on: no finding and no read of the document', () => {
    const { release, reads } = counting(parseRelease(CLEAN));
    assert.deepEqual(run(release), []);
    assert.equal(reads(), 0);
  });

  it('the clean release with CRLF line endings, in a fence, and without a social card or contacts field: still no read', () => {
    const fenced = CLEAN.replace(/^---\n/, '```yaml\n').replace('\n---\n', '\n```\n');
    const noCard = CLEAN.replace(/\nog:\n(?: {2}.*\n)+/, '\n').replace(/\ncontacts:\n(?: {2}.*\n)+/, '\n');
    assert.ok(!noCard.includes('og:') && !noCard.includes('contacts:'));
    for (const text of [CLEAN.replace(/\n/g, '\r\n'), fenced, noCard]) {
      const { release, reads } = counting(parseRelease(text));
      assert.deepEqual(run(release), []);
      assert.equal(reads(), 0);
    }
  });

  /** For each rule, a release on which it finds something (with the options it needs). */
  const FINDS: Readonly<Record<string, { readonly text: string; readonly options?: Record<string, unknown>; readonly others?: readonly ReleaseSummary[] }>> = {
    placeholders: { text: CLEAN.replace('area: Northshire', 'area: Area').replace('title: Library', 'title: TODO Library').replace('later opening', 'later opening [Insert quote]') },
    'web-addresses': { text: CLEAN.replace('url: https://www.northshire.gov.uk/news/library-hours/', 'url: http://www.northshire.gov.uk/news/library-hours/').replace('image: https://www.northshire', 'image: https://localhost:8080') },
    'embargo-before-publication': { text: CLEAN.replace('embargo: 00:01 02/12/2026', 'embargo: 10:00 03/12/2026') },
    'headline-length': { text: CLEAN.replace('title: Library opening hours extended |', 'title: Library |') },
    'headline-capitals': { text: CLEAN.replace('title: Library opening hours extended |', 'title: LIBRARY OPENING HOURS EXTENDED |') },
    'social-title-length': { text: CLEAN.replace('  title: Library opening hours extended', `  title: Library opening hours extended ${'and more '.repeat(6)}`) },
    'social-description-length': { text: CLEAN.replace(/ {2}description: .*/, '  description: Later library hours.') },
    'social-url-matches': { text: CLEAN.replace('  url: https://www.northshire.gov.uk/news/library-hours/', '  url: https://www.northshire.gov.uk/news/other/') },
    'social-title': { text: CLEAN.replace('  title: Library opening hours extended', '  title: Bin collections change over Christmas week') },
    'social-image': { text: CLEAN.replace('  image: https://www.northshire.gov.uk/media/library.jpg\n', '') },
    'media-contact': { text: CLEAN.replace('    phone: "01632 960123"', '    phone: 01632960123').replace('01632 960124', '01632 000000') },
    'style-terms': { text: CLEAN.replace('title: Library opening', 'title: COVID19 Library opening').replace('Readers asked', 'Readers utilise the library and 50% asked') },
    'lede-length': { text: CLEAN.replace('the council said today.', `the council said today, ${'adding more words '.repeat(10)}.`) },
    'end-mark': { text: CLEAN.replace('ENDS\n\n## Notes to editors\n\nThe library opened in 1904.\n', '') },
    'notes-after-end-mark': { text: CLEAN.replace('ENDS\n\n## Notes to editors\n\nThe library opened in 1904.\n', '## Notes to editors\n\nThe library opened in 1904.\n\nENDS\n') },
    'broken-links': { text: CLEAN.replace('(times.md)', '(missing.md)') },
    'image-alt-text': { text: CLEAN.replace('![map of the library entrance]', '![]') },
    'link-text': { text: CLEAN.replace('[consultation report]', '[click here]') },
    'heading-order': { text: CLEAN.replace('### Weekends', '##### Weekends') },
    'duplicate-url': { text: CLEAN, others: [...OTHERS, { path: '/newsroom/news/2026/copy.md', url: 'https://www.northshire.gov.uk/news/library-hours/' }] },
    'duplicate-headline': { text: CLEAN, others: [...OTHERS, { path: '/newsroom/news/2026/copy.md', headline: 'Library opening hours extended | Northshire Council', publishDate: '16:00 02/12/2026' }] },
  };

  it('has a case for every rule that can find something with the built-in schema', () => {
    // social-image-alt needs a schema with an alt text field; the built-in one has none.
    assert.deepEqual(ALL_RULES.map((rule) => rule.id).filter((id) => !(id in FINDS)), ['social-image-alt']);
  });

  for (const [id, { text, options, others }] of Object.entries(FINDS)) {
    it(`${id}: the same diagnostics through a counted document as through the plain parse`, () => {
      const config: RulesConfig = options ? { ...EVERY_RULE, [id]: ['warning', options] } : EVERY_RULE;
      const plain = run(parseRelease(text), config, workspace(others));
      const { release } = counting(parseRelease(text));
      const lazy = run(release, config, workspace(others));
      assert.ok(plain.some((diagnostic) => diagnostic.code === id), `${id} finds something: ${plain.map((diagnostic) => diagnostic.code).join(', ')}`);
      assert.deepEqual(lazy, plain);
    });
  }

  it('the untouched snippet: the same placeholder errors either way', () => {
    const plain = run(parseRelease(UNTOUCHED_SNIPPET));
    const { release, reads } = counting(parseRelease(UNTOUCHED_SNIPPET));
    assert.deepEqual(run(release), plain);
    assert.ok(reads() > 0, 'the placeholders are placed from the document');
  });
});
