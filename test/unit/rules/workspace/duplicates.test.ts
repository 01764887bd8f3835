import * as assert from 'node:assert/strict';
import { duplicateHeadline } from '../../../../src/core/rules/workspace/duplicateHeadline';
import { duplicateUrl } from '../../../../src/core/rules/workspace/duplicateUrl';
import type { ReleaseSummary, WorkspaceView } from '../../../../src/core/rules/types';
import { check } from '../ruleHarness';
import { BROKEN_YAML, NO_FRONT_MATTER, release, WRONG_TYPES } from '../body/fixtures';

const workspace = (...releases: ReleaseSummary[]): WorkspaceView => ({ releases, fileExists: () => undefined });
const TEXT = release('Story.');

describe('duplicate-url', () => {
  it('names the other release relative to this one, on the url value', () => {
    const others = workspace({ path: '/newsroom/archive/2025/old.md', url: 'https://WWW.example.gov.uk/news/a#top' }, { path: '/newsroom/news/release.md', url: 'https://www.example.gov.uk/news/a/' });
    assert.deepEqual(check(duplicateUrl, TEXT, { workspace: others }), [
      '3:5-3:39 url is the same as in ../archive/2025/old.md; give each release its own address, or one will replace the other on the website.',
    ]);
  });

  it('counts further copies', () => {
    const others = workspace({ path: '/newsroom/news/b.md', url: 'https://www.example.gov.uk/news/a/' }, { path: '/newsroom/news/c.md', url: 'https://www.example.gov.uk/news/a' });
    assert.match(check(duplicateUrl, TEXT, { workspace: others })[0], /as in b\.md and 1 other;/);
  });

  it('is quiet for other addresses, and without a workspace', () => {
    assert.deepEqual(check(duplicateUrl, TEXT, { workspace: workspace({ path: '/newsroom/news/b.md', url: 'https://www.example.gov.uk/news/b/' }) }), []);
    assert.deepEqual(check(duplicateUrl, TEXT), []);
  });
});

describe('duplicate-headline', () => {
  it('flags the same headline on the same day, on the headline', () => {
    const others = workspace({ path: '/newsroom/news/copy.md', headline: 'library opening  hours extended', publishDate: '16:00 02/12/2026' }, { path: '/newsroom/news/later.md', headline: 'Library opening hours extended', publishDate: '09:30 03/12/2026' });
    assert.deepEqual(check(duplicateHeadline, TEXT, { workspace: others }), [
      '1:7-1:37 title and publish.date are the same as in copy.md; if this is a second copy, delete one, and if it is a new release, give it its own headline.',
    ]);
  });
});

describe('workspace rules on bad input', () => {
  for (const [name, text] of Object.entries({ NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, empty: '' })) {
    it(`never throw (${name})`, () => {
      const others = workspace({ path: '/x.md', url: '7', headline: '1,2', publishDate: '3' });
      for (const rule of [duplicateUrl, duplicateHeadline]) assert.deepEqual(check(rule, text, { workspace: others }), []);
    });
  }
});
