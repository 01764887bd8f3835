import * as assert from 'node:assert/strict';
import { ReleaseBoard, statusAt, type BoardChoices, type Grouping, type PlacedRelease, type ReleaseGroup, type ReleaseOverview, type SortOrder } from '../../../src/core';

const DAY = 86_400_000;
/** The board's clock in these tests: 1 June 2050, 00:00 UTC. */
const NOW = Date.UTC(2050, 5, 1);

function dateAt(at: number) {
  const date = new Date(at);
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() };
  return { written: 'written', parts, at };
}

function overview(path: string, fields: { headline?: string; area?: string; publishIn?: number; embargoIn?: number; draft?: boolean; broken?: boolean } = {}): ReleaseOverview {
  return {
    path,
    headline: fields.headline,
    area: fields.area,
    problems: { errors: fields.broken ? 1 : 0, warnings: 0, information: 0 },
    socialDescription: undefined,
    contacts: [],
    publish: fields.publishIn === undefined ? undefined : dateAt(NOW + fields.publishIn * DAY),
    embargo: fields.embargoIn === undefined ? undefined : dateAt(NOW + fields.embargoIn * DAY),
    needsAttention: fields.broken ?? false,
    isDraft: (fields.draft ?? false) || fields.publishIn === undefined,
  };
}

const place = (release: ReleaseOverview, now = NOW): PlacedRelease => ({ release, ...statusAt(release, now) });

