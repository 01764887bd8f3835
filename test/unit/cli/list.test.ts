import * as assert from 'node:assert/strict';
import { runList } from '../../../src/cli/listCommand';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { BOARD_RELEASES } from '../../fixtures/releasesBoard';
import { lines } from '../helpers';
import { memoryIo } from './memoryIo';

/** 12:00 UTC on 1 June 2026. */
const NOW = Date.UTC(2026, 5, 1, 12, 0);
const clock = () => NOW;

function release(title: string, publish: string | undefined, embargo?: string): string {
  return lines(
    '---',
    `title: ${title}`,
    'area: Northshire',
    `url: https://www.northshire.gov.uk/news/${title.toLowerCase().replace(/ /g, '-')}/`,
    ...(publish ? ['publish:', `  date: ${publish}`] : []),
    ...(embargo ? [`embargo: ${embargo}`] : []),
    '---',
    'Body',
  );
}

const NEWSROOM = {
  '.pressroom.jsonc': '{ "timeZone": "Europe/London" }',
  'news/embargoed.md': release('Pool reopens', '12:30 01/06/2026', '12:30 01/06/2026'),
  'news/scheduled.md': release('Park run returns', '13:01 01/06/2026'),
  'news/published.md': release('Library hours extended', '09:00 02/03/2026'),
  'news/draft.md': release('Fair planned', undefined),
};

function captured(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

describe('pressroom list', () => {
  it('prints a table in the view order, dates read in the configured time zone', () => {
    const io = memoryIo(NEWSROOM);
    // 12:30 and 13:01 London summer time are 11:30 and 12:01 UTC: the embargo has lifted, the run is one minute ahead.
    assert.equal(runList(['news'], io, clock), 0);
    assert.equal(
      io.out.join(''),
      [
        'STATUS     PUBLISH           EMBARGO           AREA        FILE               HEADLINE',
        'scheduled  13:01 01/06/2026  -                 Northshire  news/scheduled.md  Park run returns',
        'published  12:30 01/06/2026  12:30 01/06/2026  Northshire  news/embargoed.md  Pool reopens',
        'published  09:00 02/03/2026  -                 Northshire  news/published.md  Library hours extended',
        'draft      -                 -                 Northshire  news/draft.md      Fair planned',
        '',
      ].join('\n'),
    );
    assert.deepEqual(io.err, []);
  });

  it('filters by status and by publish day', () => {
    const io2 = memoryIo({ ...NEWSROOM, '.pressroom.jsonc': '{ "timeZone": "UTC" }' });
    assert.equal(runList(['--status', 'embargoed,scheduled', '--format', 'json', 'news'], io2, clock), 0);
    assert.deepEqual(JSON.parse(io2.out.join('')), [
      { file: 'news/embargoed.md', status: 'embargoed', publishDate: '12:30 01/06/2026', publishInWords: 'Monday 1 June 2026, 12:30', embargo: '12:30 01/06/2026', embargoInWords: 'Monday 1 June 2026, 12:30', area: 'Northshire', headline: 'Pool reopens', errors: 0, warnings: 1 },
      { file: 'news/scheduled.md', status: 'scheduled', publishDate: '13:01 01/06/2026', publishInWords: 'Monday 1 June 2026, 13:01', area: 'Northshire', headline: 'Park run returns', errors: 0, warnings: 1 },
    ]);
    const io3 = memoryIo(NEWSROOM);
    assert.equal(runList(['--from', '01/03/2026', '--to', '2026-03-31', 'news'], io3, clock), 0);
    assert.deepEqual(io3.out.join('').split('\n').slice(1), ['published  09:00 02/03/2026  -        Northshire  news/published.md  Library hours extended', '']);
  });

  it('says a folder of plain-text releases holds no Markdown, rather than only that it has no releases', () => {
    const plain = memoryIo({ 'news/a.txt': 'A release', 'news/b.txt': 'Another' });
    assert.equal(runList(['news'], plain, clock), 0);
    assert.deepEqual([plain.out, plain.err], [
      ['No releases found.\n'],
      ['pressroom list: no Markdown files found, only 2 other files (.txt); releases are Markdown files; "pressroom convert --write <files>" turns plain-text releases into Markdown ones\n'],
    ]);
    const none = memoryIo({ ...NEWSROOM, 'news/notes.txt': '' });
    assert.equal(runList(['--status', 'draft', '--from', '01/01/2030', 'news'], none, clock), 0);
    assert.deepEqual([none.out, none.err], [['No releases found.\n'], []]);
  });

  it('says what is wrong with an option, and exits 2', () => {
    const io = memoryIo(NEWSROOM);
    assert.equal(runList(['--status', 'sent', 'news'], io, clock), 2);
    assert.match(io.err.join(''), /^pressroom list: --status takes needs-attention, embargoed, scheduled, published, draft \(separated by commas\), not sent\n/);
    const io2 = memoryIo(NEWSROOM);
    assert.equal(runList(['--from', 'soon', 'news'], io2, clock), 2);
    assert.match(io2.err.join(''), /^pressroom list: --from takes a date like 18\/03\/2020 or 2020-03-18, not soon\n/);
  });

  it('says an unknown time zone in the configuration, and lists with the machine\'s', () => {
    const io = memoryIo({ ...NEWSROOM, '.pressroom.jsonc': '{ "timeZone": "Europe/Atlantis" }' });
    assert.equal(runList(['--status', 'draft', 'news'], io, clock), 2);
    assert.match(io.err.join(''), /"timeZone" in \.pressroom\.jsonc must be the name of a time zone, like "Europe\/London" or "America\/New_York"; "Europe\/Atlantis" is not one/);
    assert.equal(io.out.join('').split('\n')[1], 'draft   -        -        Northshire  news/draft.md  Fair planned');
  });

  it('agrees with the Releases view on the fixture workspace', () => {
    const io = captured();
    assert.equal(runList(['--format', 'json', 'test/vscode/workspace/releases'], io, clock), 0);
    const listed = (JSON.parse(io.out.join('')) as { file: string; status: string; headline: string }[]).map(({ file, status, headline }) => ({ file, status, headline }));
    assert.deepEqual(
      listed,
      BOARD_RELEASES.map(({ file, status, headline }) => ({ file: `test/vscode/workspace/${file}`, status, headline })),
    );
  });
});
