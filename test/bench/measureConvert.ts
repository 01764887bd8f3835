/**
 * `npm run measure:convert [folder]`: how the converter does on real releases. For each publisher
 * (a corpus folder; a wire or a prosecutor's office inside it) it prints how many files were
 * converted and how many got a headline, a publication date and a contact ("found"), and how many
 * were refused as transcripts or speeches. Files that already have front matter are counted apart.
 *
 * "Found" is not "right": JUDGED below holds what a reader found in each file (by name only, no
 * content): whether it has a headline, a date and a media contact, a fingerprint of the right headline
 * and date, or that it is a transcript or speech. The second table counts a field right when the
 * converter found the right value, or found nothing where the text has none.
 * `--show <publisher>` prints each conversion of that publisher, for reading.
 * The folder defaults to the shared data beside the project (../shared), as the unit tests find it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema } from '../../src/core';
import { convertPlainText, type ConvertResult } from '../../src/core/convert';
import { filesBelow, SHARED_ROOT } from '../unit/sharedData';

/**
 * What a reader found in a file: h and d are fingerprints of the right headline and publication date
 * (YYYY-MM-DD; absent: the text writes none), c that it has a media contact.
 */
type Judged = { readonly h?: string; readonly d?: string; readonly c?: true } | 'transcript' | 'front matter';

/** Files left out of the measure, and why (matched on the start of the file name). */
const EXCLUDED: readonly (readonly [string, string])[] = [
  ['los_angeles_ca-', 'the archive saved a bot-check page ("Pardon Our Interruption"), not the releases'],
  ['maricopa_az-290_', 'a list of public meeting notices, not a release'],
  ['maricopa_az-403_', 'the newsroom index page, not a release'],
  ['maricopa_az-435_', 'a newsletter sign-up page, not a release'],
];

interface Tally {
  releases: number;
  headline: number;
  date: number;
  contact: number;
  refused: number;
  frontMatter: number;
  excluded: number;
  judged: number;
  rightHeadline: number;
  rightDate: number;
  rightContact: number;
  transcripts: number;
  transcriptsRefused: number;
  releasesRefused: number;
}

const emptyTally = (): Tally => ({
  releases: 0, headline: 0, date: 0, contact: 0, refused: 0, frontMatter: 0, excluded: 0,
  judged: 0, rightHeadline: 0, rightDate: 0, rightContact: 0, transcripts: 0, transcriptsRefused: 0, releasesRefused: 0,
});