/** The tree as text: "Label (count)" and, indented, its subgroups and headlines. */
function shown(groups: readonly ReleaseGroup[], indent = ''): string[] {
  return groups.flatMap((group) => [
    `${indent}${group.label} (${group.count})`,
    ...shown(group.groups, `${indent}  `),
    ...group.releases.map((item) => `${indent}  ${item.release.headline ?? '-'} [${item.release.path}]`),
  ]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An independent arrangement to compare with: every group sorted from scratch. */
function reference(placed: readonly PlacedRelease[], choices: BoardChoices): string[] {
  const text = (s: string) => s.toLowerCase();
  const time = (p: PlacedRelease) => (p.status === 'embargoed' ? p.release.embargo?.at : p.release.publish?.at);
  const sorted = (items: PlacedRelease[], soonest: boolean) =>
    [...items].sort((a, b) => {
      if (choices.sort === 'date' && time(a) !== time(b)) {
        if (time(a) === undefined) return 1;
        if (time(b) === undefined) return -1;
        return soonest ? time(a)! - time(b)! : time(b)! - time(a)!;
      }
      const [x, y] = [text(a.release.headline ?? 'No headline yet'), text(b.release.headline ?? 'No headline yet')];
      return x < y ? -1 : x > y ? 1 : a.release.path < b.release.path ? -1 : 1;
    });
  const months = (items: PlacedRelease[], indent: string): string[] => {
    const keyOf = (p: PlacedRelease) => (p.release.publish ? p.release.publish.parts.year * 12 + p.release.publish.parts.month : -Infinity);
    const keys = [...new Set(items.map(keyOf))].sort((a, b) => b - a);
    return keys.flatMap((key) => {
      const members = items.filter((p) => keyOf(p) === key);
      const first = members[0].release.publish?.parts;
      const label = first ? `${MONTHS[first.month - 1]} ${first.year}` : 'No publish date';
      return [`${indent}${label} (${members.length})`, ...sorted(members, false).map((p) => `${indent}  ${p.release.headline ?? '-'} [${p.release.path}]`)];
    });
  };
  const filtered = placed.filter((p) => !choices.filter.area || p.release.area?.toLowerCase() === choices.filter.area.toLowerCase());
  const flat = (label: string, members: PlacedRelease[], soonest: boolean) =>
    members.length === 0 ? [] : [`${label} (${members.length})`, ...sorted(members, soonest).map((p) => `  ${p.release.headline ?? '-'} [${p.release.path}]`)];
  if (choices.grouping === 'month') return months(filtered, '');
  if (choices.grouping === 'area') {
    const areas = [...new Set(filtered.flatMap((p) => (p.release.area ? [p.release.area] : [])))].sort();
    return [...areas.flatMap((area) => flat(area, filtered.filter((p) => p.release.area === area), false)), ...flat('No area', filtered.filter((p) => !p.release.area), false)];
  }
  const of = (status: string) => filtered.filter((p) => p.status === status);
  const published = of('published');
  return [
    ...flat('Needs attention', of('needs-attention'), false),
    ...flat('Embargoed', of('embargoed'), true),
    ...flat('Scheduled', of('scheduled'), true),
    ...(published.length > 0 ? [`Published (${published.length})`, ...months(published, '  ')] : []),
    ...flat('Drafts', of('draft'), false),
  ];
}

/** A small deterministic generator, so a failure replays. */
function randomFrom(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(state / 65_536) % below;
  };
}

function randomRelease(random: (below: number) => number): ReleaseOverview {
  const kind = random(6);
  return overview(`/news/${random(40)}.md`, {
    headline: random(8) === 0 ? undefined : `${['Bridge', 'Library', 'Harbour', 'Park'][random(4)]} news ${random(5)}`,
    area: random(5) === 0 ? undefined : ['Northshire', 'Southshire', 'Wendshire'][random(3)],
    publishIn: kind === 0 ? undefined : random(200) - 150,
    embargoIn: kind === 1 ? random(10) - 3 : undefined,
    broken: kind === 2 && random(2) === 0,
    draft: kind === 3 && random(3) === 0,
  });
}

describe('release board (the Releases view kept current)', () => {
  it('arranges the same groups, counts and order as sorting from scratch, through random puts, removals, clock moves and choices', () => {
    const groupings: Grouping[] = ['status', 'area', 'month'];
    const sorts: SortOrder[] = ['date', 'headline'];
    for (let seed = 1; seed <= 30; seed++) {
      const random = randomFrom(seed);
      let now = NOW;
      let choices: BoardChoices = { grouping: groupings[seed % 3], sort: sorts[seed % 2], filter: {} };
      const board = new ReleaseBoard(choices);
      const expected = new Map<string, PlacedRelease>();
      for (let step = 0; step < 50; step++) {
        const action = random(10);
        if (action < 5) {
          const batch = Array.from({ length: random(3) === 0 ? 12 : 1 }, () => place(randomRelease(random), now));
          board.update(batch);
          for (const item of batch) expected.set(item.release.path, item);
        } else if (action < 7) {
          const path = `/news/${random(40)}.md`;
          board.update([], [path]);
          expected.delete(path);
        } else if (action === 7) {
          now += random(5) * DAY;
          board.advance(now);
          for (const [path, item] of expected) if (item.changesAt !== undefined && item.changesAt <= now) expected.set(path, place(item.release, now));
        } else {
          choices = { grouping: groupings[random(3)], sort: sorts[random(2)], filter: random(3) === 0 ? { area: 'northshire' } : {} };
          board.choose(choices);
        }
        assert.deepEqual(shown(board.groups()), reference([...expected.values()], choices), `seed ${seed}, step ${step}`);
      }
    }
  });

  it('tells which groups a moved release changed: the one it left and the one it joined, with their parents', () => {
    const board = new ReleaseBoard({ grouping: 'status', sort: 'date', filter: {} });
    board.update([place(overview('/a.md', { headline: 'Harbour wall', publishIn: 10, embargoIn: 2 })), place(overview('/b.md', { headline: 'Bus station', publishIn: -40 }))]);
    assert.deepEqual(board.takeChanges(), { all: true, groups: [] });
    board.update([place(overview('/b.md', { headline: 'Bus station opens', publishIn: -40 }))]);
    assert.deepEqual(board.takeChanges(), { all: false, groups: ['status:published/month:2050-04', 'status:published'] });
    board.advance(NOW + 3 * DAY);
    assert.deepEqual(board.takeChanges(), { all: true, groups: [] }, 'Scheduled is a new group at the top level, so every group is redrawn');
    assert.deepEqual(shown(board.groups()), ['Scheduled (1)', '  Harbour wall [/a.md]', 'Published (1)', '  April 2050 (1)', '    Bus station opens [/b.md]']);
    assert.equal(board.nextChange(), NOW + 10 * DAY);
    board.update([], ['/a.md']);
    assert.deepEqual(board.takeChanges(), { all: true, groups: [] });
    assert.equal(board.nextChange(), undefined);
    assert.deepEqual(board.takeChanges(), { all: false, groups: [] });
  });

  it('keeps a group of 10,000 releases in order as one changes', () => {
    const board = new ReleaseBoard({ grouping: 'area', sort: 'headline', filter: {} });
    board.update(Array.from({ length: 10_000 }, (_, index) => place(overview(`/news/${index}.md`, { headline: `Release ${String(index).padStart(5, '0')}`, area: 'Northshire', publishIn: -1 }))));
    board.takeChanges();
    board.update([place(overview('/news/5.md', { headline: 'Release 99999', area: 'Northshire', publishIn: -1 }))]);
    const [group] = board.groups();
    assert.equal(group.count, 10_000);
    assert.deepEqual(
      group.releases.slice(-2).map((item) => item.release.headline),
      ['Release 09999', 'Release 99999'],
    );
    assert.equal(group.releases[5].release.headline, 'Release 00006');
    assert.deepEqual(board.takeChanges(), { all: false, groups: ['area:northshire'] });
  });
});
