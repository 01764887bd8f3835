/**
 * Generated front matter for the quick-read property tests: well-formed fields of every shape a release
 * uses, then small mutations with the characters YAML gives meaning to. Seeded, so a failure repeats.
 */

export { seededRandom } from '../seededRandom';

const SCALARS = [
  'Headline about the new library', '01632 960123', '01632960123', '+44 1632 960123', '0o17', '0x1F', '1_000', '0b11', '012', '1.50',
  '1e3', '.inf', '-.Inf', '.nan', 'yes', 'no', 'True', 'FALSE', 'on', '~', 'null', 'Null', '', '2020-03-18', '16:55 18/03/2020',
  '2021-02-31T09:00:00Z', "'quoted ''single'''", '"double \\"quoted\\" \\u00e9"', '"tab\\there"', 'https://www.example.gov.uk/news/a-b/',
  'en_GB', 'Smith & Jones', 'Say "hello"', "it's here", 'a: b', 'a #not comment', 'value # comment', '-1', '+.5', '1.', '.5', '-0',
  '12345678901234567890', '"\\x41\\N\\_"', "'multi\n  line'", '>-\n  folded\n  text', '|\n  literal\n  text\n', '|+\n  kept\n\n', '>2\n    indented',
  '*alias', '&anchor value', '!tag value', '!!str 12', '[a, b]', '{a: 1}', '@at', '`tick`', '%pct', '? key', 'café ☕', '\u00a0nbsp',
];
const KEYS = ['title', 'area', 'url', 'Area', 'og', 'publish', 'date', 'embargo', 'contacts', 'name', 'phone', 'email', '"quoted key"', "'single key'", '1', '1.0', 'true', 'null', '~', 'a b', 'x-y', 'a.b', '$schema', '__proto__', '<<'];
const NOISE = [':', ' ', '  ', '-', '- ', '#', "'", '"', '&', '*', '!', '|', '>', '\n', '\r\n', '\t', '[', ']', '{', '}', '?', '%', '@', '`', ',', '\\', '0', 'x', '\u00e9', '\uFEFF', '---', '...'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** Well-formed front matter: fields, a group, a list of contacts. */
export function generateFrontMatter(random: () => number): string {
  const lines: string[] = [];
  const fields = 2 + Math.floor(random() * 6);
  for (let index = 0; index < fields; index++) {
    const shape = random();
    if (shape < 0.5) lines.push(`${pick(random, KEYS)}: ${pick(random, SCALARS)}`);
    else if (shape < 0.55) lines.push(`${pick(random, KEYS)}: ${pick(random, ['[]', '{}', '[ ]', '[a]', '{}  # none'])}`);
    else if (shape < 0.65) lines.push(`${pick(random, KEYS)}:`, `- ${pick(random, SCALARS)}`, `- ${pick(random, KEYS)}: ${pick(random, SCALARS)}`, `  ${pick(random, KEYS)}: ${pick(random, SCALARS)}`);
    else if (shape < 0.8) lines.push(`${pick(random, KEYS)}:`, `  ${pick(random, KEYS)}: ${pick(random, SCALARS)}`, `  ${pick(random, KEYS)}: ${pick(random, SCALARS)}`);
    else lines.push(`${pick(random, KEYS)}:`, `  - ${pick(random, KEYS)}: ${pick(random, SCALARS)}`, `    ${pick(random, KEYS)}: ${pick(random, SCALARS)}`, `  - ${pick(random, SCALARS)}`);
    if (random() < 0.15) lines.push(`# ${pick(random, SCALARS)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The text with a few insertions, deletions and line moves. */
export function mutate(random: () => number, text: string): string {
  let result = text;
  const steps = Math.floor(random() * 4);
  for (let step = 0; step < steps; step++) {
    const at = Math.floor(random() * (result.length + 1));
    const kind = random();
    if (kind < 0.5) result = result.slice(0, at) + pick(random, NOISE) + result.slice(at);
    else if (kind < 0.8) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(random() * 3));
    else {
      const lines = result.split('\n');
      const line = Math.floor(random() * lines.length);
      lines.splice(Math.floor(random() * lines.length), 0, lines[line]);
      result = lines.join('\n');
    }
  }
  return result;
}
