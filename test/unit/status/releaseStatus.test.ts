import * as assert from 'node:assert/strict';
import {
  analyseRelease,
  arrangeReleases,
  builtInSchema,
  instantIn,
  nextStatusChange,
  placeAt,
  releaseOverviewOf,
  releasesInOrder,
  statusAt,
  statusDateInWords,
  statusFactsOf,
  type ReleaseOverview,
} from '../../../src/core';

const ZONE = 'Europe/London';
/** 09:30 on 2 December 2026 in London (GMT, so 09:30 UTC). */
const LIFTS = Date.UTC(2026, 11, 2, 9, 30);
const MINUTE = 60_000;

function release(fields: { title?: string; date?: string | null; embargo?: string; area?: string } = {}): string {
  const lines = ['---', `title: ${fields.title ?? 'Riverside footbridge reopens after repairs'}`, `area: ${fields.area ?? 'Northshire'}`, 'url: https://www.northshire.gov.uk/news/footbridge-reopens/'];
  if (fields.date !== null) lines.push('publish:', `  date: ${fields.date ?? '09:30 02/12/2026'}`);
  if (fields.embargo) lines.push(`embargo: ${fields.embargo}`);
  lines.push('og:', '  description: The footbridge over the River Wend reopens on Wednesday.', 'contacts:', '  - name: Sam Jones', '    role: Press Officer', '    phone: "01632 960123"', '---', '', 'The footbridge reopens on Wednesday.', '');
  return lines.join('\n');
}

function analysisOf(text: string) {
  return analyseRelease(text, { kind: 'check', schema: undefined }, builtInSchema(), { now: new Date(LIFTS) });
}

const statusOf = (text: string, now: number) => statusAt(statusFactsOf(analysisOf(text), ZONE), now);

describe('release status', () => {
  it('is embargoed until the minute the embargo lifts, then published, and says when it changes', () => {
    const text = release({ embargo: '09:30 02/12/2026' });
    assert.deepEqual(statusOf(text, LIFTS - 1), { status: 'embargoed', changesAt: LIFTS });
    assert.deepEqual(statusOf(text, LIFTS), { status: 'published', changesAt: undefined });
  });

  it('is scheduled while the publish time is one minute ahead, and published from that minute', () => {
    const text = release({ date: '09:30 02/12/2026' });
    assert.deepEqual(statusOf(text, LIFTS - MINUTE), { status: 'scheduled', changesAt: LIFTS });
    assert.deepEqual(statusOf(text, LIFTS), { status: 'published', changesAt: undefined });
  });

  it('moves an embargoed release to scheduled when its embargo lifts before the publish time', () => {
    const text = release({ date: '10:00 02/12/2026', embargo: '09:30 02/12/2026' });
    assert.deepEqual(statusOf(text, LIFTS - MINUTE), { status: 'embargoed', changesAt: LIFTS });
    assert.deepEqual(statusOf(text, LIFTS), { status: 'scheduled', changesAt: LIFTS + 30 * MINUTE });
  });

  it('is a draft when there is no publish date yet', () => {
    assert.deepEqual(statusOf(release({ date: null }), LIFTS), { status: 'draft', changesAt: undefined });
  });

  it('is a draft when the placeholders rule finds template text', () => {
    assert.deepEqual(statusOf(release({ title: 'Headline', date: '09:30 02/12/2020' }), LIFTS), { status: 'draft', changesAt: undefined });
  });

  it('needs attention when the publish date is not a real date, even with template text too', () => {
    assert.deepEqual(statusOf(release({ date: '09:30 31/02/2026' }), LIFTS), { status: 'needs-attention', changesAt: undefined });
    assert.deepEqual(statusOf(release({ title: 'Headline', date: '09:30 31/02/2026' }), LIFTS), { status: 'needs-attention', changesAt: undefined });
  });

  it('reads the dates in the project time zone', () => {
    const text = release({ date: '09:30 02/07/2026' });
    // 09:30 in London in July is 08:30 UTC; in New York it is 13:30 UTC.
    assert.equal(statusFactsOf(analysisOf(text), ZONE).publish?.at, Date.UTC(2026, 6, 2, 8, 30));
    assert.equal(statusFactsOf(analysisOf(text), 'America/New_York').publish?.at, Date.UTC(2026, 6, 2, 13, 30));
  });

  it('reads a time repeated when the clocks go back as its first occurrence, and a skipped time after the gap', () => {
    assert.equal(instantIn({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, ZONE), Date.UTC(2026, 9, 25, 0, 30));
    assert.equal(instantIn({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, ZONE), Date.UTC(2026, 2, 29, 1, 30));
  });
});

describe('release overview', () => {
  it('gives the headline, area, dates in words, problems, social description and contacts', () => {
    const overview = releaseOverviewOf('/news/a.md', analysisOf(release({ embargo: '09:30 02/12/2026' })), ZONE);
    assert.equal(overview.headline, 'Riverside footbridge reopens after repairs');
    assert.equal(overview.area, 'Northshire');
    assert.equal(overview.socialDescription, 'The footbridge over the River Wend reopens on Wednesday.');
    assert.deepEqual(overview.contacts, [{ name: 'Sam Jones', role: 'Press Officer', phone: '01632 960123' }]);
    assert.deepEqual(overview.problems, { errors: 0, warnings: 3, information: 0 });
    assert.equal(statusDateInWords(overview, 'embargoed'), 'Embargoed until Wednesday 2 December 2026, 09:30');
    assert.equal(statusDateInWords(overview, 'published'), 'Wednesday 2 December 2026, 09:30');
  });

  it('groups by status in the view order, published by month newest first, upcoming soonest first', () => {
    const overviews: ReleaseOverview[] = [
      releaseOverviewOf('/a.md', analysisOf(release({ title: 'Later scheduled', date: '09:30 03/12/2026' })), ZONE),
      releaseOverviewOf('/b.md', analysisOf(release({ title: 'Sooner scheduled', date: '09:30 02/12/2026' })), ZONE),
      releaseOverviewOf('/c.md', analysisOf(release({ title: 'Old news', date: '09:30 02/01/2025' })), ZONE),
      releaseOverviewOf('/d.md', analysisOf(release({ title: 'Newer news', date: '09:30 02/02/2025' })), ZONE),
      releaseOverviewOf('/e.md', analysisOf(release({ title: 'Not dated', date: null })), ZONE),
      releaseOverviewOf('/f.md', analysisOf(release({ title: 'Broken date', date: '31/02/2026' })), ZONE),
    ];
    const placed = placeAt(overviews, LIFTS - MINUTE);
    const groups = arrangeReleases(placed, 'status', 'date');
    assert.deepEqual(
      groups.map((group) => [group.label, group.count, group.groups.map((month) => `${month.label} (${month.count})`)]),
      [
        ['Needs attention', 1, []],
        ['Scheduled', 2, []],
        ['Published', 2, ['February 2025 (1)', 'January 2025 (1)']],
        ['Drafts', 1, []],
      ],
    );
    assert.deepEqual(
      releasesInOrder(groups).map((item) => item.release.headline),
      ['Broken date', 'Sooner scheduled', 'Later scheduled', 'Newer news', 'Old news', 'Not dated'],
    );
    assert.equal(nextStatusChange(placed), LIFTS);
    assert.deepEqual(
      releasesInOrder(arrangeReleases(placed, 'status', 'headline')).map((item) => item.release.headline),
      ['Broken date', 'Later scheduled', 'Sooner scheduled', 'Newer news', 'Old news', 'Not dated'],
    );
  });
});
