/** Releases for the benchmarks: the real sample when it is beside the project, otherwise our own fixture. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const SHARED_SAMPLE = path.join(root, '..', 'shared', 'samples', 'chief-constable-message-2020-03-18.md');
const FIXTURE = path.join(root, 'test', 'unit', 'fixtures', 'valid-fence.md');

export function sampleRelease(): { name: string; text: string } {
  const file = fs.existsSync(SHARED_SAMPLE) ? SHARED_SAMPLE : FIXTURE;
  return { name: path.basename(file), text: fs.readFileSync(file, 'utf8') };
}

/** The sample's front matter with its body repeated to at least 1 MB. */
export function megabyteRelease(sample: string): string {
  let text = sample;
  while (text.length < 1024 * 1024) text += `\n${sample.slice(sample.indexOf('\n```\n') + 5)}`;
  return text;
}

/** `count` releases in a temporary tree, one in ten with a problem, as a newsroom repository would hold. */
export function generateTree(count: number): { folder: string; files: string[] } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-bench-'));
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const dir = path.join(folder, 'news', String(2000 + (index % 25)));
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `release-${index}.md`);
    fs.writeFileSync(file, generatedRelease(index));
    files.push(file);
  }
  return { folder, files };
}

/** The generated tree's release number `index`: seed-sized, each different, every tenth (index 0, 10, …) with a problem. */
export function generatedRelease(index: number): string {
  const year = 2000 + (index % 25);
  const day = String((index % 28) + 1).padStart(2, '0');
  const broken = index % 10 === 0;
  return [
    '---',
    `title: Release number ${index} about local services`,
    broken ? `tittle: typo ${index}` : `area: Area ${index % 7}`,
    `url: https://www.example.gov.uk/news/${year}/release-${index}/`,
    'publish:',
    `  date: 09:30 ${day}/0${(index % 9) + 1}/${year}`,
    'og:',
    `  title: Release number ${index}`,
    `  url: https://www.example.gov.uk/news/${year}/release-${index}/`,
    `  image: https://www.example.gov.uk/images/release-${index}.jpg`,
    '  locale: en_GB',
    '  type: article',
    'contacts:',
    '  - name: Jane Doe',
    '    phone: "01632 960123"',
    '---',
    '',
    // A short lede, then the detail: valid under the release rules too, so only the broken tenth has problems.
    'The council announced today that its services will continue as normal over the holidays.',
    '',
    'Residents can still book appointments online or by phone, and the offices open as usual. '.repeat(15).trim(),
    '',
    'ENDS',
  ].join('\n');
}
