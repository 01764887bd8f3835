/**
 * The scale bench's floor: walk + read + locate + js-yaml 4 parse, nothing else, on one thread. It is
 * measured twice: in the bench's own process after a first pass (warm code, no start-up), and as a
 * program of its own started as the CLI is (floorProcess.ts), which pays Node's start and cold code
 * as the CLI's run does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { locateFrontMatter } from '../../src/core/frontMatter/locate';

/** Every file below, in name order, as the CLI's own walk visits them (kinds from the listing, no stat). */
function* filesBelow(folder: string): Generator<string> {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesBelow(full);
    else yield full;
  }
}

/** Walks, reads, locates and parses every file below; returns how many front matters it parsed. */
export function parseEveryFile(folder: string): number {
  let parsed = 0;
  for (const file of filesBelow(folder)) {
    const text = fs.readFileSync(file, 'utf8');
    const located = locateFrontMatter(text);
    if (located.kind !== 'found') continue;
    yaml.load(text.slice(located.block.contentStart, located.block.contentEnd));
    parsed++;
  }
  return parsed;
}
