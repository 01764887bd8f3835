/**
 * `npm run measure:convert [folder]`: how the converter does on real releases. For each publisher
 * (a corpus folder; a wire or a prosecutor's office inside it) it prints how many files were
 * converted, how many got a headline, a publication date and a contact, and how many were refused
 * as transcripts or speeches. Files that already have front matter are counted apart.
 * `--show <publisher>` prints each conversion of that publisher, for reading.
 * The folder defaults to the shared data beside the project (../shared), as the unit tests find it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema } from '../../src/core';
import { convertPlainText } from '../../src/core/convert';
import { filesBelow, SHARED_ROOT } from '../unit/sharedData';

interface Tally {
  releases: number;
  headline: number;
  date: number;
  contact: number;
  refused: number;
  frontMatter: number;
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
  for (const file of files) {
    const publisher = publisherOf(root, file);
    const tally = tallies.get(publisher) ?? { releases: 0, headline: 0, date: 0, contact: 0, refused: 0, frontMatter: 0 };
    tallies.set(publisher, tally);
    const result = convertPlainText(fs.readFileSync(file, 'utf8'), schema);
    if (show !== undefined && publisher.startsWith(show)) {
      console.log(`\n######## ${path.relative(root, file)}`);
      console.log(result.kind === 'release' ? `${result.text.slice(0, result.text.indexOf('\n---', 3) + 4)}\n${result.notes.map((n) => `  note: ${n}`).join('\n')}` : `REFUSED: ${result.reason}`);
    }
    if (result.kind === 'not-a-release') {
      if (result.reason.includes('front matter')) tally.frontMatter++;
      else tally.refused++;
      continue;
    }
    tally.releases++;
    const fields = result.fields as { title?: unknown; publish?: { date?: unknown }; contacts?: unknown[] };
    if (fields.title) tally.headline++;
    if (fields.publish?.date) tally.date++;
    if (fields.contacts && fields.contacts.length > 0) tally.contact++;
  }
  const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4));
  console.log(`${'publisher'.padEnd(36)} releases  headline    date        contact     transcripts refused  had front matter`);
  const total: Tally = { releases: 0, headline: 0, date: 0, contact: 0, refused: 0, frontMatter: 0 };
  for (const [publisher, t] of [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
    console.log(line(publisher, t, percent));
  }
  console.log(line('all', total, percent));
}

function line(name: string, t: Tally, percent: (part: number, whole: number) => string): string {
  const cell = (n: number) => `${String(n).padStart(4)} ${percent(n, t.releases)}  `;
  return `${name.padEnd(36)} ${String(t.releases).padStart(8)}  ${cell(t.headline)}${cell(t.date)}${cell(t.contact)}${String(t.refused).padStart(8)}             ${t.frontMatter}`;
}

main(process.argv.slice(2));