/** A short fingerprint of a value (FNV-1a of its letters and digits), so that the table holds no content. */
export function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (const char of value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The publisher a file stands for: its corpus folder, or the wire or office its name starts with. */
export function publisherOf(root: string, file: string): string {
  const [folder, ...rest] = path.relative(root, file).split(path.sep);
  const name = rest.join('/');
  if (folder === 'corpus' && rest.length > 1) {
    const inner = rest[0];
    if (inner === 'wire-archive' || inner === 'prosecutor-releases') return `${inner}/${path.basename(name).split('-')[0]}`;
    return inner;
  }
  return folder;
}

function count(tally: Tally, result: ConvertResult, judged: Judged | undefined): void {
  if (result.kind === 'not-a-release') {
    if (/front matter|empty/.test(result.reason)) tally.frontMatter++;
    else tally.refused++;
  } else {
    const fields = result.fields as { title?: unknown; publish?: { date?: unknown }; contacts?: unknown[] };
    tally.releases++;
    if (fields.title) tally.headline++;
    if (fields.publish?.date) tally.date++;
    if (fields.contacts && fields.contacts.length > 0) tally.contact++;
  }
  if (judged === undefined || judged === 'front matter') return;
  if (judged === 'transcript') {
    tally.transcripts++;
    if (result.kind === 'not-a-release') tally.transcriptsRefused++;
    return;
  }
  tally.judged++;
  if (result.kind === 'not-a-release') {
    tally.releasesRefused++;
    return;
  }
  const fields = result.fields as { title?: unknown; publish?: { date?: unknown }; contacts?: unknown[] };
  const headline = typeof fields.title === 'string' ? fingerprint(fields.title) : undefined;
  const date = typeof fields.publish?.date === 'string' ? fingerprint(fields.publish.date.replace(/^\d\d:\d\d (\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1')) : undefined;
  if (headline === judged.h) tally.rightHeadline++;
  if (date === judged.d) tally.rightDate++;
  if ((fields.contacts !== undefined && fields.contacts.length > 0) === (judged.c === true)) tally.rightContact++;
}

function addTo(sum: Tally, t: Tally): void {
  for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += t[key];
}

function main(args: readonly string[]): void {
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? args[showAt + 1] : undefined;
  const root = args.find((arg, index) => !arg.startsWith('--') && index !== showAt + 1) ?? SHARED_ROOT;
  const files = ['corpus', 'samples']
    .map((folder) => path.join(root, folder))
    .filter((folder) => fs.existsSync(folder))
    .flatMap(filesBelow)
    .filter((file) => /\.(txt|md|markdown)$/i.test(file) && path.basename(file) !== 'SOURCE.txt');
  if (files.length === 0) {
    console.error(`No corpus/ or samples/ below ${root}.`);
    process.exitCode = 2;
    return;
  }
  const schema = builtInSchema();
  const tallies = new Map<string, Tally>();
  const reasons = new Map<string, number>();
  for (const file of files) {
    const publisher = publisherOf(root, file);
    const tally = tallies.get(publisher) ?? emptyTally();
    tallies.set(publisher, tally);
    const excluded = EXCLUDED.find(([prefix]) => path.basename(file).startsWith(prefix));
    if (excluded) {
      tally.excluded++;
      reasons.set(`${publisher}: ${excluded[1]}`, (reasons.get(`${publisher}: ${excluded[1]}`) ?? 0) + 1);
      continue;
    }
    const result = convertPlainText(fs.readFileSync(file, 'utf8'), schema);
    if (show !== undefined && publisher.startsWith(show)) {
      console.log(`\n######## ${path.relative(root, file)}`);
      console.log(result.kind === 'release' ? `${result.text.slice(0, result.text.indexOf('\n---', 3) + 4)}\n${result.notes.map((n) => `  note: ${n}`).join('\n')}` : `REFUSED: ${result.reason}`);
    }
    count(tally, result, JUDGED[path.basename(file)]);
  }
  // Each wire and each office, then their corpus folder's total, then all.
  const groups = new Map<string, Tally>();
  for (const [name, t] of tallies) {
    if (!name.includes('/')) continue;
    const group = groups.get(name.split('/')[0]) ?? emptyTally();
    addTo(group, t);
    groups.set(name.split('/')[0], group);
  }
  const rows = [...tallies.entries(), ...[...groups.entries()].map(([name, t]) => [`${name} (all)`, t] as const)].sort(([a], [b]) => a.localeCompare(b));
  const total = emptyTally();
  for (const t of tallies.values()) addTo(total, t);
  const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4));
  const cell = (n: number, whole: number) => `${String(n).padStart(4)} ${percent(n, whole)}  `;
  console.log('FOUND (a value was written, right or not)');
  console.log(`${'publisher'.padEnd(38)} releases  headline    date        contact     transcripts refused  front matter or empty  left out`);
  for (const [name, t] of [...rows, ['all', total] as const]) {
    console.log(`${name.padEnd(38)} ${String(t.releases).padStart(8)}  ${cell(t.headline, t.releases)}${cell(t.date, t.releases)}${cell(t.contact, t.releases)}${String(t.refused).padStart(8)}             ${String(t.frontMatter).padStart(4)}        ${t.excluded}`);
  }
  console.log('\nRIGHT (against the files a reader judged: the right value found, or nothing where the text has none)');
  console.log(`${'publisher'.padEnd(38)}   judged  headline    date        contact     releases refused  transcripts recognised`);
  for (const [name, t] of [...rows, ['all', total] as const]) {
    if (t.judged + t.transcripts === 0) continue;
    console.log(`${name.padEnd(38)} ${String(t.judged).padStart(8)}  ${cell(t.rightHeadline, t.judged)}${cell(t.rightDate, t.judged)}${cell(t.rightContact, t.judged)}${String(t.releasesRefused).padStart(8)}          ${String(t.transcriptsRefused).padStart(4)} of ${t.transcripts}`);
  }
  const unjudged = files.filter((file) => JUDGED[path.basename(file)] === undefined && !EXCLUDED.some(([prefix]) => path.basename(file).startsWith(prefix))).length;
  console.log(`\n${unjudged} files have no judgement (not counted as right or wrong).`);
  for (const [reason, n] of reasons) console.log(`Left out: ${n} × ${reason}.`);
}

/** What a reader found in each file (issue 15's review). */
const JUDGED: Readonly<Record<string, Judged>> = {
  '2007-08-07-opensuse-build-service-gains-momentum-with-amd-sponsorship.md': 'front matter',
  '2008-11-13-opensuse-education-for-111-goldmaster.md': 'front matter',
  '2009-11-12-opensuse-11-2-released.md': 'front matter',
  '2010-07-16-opensuse-11-3-launch-information.md': 'front matter',
  '2010-12-14-alan-clark-new-opensuse-board-chairman.md': 'front matter',
  '2011-01-28-opensuse-board-election-2010-vogelsang-and-linnell-elected.md': 'front matter',
  '2011-07-14-opensuse-conference-registration-open.md': 'front matter',
  '2012-04-18-heinlein-support-becomes-opensuse-project-sponsor.md': 'front matter',
  '2014-07-14-the-first-opensuse-asia-summit-is-announced.md': 'front matter',
  '2014-09-22-opensuse-asia-register-and-book-your-dates.md': 'front matter',
  '2016-06-24-softiron-ceo-announces-new-arm-server-running-opensuse-leap.md': 'front matter',
  '2018-09-25-opensuse-conference-2020-call-for-hosts.md': 'front matter',
  '2020-03-06-openSUSE-Summit-Dublin-Canceled.md': 'front matter',
  '2020-05-07-SUSE-carve-out-affecting-openSUSE.md': 'front matter',
  '2020-07-02-opensuse-leap-15-2-release-brings-exciting-new-packages.md': 'front matter',
  '2020-12-01-opensuse-release-team-to-share-results-from-arm-survey-in-online-meetup.md.md': 'front matter',
  '2021-03-10-a-message-to-the-opensuse-community.md': 'front matter',
  '2021-05-19-RealSenseID-available-for-openSUSE.md': 'front matter',
  '2021-07-06-irc-matrix-announcement.md': 'front matter',
  '2022-06-08-leap-offers-new-features-familiar-stability.md': 'front matter',
  '2025-07-11-sovereign-ai-platform-picks-opensuse.md': 'front matter',
  '2025-12-01-NPU-arrives-in-os-distributions.md': 'front matter',
  '2026-06-22-uyuni-joins-opensuse.md': 'front matter',
  '2012-10-31-october-31-2012-public-meeting.md': 'front matter',
  '2013-06-21-statement-on-meeting-with-the-president.md': 'front matter',
  '2013-07-17-executive-director-selection.md': 'front matter',
  '2013-11-04-november-4-2013-public-hearing.md': 'front matter',
  '2014-01-08-statement-on-meeting-with-the-president.md': 'front matter',
  '2014-02-04-chairman-david-medines-february-4-2014-testimony-before-the-house-judiciary-committee.md': 'front matter',
  '2014-06-27-pclob-public-meeting-on-section-702-report.md': 'front matter',
  '2014-07-17-july-23rd-public-meeting-press-release.md': 'front matter',
  '2014-08-07-pclob-announces-its-short-term-agenda.md': 'front matter',
  '2014-12-17-december-17-2014-meeting-with-representatives-of-ngos.md': 'front matter',
  '2015-02-03-privacy-and-civil-liberties-oversight-board-comments-on-the-intelligence-communitys-signals-intelligence-reform-anniversary-report.md': 'front matter',
  '2015-03-18-pclobgov-is-now-https-by-default.md': 'front matter',
  '2015-05-13-may-13-2015-public-meeting-on-executive-order-12333-at-the-national-constitution-center.md': 'front matter',
  '2015-11-09-november-9-2015-closed-meeting-on-executive-order-12333.md': 'front matter',
  '2016-03-29-chairman-david-medine-to-resign-from-the-privacy-and-civil-liberties-oversight-board.md': 'front matter',
  '2016-04-01-pclob-fy-2015-no-fear-act-report.md': 'front matter',
  '2016-05-10-board-member-rachel-brand-testimony-before-the-senate-judicary-hearing.md': 'front matter',
  '2017-06-27-Collins-TestimonySJC.md': 'front matter',
  '2018-12-17-Board-Joint-Statement-Beth-Collins.md': 'front matter',
  '2019-01-13-board-statement-jugde-wald.md': 'front matter',
  '2019-02-22-Forum-Comment-Period': { h: '811c9dc5', d: '0e11ab4b' },
  '2019-03-11-Statements-from-public-forum-8feb19.md': 'front matter',
  '2019-05-14-public-forum-advisory.md': 'front matter',
  '2019-06-26-use-of-facial-recognition.md': 'front matter',
  '2019-07-08-board-agenda.md': 'front matter',
  '2003-05-04-patterson-kay-211561477.txt': { h: '4120e981', d: '9483c3e3', c: true },
  '2016-01-09-joyce-barnaby-222493306.txt': { h: '41cf339c', d: '0f0eed8a', c: true },
  '2020-01-24-marles-richard-265669635.txt': 'transcript',
  '2020-01-31-wyatt-ken-265711162.txt': 'transcript',
  '2020-02-05-lowe-philip-econ-uk-265731274.txt': 'transcript',
  '2020-02-05-murphy-brendan-265731268.txt': { h: '08bdb6e9', d: '0ed47d40' },
  '2020-02-07-birmingham-simon-265933397.txt': { h: '4b7858d3', d: '10d48066', c: true },
  '2020-03-02-alison-langdon-266113499.txt': 'transcript',
  '2020-03-02-king-catherine-266113514.txt': 'transcript',
  '2020-03-02-murphy-brendan-266113538.txt': { h: '6797162f', d: '61598ce8' },
  '2020-03-04-murphy-brendan-266216599.txt': 'transcript',
  '2020-03-11-porter-christian-266231269.txt': 'transcript',
  '2020-03-12-albanese-anthony-266332307.txt': 'transcript',
  '2020-03-16-hanson-young-sarah-266369922.txt': { h: '18ce9fd4', d: '675bd4f1' },
  '2020-03-18-porter-christian-266349172.txt': 'transcript',
  '2020-03-19-cota-australia-266369897.txt': { h: '0e43a30d', d: '605bc9ec', c: true },
  '2020-03-19-mccarthy-malarndirri-266369876.txt': { h: 'b4d1eab7', d: '605bc9ec', c: true },
  '2020-03-20-alan-jones-266436425.txt': 'transcript',
  '2020-03-20-luke-darcy-266369864.txt': 'transcript',
  '2020-03-22-morrison-scott-266369835.txt': 'transcript',
  '2020-03-23-chalmers-jim-266369782.txt': 'transcript',
  '2020-03-24-wong-penny-266369771.txt': { h: '1300e288', d: 'd3543030', c: true },
  '2020-03-25-albanese-anthony-266436394.txt': 'transcript',
  '2020-03-25-michael-usher-266436400.txt': 'transcript',
  '2020-03-25-murphy-brendan-266436378.txt': { h: 'aae3b5d7', d: 'd45431c3', c: true },
  '2020-03-27-bandt-adam-266471633.txt': { h: '934d3aeb', d: 'd65434e9' },
  '2020-03-27-morrison-scott-266471627.txt': { h: '07282d91', d: 'd65434e9', c: true },
  '2020-03-28-australian-federal-police-266471593.txt': { h: '6e059a7b', d: 'df544314', c: true },
  '2020-03-30-birmingham-simon-266471546.txt': { h: 'fb504206', d: 'dd567e85', c: true },
  '2020-03-30-irons-steve-266471539.txt': { h: '94d78984', d: 'dd567e85', c: true },
  '2020-03-31-shorten-bill-266471490.txt': { h: '2bcad030', c: true },
  '2020-04-01-birmingham-simon-266512083.txt': 'transcript',
  '2020-04-02-albanese-anthony-266512035.txt': 'transcript',
  '2020-04-02-australian-federal-police-266512050.txt': { h: '44ed2a22', d: '6a28f1f3', c: true },
  '2020-04-02-cash-michaelia-266512008.txt': 'transcript',
  '2020-04-02-dreyfus-mark-266512054.txt': { h: '2b0dbb76', d: '6a28f1f3', c: true },
  '2020-04-03-birmingham-simon-266511997.txt': 'transcript',
  '2020-04-05-robert-stuart-266517963.txt': { h: 'b2d3abf0', d: '6f28f9d2' },
  '2020-07-27-littleproud-david-267679076.txt': { h: '51185e07', d: 'b7ee7fdd', c: true },
  '2020-07-28-birmingham-simon-267678990.txt': { h: '6d73bb1f', d: 'a8ee6840', c: true },
  '2020-07-31-australian-labor-party-267678892.txt': { h: '79a1e101', d: '35f184ce', c: true },
  '2020-07-31-dept-of-the-prime-minister-and-cabinet-267678948.txt': { h: 'bd83a6e4', d: '35f184ce' },
  '2020-08-05-australian-labor-party-267678714.txt': 'transcript',
  '2020-08-05-australian-labor-party-267678723.txt': { h: 'cab55d0c', d: 'cdb937f6', c: true },
  '2020-08-05-australian-labor-party-267678750.txt': 'transcript',
  '2020-08-06-australian-labor-party-267678650.txt': { h: 'de096213', d: 'ccb93663', c: true },
  '2020-08-06-australian-labor-party-267678689.txt': { h: 'f9d812e5', d: 'ccb93663', c: true },
  '2020-08-07-colbeck-richard-267678634.txt': { h: 'ee4472aa', d: '37f3c68b' },
  '2020-08-12-australian-labor-party-267720810.txt': { h: '7c9434e0', d: '4eb63172', c: true },
  '2020-08-19-andrews-karen-267776532.txt': 'transcript',
  '2020-08-21-duniam-jonathon-267776234.txt': { h: 'cc37fcb2', d: 'ddbdce54', c: true },
  '2020-08-25-australian-labor-party-267873810.txt': 'transcript',
  '2020-08-27-australian-labor-party-268073781.txt': 'transcript',
  '2020-08-31-steggall-zali-268073636.txt': { h: '1e564e95', c: true },
  '2020-09-04-payne-marise-270938988.txt': { h: '95258dc5', c: true },
  '2020-09-09-australian-labor-party-268146578.txt': 'transcript',
  '2020-09-09-australian-labor-party-268146617.txt': 'transcript',
  '2020-09-09-chester-darren-268146603.txt': { h: '2f86f923', d: '9aedc45f', c: true },
  '2020-09-09-liberal-party-of-australia-268146594.txt': { h: 'fca14a56', d: '9aedc45f' },
  '2020-09-10-littleproud-david-270936119.txt': 'transcript',
  '2020-09-13-liberal-party-of-australia-268146547.txt': { h: '965f7660', d: '24f0dc34' },
  '2020-09-16-tudge-alan-270934545.txt': { h: '146a3d30', d: '21f0d77b', c: true },
  '2020-09-17-morrison-scott-270934467.txt': 'transcript',
  '2020-09-18-frydenberg-josh-271454620.txt': 'transcript',
  '2020-09-18-liberal-party-of-australia-270934427.txt': { h: '514455b9', d: '1ff0d455', c: true },
  '2020-09-18-littleproud-david-270934454.txt': { h: '83c0f9ee', d: '1ff0d455', c: true },
  '2020-09-19-ruston-anne-271454606.txt': 'transcript',
  '2020-09-23-colbeck-richard-271454511.txt': { h: '57d4aa23', d: '0cf2f503', c: true },
  '2020-09-23-robert-stuart-271340269.txt': { h: 'e51dd459', d: '0cf2f503', c: true },
  '2020-10-05-australian-labor-party-271454473.txt': 'transcript',
  '2020-10-05-payne-marise-271454477.txt': { h: 'd1c6f3a9', c: true },
  '2020-10-05-seselja-zed-271454480.txt': 'transcript',
  '2020-10-06-fletcher-paul-271454338.txt': { h: 'd6fd66e3', d: '06099d08', c: true },
  '2020-10-07-australian-labor-party-271545648.txt': 'transcript',
  '2020-10-07-rice-janet-271454293.txt': { h: 'e542f9b3', d: '07099e9b' },
  '2020-10-09-morrison-scott-271544774.txt': { h: 'aaab342b', d: '05099b75', c: true },
  '2020-10-11-morrison-scott-271544672.txt': 'transcript',
  '2020-10-13-australian-labor-party-271544227.txt': 'transcript',
  '2020-10-13-birmingham-simon-271544216.txt': 'transcript',
  '2020-10-14-davey-perin-271544176.txt': { h: '740cd88f', d: '16f304c1', c: true },
  '2020-10-15-national-party-of-australia-272142713.txt': 'transcript',
  '2020-10-16-payne-marise-285732441.txt': { h: '3f55919f', d: '780c8f15', c: true },
  '2020-10-20-ramsey-rowan-272142538.txt': { h: '14633ac8', d: '00051668', c: true },
  '2020-10-21-frydenberg-josh-272253967.txt': { h: 'ef751fd5', d: '010517fb', c: true },
  '2020-10-27-australian-labor-party-272253742.txt': { h: 'c83f2b50', c: true },
  '2020-10-28-ruston-anne-272253693.txt': { h: '7519bb29', d: 'f80509d0', c: true },
  '2020-10-29-australian-labor-party-272337696.txt': 'transcript',
  '2020-10-30-morrison-scott-272337661.txt': 'transcript',
  '2020-11-05-coulton-mark-272396158.txt': { h: 'fc18b782', d: '85d89704', c: true },
  '2020-11-06-australian-labor-party-272396127.txt': 'transcript',
  '2020-11-06-wyatt-ken-272396103.txt': { h: 'd3b91aaf' },
  '2020-11-09-birmingham-simon-272396053.txt': { h: '5ab70933', d: '79d88420', c: true },
  '2020-11-10-morrison-scott-272391477.txt': 'transcript',
  '2020-11-11-ruston-anne-272391308.txt': { h: 'f4b93283', d: '7dd64bd5', c: true },
  '2020-11-13-cash-michaelia-273181220.txt': { h: '1b9731f0', d: '7bd648af', c: true },
  '2020-11-13-karl-stefanovic-273181193.txt': 'transcript',
  '2020-11-18-andrews-karen-273181065.txt': { h: '70ac93be', d: '84d656da', c: true },
  '2020-11-23-australian-labor-party-273180929.txt': 'transcript',
  '2020-11-23-littleproud-david-273180909.txt': { h: 'c72cfaf8', d: 'f3d33400', c: true },
  '2020-11-26-australian-labor-party-273316794.txt': 'transcript',
  '2020-11-28-australian-labor-party-273316720.txt': 'transcript',
  '2020-12-01-paterson-james-273316601.txt': 'transcript',
  '2020-12-02-australian-labor-party-273381923.txt': 'transcript',
  '2020-12-03-porter-christian-273381872.txt': { h: '09408003', d: '55537511' },
  '2020-12-06-littleproud-david-273381779.txt': { h: '5c0962d6', d: '585379ca', c: true },
  '2020-12-07-liberal-party-of-australia-273381731.txt': { h: 'd830b604', d: '59537b5d', c: true },
  '2020-12-07-littleproud-david-273381708.txt': { h: '29993009', d: '59537b5d', c: true },
  '2020-12-08-australian-labor-party-273381668.txt': 'transcript',
  '2020-12-08-australian-labor-party-273381678.txt': 'transcript',
  '2020-12-08-australian-labor-party-273381696.txt': 'transcript',
  '2020-12-09-henderson-sarah-273573519.txt': { h: '413e4acc', d: '4b536553', c: true },
  '2020-12-14-fletcher-paul-273573252.txt': { h: '5c6c5f0e', d: 'dc56882d', c: true },
  '2020-12-14-taylor-angus-273573259.txt': { h: 'c47f944c', d: 'dc56882d', c: true },
  '2020-12-15-barnett-guy-285732530.txt': { h: '42e59b97', d: 'db56869a', c: true },
  '2020-12-17-frydenberg-josh-273668575.txt': { h: 'c76738aa', d: 'd9568374', c: true },
  '2020-12-21-chris-smith-273668490.txt': 'transcript',
  '2020-12-22-littleproud-david-273668480.txt': 'transcript',
  '2021-01-05-taylor-angus-273668323.txt': 'transcript',
  '2021-01-07-australian-labor-party-273711523.txt': 'transcript',
  '2021-01-12-chris-smith-273711446.txt': 'transcript',
  '2021-01-13-australian-labor-party-273711429.txt': { h: '1251bc33', d: 'f601e537', c: true },
  '2021-01-13-australian-labor-party-273711435.txt': 'transcript',
  '2021-01-15-hume-jane-273744023.txt': { h: 'cad46b44', d: 'f401e211', c: true },
  '2021-01-20-australian-labor-party-273790568.txt': 'transcript',
  '2021-01-20-human-rights-law-centre-273790571.txt': { h: 'b5655300', d: '498cbcd5', c: true },
  '2021-01-21-morrison-scott-285733392.txt': { h: '73caeaa5', d: 'efff9d2e', c: true },
  '2021-01-27-australian-labor-party-273996118.txt': 'transcript',
  '2021-02-01-morrison-scott-273995956.txt': 'transcript',
  '2021-02-04-liberal-party-of-australia-274075211.txt': { h: 'd50e2e3f', d: 'f7c123ac', c: true },
  '2021-02-05-frydenberg-josh-274075200.txt': 'transcript',
  '2021-02-08-morrison-scott-274075126.txt': { h: '734d7919', d: 'fbc129f8', c: true },
  '2021-02-10-birmingham-simon-274075034.txt': { h: '5fec0910', d: 'f9c36569', c: true },
  '2021-02-11-australian-labor-party-274269760.txt': 'transcript',
  '2021-02-11-ben-fordham-274269766.txt': 'transcript',
  '2021-02-11-taylor-angus-274269750.txt': { h: '03dd311f', d: 'f8c363d6', c: true },
  '2021-02-15-australian-labor-party-274269678.txt': 'transcript',
  '2021-02-16-australian-labor-party-274269609.txt': { h: '7b55bcec', d: 'fbc3688f', c: true },
  '2021-02-17-carroll-ben-274269531.txt': { h: 'abbaa928', d: 'fac366fc', c: true },
  '2021-02-18-payne-marise-274269513.txt': { h: 'd6072395', c: true },
  '2021-02-19-frydenberg-josh-274269436.txt': { h: '952c0dc0', d: '00c3706e', c: true },
  '2021-02-20-morrison-scott-274269414.txt': 'transcript',
  '2021-02-22-laura-jayes-274269376.txt': 'transcript',
  '2021-02-24-rowland-michelle-274269302.txt': 'transcript',
  '2021-02-25-australian-labor-party-274310288.txt': { h: '6e7305f3', d: 'fcc5a8b9', c: true },
  '2021-02-26-coulton-mark-274310218.txt': { h: 'ed96abf4', d: 'f9c5a400', c: true },
  '2021-02-26-payne-marise-274310239.txt': 'transcript',
  '2021-02-26-tudge-alan-274310203.txt': 'transcript',
  '2021-03-01-birmingham-simon-274310144.txt': 'transcript',
  '2021-03-02-australian-labor-party-274310103.txt': 'transcript',
  '2021-03-02-australian-labor-party-274310106.txt': { h: '4a47ff6d', d: 'c14ebf0b', c: true },
  '2021-03-03-australian-labor-party-274398312.txt': 'transcript',
  '2021-03-05-australian-labor-party-274398233.txt': { h: 'b549cb23', d: 'c64ec6ea', c: true },
  '2021-03-11-australian-labor-party-274482230.txt': 'transcript',
  '2021-03-11-birmingham-simon-274482212.txt': 'transcript',
  '2021-03-11-katter-bob-jnr-274482225.txt': { h: '1077009f', d: 'be4c7bbb' },
  '2021-03-12-australian-labor-party-274482129.txt': 'transcript',
  '2021-03-15-duniam-jonathon-274482103.txt': { h: 'b87da151', d: 'c24c8207', c: true },
  '2021-03-15-payne-marise-274482078.txt': { h: 'e04928da', c: true },
  '2021-03-17-jim-wilson-274516972.txt': 'transcript',
  '2021-03-18-australian-greens-274516898.txt': { h: '76421a6d', c: true },
  '2021-03-22-australian-labor-party-274516176.txt': 'transcript',
  '2021-03-23-littleproud-david-274516142.txt': { h: '4f374ede', d: '3053eaf6', c: true },
  '2021-03-25-hurley-david-governor-general-274541444.txt': { h: '060f41b5', c: true },
  '2021-03-28-littleproud-david-274541357.txt': 'transcript',
  '2021-03-30-australian-labor-party-274541296.txt': 'transcript',
  '2021-04-01-pitt-keith-274695230.txt': { h: 'b6473fc0', d: '0e891ff9', c: true },
  '2021-04-06-australian-labor-party-274695158.txt': 'transcript',
  '2021-04-06-wood-jason-274695185.txt': { h: '27b7e49f', d: '0f89218c' },
  '2021-04-07-australian-labor-party-274959932.txt': 'transcript',
  '2021-04-07-hamish-macdonald-274695136.txt': 'transcript',
  '2021-04-11-fletcher-paul-274958931.txt': { h: 'cb62ec97', d: '928c2e5c', c: true },
  '247PressRelease-college-hunks-hauling-junk-and-moving-r-expands-in-tallahassee-florida.txt': { h: 'f1ad567e', d: '41c8bc69' },
  '247PressRelease-how-asset-chainn-simplifies-commercial-real-estate-investment-with-san.txt': { h: '15f8ed81', d: 'c299f68f' },
  '247PressRelease-illusionist-robby-bennett-is-jumping-out-of-a-plane-with-no-parachute-.txt': { h: 'dccb624a', d: '88ef30a6' },
  '247PressRelease-north-texas-property-management-announces-property-management-opportun.txt': { h: '1987bf42', d: '06c78ade' },
  '247PressRelease-optimize-point-of-sale-operations-with-counter-sales-in-business-centr.txt': { h: 'fbfdcdf0', d: '90c253ee' },
  '247PressRelease-plushthis-showcases-dark-aesthetic-plush-toys-at-spielwarenmesse-2025-.txt': { h: '603303e8', d: '3e91dc5a' },
  'blockchainwire-baking-soda-labs-launches-web3-platform-turning-engagement-into-reward.txt': { h: '6eefb5ef' },
  'blockchainwire-introducing-swapfast-revolutionizing-cross-chain-transactions.txt': { h: '9e775c1c' },
  'blockchainwire-miracle-estate-breaks-ground-on-project-aimed-at-solving-cypruss-real-.txt': { h: 'd55a8960' },
  'blockchainwire-pelf-revolutionizing-memecoin-marketing-with-d-o-m-e.txt': { h: 'f004215a' },
  'blockchainwire-teccrypto-s-global-data-center-launch-boosts-opportunities-in-cloud-mi.txt': { h: '2ef02209', c: true },
  'blockchainwire-valuezone-debuts-challenges-top-ten-with-advanced-crypto-trading-featu.txt': { h: '0aacabc5', c: true },
  'boostify-None.txt': { h: 'd7f36b79', c: true },
  'citybiz-cll-society-awards-research-projects-advancing-cll-sll-care.txt': { h: '900a3703', d: '86ef2d80' },
  'citybiz-constellations-deal-with-calpine-approved-by-federal-energy-regulatory.txt': { h: '5016263b' },
  'citybiz-construction-attorney-litigator-alex-sarsfield-joins-adams-reese-tampa.txt': { h: 'a7eeac0e' },
  'citybiz-d1-training-premier-athletic-fitness-brand-expands-to-clermont.txt': { h: '921c1a75' },
  'citybiz-gwyneth-paltrow-helps-astronomer-spin-a-scandal-into-a-viral-redemptio.txt': { h: '6c8c8281' },
  'citybiz-steamboat-and-freighter-1956-a-aubrey-bodine.txt': { h: '542a09e3' },
  'evertiseaipr-balancing-innovation-with-precision-pronto-translations-highlights-ais.txt': { h: 'c580d80d', c: true },
  'evertiseaipr-international-top-up-and-natcash-remittance-transforming-connectivity-.txt': { h: 'e22ab760' },
  'evertiseaipr-new-hope-for-fibromyalgia-patients-as-tnx-102-sl-shows-promising-phase.txt': { h: '73e0382a' },
  'evertiseaipr-pum-exchange-gains-global-momentum-as-user-base-and-ecosystem-expand.txt': { h: '52b59b12', d: '9fead7ad' },
  'evertiseaipr-survey-highlights-credit-card-misuse-and-financial-literacy-gap-in-his.txt': { h: 'd7979f5b' },
  'evertiseaipr-the-vinfast-vf-8-impresses-with-its-comprehensive-suite-of-adas.txt': { h: '75e698f8' },
  'ibn-None.txt': { h: '1ce8de24', c: true },
  'ibn-d-wave-quantum-nyse-qbts-to-report-q3-financial-results-and-host-inves.txt': { h: 'b78c9957', c: true },
  'ibn-investornewsbreaks-g-mining-ventures-corp-tsx-gmin-otcqx-gminf-clears-.txt': { h: '2a20cb15', c: true },
  'ibn-investornewsbreaks-nanoviricides-nyse-american-nnvc-comments-on-fda-co.txt': { h: '2bd5d4b5', c: true },
  'ibn-sales-of-hybrid-vehicles-are-rising-while-phev-ev-sales-stagnate.txt': { h: 'b316437f', c: true },
  'keycrew-None.txt': { h: '95ba23c8', c: true },
  'mediaoutreach-None.txt': { h: '33c385b6', d: '6f1c0a1f' },
  'newmediawire-None.txt': { h: '061e521a', d: '04ae5419', c: true },
  'newmediawire-benzinga-virtual-bootcamp-trading-leveraged-etfs-interest-rates-fed-me.txt': { h: '95353801', d: 'ba539aac' },
  'newmediawire-exposure-to-more-artificial-light-at-night-may-raise-heart-disease-ris.txt': { h: '448f7b01', d: '606beae1', c: true },
  'newmediawire-golden-cariboo-resources-retains-eagle-mapping-for-comprehensive-lidar.txt': { h: 'e1b3b6ef', d: '4d65c805', c: true },
  'newmediawire-neuralbase-provides-update-on-bmp-ai-platform-development-and-targeted.txt': { h: '63ae94d3', d: '93eac4c9', c: true },
  'newmediawire-uapc-launches-kidsportslive-com-nationwide.txt': { h: 'e4daea7f', d: '553057e8', c: true },
  'newsdirect-avrio-acquires-tokensphere-to-deliver-tokenized-real-world-assets-to-t.txt': { h: '150233d7', c: true },
  'newsdirect-bill-and-leslie-carruth-awarded-annual-lisa-schaffner-community-advoca.txt': { h: '16cf7439', c: true },
  'newsdirect-btc-enters-consolidation-cutoshi-presale-offers-a-fresh-path-to-defi-p.txt': { h: '16464c27', c: true },
  'newsdirect-hiru-corp-otc-hiru-forging-a-path-in-metal-mining-exploration.txt': { h: 'd4728510', c: true },
  'newsdirect-players-health-partners-with-realresponse-to-enhance-athlete-safety-an.txt': { h: 'b6f86829', c: true },
  'newsdirect-seatrain-technology-receives-patent-approval-for-revolutionary-approac.txt': { h: 'd5598f4c', c: true },
  'newsusa-None.txt': { h: '0261fb4e' },
  'newsworthy-alphawhispererstm-house-launches-at-the-united-nations-during-unga80-a.txt': { h: 'b95e2d2c', d: '4a50abc5' },
  'newsworthy-forget-price-charts-heres-how-to-earn-from-xrp-now-swl-miner.txt': { h: 'ee6af169', d: '5630597b' },
  'newsworthy-hawaii-ketamine-offers-rapid-and-effective-iv-ketamine-treatment-for-m.txt': { h: '57f74d08', d: '1ef0ab6c' },
  'newsworthy-hro-today-engage-2024-conference-combines-inclusion-wellness-and-cultu.txt': { h: '904abbd1', d: '98eb5b4c' },
  'newsworthy-pillow-cube-and-ontel-products-announce-partnership-to-expand-kid-cube.txt': { h: '482a9497', d: '3591ce2f', c: true },
  'newsworthy-the-world-comes-together-next-week-to-shape-the-future-of-psychedelics.txt': { h: '113dd30b', d: 'e53f69ea', c: true },
  'noticiasnewswire-None.txt': { h: '3616439e', d: 'cb309097', c: true },
  'noticiasnewswire-four-seasons-arrives-in-coconut-grove-with-an-intimate-and-soulful-pro.txt': { h: 'e074b054', d: '4d41fa46' },
  'noticiasnewswire-fueling-a-creative-mindset.txt': { h: 'f6bb6865', d: '4d50b07e' },
  'noticiasnewswire-ramon-rodriguez-to-receive-the-galfa-presidential-visionary-award-at-t.txt': { h: 'd18216b0', d: '4c50aeeb' },
  'pressservices-None.txt': { h: 'c7394702', d: '01ae4f60', c: true },
  'pressservices-family-operated-junk-removal-service-launches-in-sacramento.txt': { h: '53bbe063', d: '5a420ebd', c: true },
  'pressservices-innovative-luxury-home-building-in-florida.txt': { h: 'cf4819fc', d: '9eead61a', c: true },
  'pressservices-soccer-and-community-health-unite.txt': { h: '506d8605', d: '56444708', c: true },
  'pressservices-unlocking-success-essential-strategies-for-building-a-flourishing-busi.txt': { h: '563add0d', d: '4f37c203', c: true },
  'prism-None.txt': { h: 'aeecff8f', d: 'f31e96a2', c: true },
  'prkarma-canadian-recreational-vehicle-association-statement-on-postponed-tarif.txt': { h: 'f6eccb8d', d: '8ec250c8', c: true },
  'prkarma-mauka-digital-announces-the-release-of-their-third-book-storytelling-m.txt': { h: '2ed7a945', d: '5465d30a', c: true },
  'prkarma-mauka-digital-wins-prestigious-web-excellence-award-for-customer-brand.txt': { h: 'c867e38d', d: 'fa21621e', c: true },
  'prkarma-new-optek-paint-protection-films-specifically-designed-for-more-tack.txt': { h: 'db33ae18', d: 'e34a30d1', c: true },
  'prkarma-rapidfire-safety-security-acquires-paraclete-fire-safety.txt': { h: '4a09d44b', d: '8f12914c', c: true },
  'prkarma-taktiful-launches-new-software-company.txt': { h: '9086ab4e', d: '4dc8cf4d', c: true },
  'prvolt-nutrition-tracking-a-powerful-tool-for-achieving-your-health-goals-in-.txt': { h: 'ee742343' },
  'prvolt-the-creator-economy-a-billion-dollar-force-shaping-industries.txt': { h: '6558ba3d' },
  'prvolt-the-importance-of-iron-in-strengthening-the-immune-system-during-cold-.txt': { h: '0438eb07' },
  'reportable-None.txt': { h: '7ac2f8cc', d: 'dd51f444', c: true },
  'reportable-nominations-open-for-2025-seri-rethink-awards-celebrating-visionary-tr.txt': { h: '1e9e7352', d: '15732b9c', c: true },
  'reportable-stonegate-updates-coverage-on-burcon-nutrascience-corporation-tsx-bu-m.txt': { h: '7de8ab5d', d: '17756d59' },
  'reportable-ugi-to-begin-system-upgrades-next-week-in-milton.txt': { h: 'd53cd207' },
  'cook_il-news_cook-county-states-attorney-eileen-oneill-burke-90-delivers-chicago-kent-college-law.txt': { h: '22029cf7', d: '55444575', c: true },
  'cook_il-news_cook-county-states-attorney-eileen-oneill-burke-leads-national-prosecutorial-training.txt': { h: '946af648', d: '05f03203', c: true },
  'cook_il-news_cook-county-states-attorneys-office-files-charges-2004-gold-coast-murder-after-defendant.txt': { h: '84ab6c13', d: '656e3157', c: true },
  'cook_il-news_cook-county-states-attorneys-office-prepared-protect-voting-access-ice-interference.txt': { h: '285fdbff', d: 'dd51f444', c: true },
  'dallas_tx-Assets_uploads_docs_district-attorney_press-release_2018_PR_FINAL_OliverVerdict-Sentence_082918_pdf.txt': { h: '1ce77c38', d: '2bae4da7', c: true },
  'dallas_tx-Assets_uploads_docs_district-attorney_press-release_2023_Statement_20on_20Conviction_20of_20Anthony_20Lewis_pdf.txt': { h: '8c2508db', d: '12a4e44d', c: true },
  'dallas_tx-Assets_uploads_docs_district-attorney_press-release_2025_Translation_20Press_20Release_Spanish_2006-17-25-1_pdf.txt': { h: 'a0960382', d: '18756eec', c: true },
  'dallas_tx-Assets_uploads_docs_district-attorney_press-release_2026_Access-To-Transportation-Grant-2026-Final_pdf.txt': { h: '6e5fcf1f', d: 'f31e96a2', c: true },
  'harris_tx-20230408_sugar-land-man-sentenced-to-50-years-for-shooting-tattoo-artist-at-shop-on-richmond-avenue.txt': { h: '2e465833' },
  'harris_tx-20240219_wharton-man-sentenced-to-life-in-prison-without-parole-for-shooting-that-killed-three-people-at-midt.txt': { h: '19608d69' },
  'harris_tx-20240412_pleasantville-serial-rapist-sentenced-to-50-years-in-prison.txt': { h: '8e1238bf' },
  'harris_tx-Newsroom_News-Releases_man-charged-with-murder-successfully-extradited-to-houston-from-el-salvador.txt': { h: '308f8021', d: '553057e8' },
  'kings_ny-2018_03_06_brooklyn-district-attorney-announces-project-brooklyn-clear-to-offer-treatment-for-individuals-arrested-with-.txt': { h: 'f338906b', d: '18133f63' },
  'kings_ny-2019_03_11_brooklyn-district-attorney-eric-gonzalez-unveils-sweeping-reforms-his-office-is-implementing-as-part-of-the-j.txt': { h: 'c78f715e', d: '8b387c68' },
  'kings_ny-2021_07_21_greenpoint-man-indicted-for-unlawful-surveillance-of-two-female-roommates.txt': { h: 'edbf2500', d: 'afa31994' },
  'kings_ny-2023_10_20_maryland-man-indicted-for-murder-of-brooklyn-woman-following-dispute-over-parking-at-home-depot-lot-in-bedfor.txt': { h: 'f6d38c27', d: 'c44d69dd' },
  'maricopa_az-CivicAlerts_aspx.txt': { h: 'b8fd676f', d: 'cc30922a' },
  'miami_dade_fl-press-release_for-immediate-release-statement-by-state-attorney-katherine-fernandez-rundle-regarding-the-conviction-of-j.txt': { h: 'fdc93b71', d: '6919c216', c: true },
  'miami_dade_fl-press-release_for-immediate-release-statement-from-state-attorney-katherine-fernandez-rundle-regarding-the-ohad-fisherma.txt': { h: '7e39fcbb', d: '9cead2f4', c: true },
  'miami_dade_fl-press-release_media-advisory-press-conference-regarding-arraignment-of-cold-case-homicide-defendant.txt': { h: '6554694c', d: '3591ce2f', c: true },
  'miami_dade_fl-press-release_media-advisory-state-attorney-katherine-fernandez-rundle-and-its-a-penalty-unveil-human-trafficking-awaren.txt': { h: '7072881c', d: '3eaa570a', c: true },
  'orange_ca-press_financial-controller-convicted-of-embezzling-over-1-9-million-from-architectural-firm-and-one-of-its-owners.txt': { h: '9cf1a364', d: '317bee62', c: true },
  'orange_ca-press_huntington-beach-man-pleads-guilty-to-making-criminal-threats-against-oc-supervisor.txt': { h: '3c4b5e3e', d: '2cc32563', c: true },
  'orange_ca-press_man-convicted-of-murdering-sheriffs-deputy-on-91-freeway-while-transporting-stolen-stove.txt': { h: 'db4dcb03', d: 'bbd30dd9', c: true },
  'orange_ca-press_man-sentenced-to-50-years-to-life-for-shooting-murder-of-teenager-in-fullerton-alley-on-st-patricks-day.txt': { h: '0777b26e', d: '69b6be75', c: true },
  'riverside_ca-news_additional-charges-filed-against-former-cathedral-city-police-officer.txt': { h: '390b1148', d: '2e528de9' },
  'riverside_ca-news_corona-area-man-sentenced-crash-killed-three-teen-boys.txt': { h: '7e645578', d: '5ba6b3a6' },
  'riverside_ca-news_da-mike-hestrin-seek-death-penalty-against-man-charged-murder-sheriffs-deputy.txt': { h: '94d00e95', d: 'e6a9cd0e' },
  'riverside_ca-news_former-chiropractor-sentenced-over-54-years-prison-150-million-workers-compensation-fraud.txt': { h: '3a579426', d: '3cc675f3' },
  'san_diego_ca-news_gang-member-charged-in-shooting-that-left-young-woman-paralyzed.txt': { h: 'ae669c08', d: '919c856e' },
  'san_diego_ca-news_schools-closed-children-more-susceptible-exploitation.txt': { h: '99f21916', d: '803fd226' },
  'san_diego_ca-news_south-bay-pastor-charged-for-failing-to-report-suspected-sexual-abuse.txt': { h: 'fc9c3b53', d: '43d222f1' },
  'san_diego_ca-news_workplace-justice-unit-wins-achievement-award.txt': { h: 'c9ec5c5d', d: '14a28e99' },
  'chief-constable-message-2020-03-18.md': 'front matter',
  'pcc-virtual-meetings-2020-05-19.txt': { h: 'e366fefe', d: '803fd226', c: true },
};

if (require.main === module) main(process.argv.slice(2));
