/**
 * The quick read's line guard, one pass by character codes, against the slow way it stands for: the
 * string-by-string line checks it replaced, then the whole nesting check (findExcessiveNesting), on
 * generated and mutated front matter without tabs or flow brackets (which the quick read refuses before
 * this guard, and without which the nesting check can only find indentation too deep).
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_YAML_LIMITS, findExcessiveNesting, quickReadFields } from '../../../src/core/yaml';
import { hasUnsureLine } from '../../../src/core/yaml/unsureLines';
import { generateFrontMatter, mutate, seededRandom } from './yamlFuzz';

const NULL_WORDS = ['~', 'null', 'Null', 'NULL'];

function slowLineStart(source: string, start: number, end: number): boolean {
  if (source.startsWith('---', start) || source.startsWith('...', start)) return true;
  let at = start;
  while (at < end && (source[at] === ' ' || source[at] === '-')) at++;
  if (source[at] === '?' || source[at] === '%') return true;
  at = start;
  while (at < end && source[at] === ' ') at++;
  if (source[at] === '-' && source[at + 1] === ' ') {
    let next = at + 1;
    while (next < end && source[next] === ' ') next++;
    if (source[next] === '-' && slowSpaceOrEnd(source, next + 1, end)) return true;
  }
  while (source[at] === '-' && source[at + 1] === ' ') {
    at += 2;
    while (at < end && source[at] === ' ') at++;
  }
  const word = NULL_WORDS.find((candidate) => source.startsWith(candidate, at));
  if (word) {
    let afterWord = at + word.length;
    while (afterWord < end && /\s/.test(source[afterWord])) afterWord++;
    if (source[afterWord] === ':' && slowSpaceOrEnd(source, afterWord + 1, end)) return true;
  }
  return source[at] === ':' && slowSpaceOrEnd(source, at + 1, end);
}

function slowSpaceOrEnd(source: string, at: number, end: number): boolean {
  return at >= end || /\s/.test(source[at]);
}

function slowQuoteRunsOn(source: string, start: number, end: number): boolean {
  let at = start;
  const skipBlanks = () => {
    while (at < end && source[at] === ' ') at++;
  };
  skipBlanks();
  while (source[at] === '-' && source[at + 1] === ' ') {
    at += 2;
    skipBlanks();
  }
  if (source[at] === "'" || source[at] === '"') {
    const close = slowClosingQuote(source, at, end);
    if (close === undefined) return true;
    at = close + 1;
    skipBlanks();
    if (source[at] !== ':') return slowJunkAfterQuote(source, close, end);
    at++;
  } else {
    const colon = source.indexOf(': ', at);
    if (colon === -1 || colon >= end) return false;
    at = colon + 1;
  }
  skipBlanks();
  if (source[at] !== "'" && source[at] !== '"') return false;
  const close = slowClosingQuote(source, at, end);
  return close === undefined || slowJunkAfterQuote(source, close, end);
}

function slowJunkAfterQuote(source: string, close: number, end: number): boolean {
  let at = close + 1;
  while (at < end && source[at] === ' ') at++;
  return at < end && source[at] !== '\r' && !(source[at] === '#' && at > close + 1);
}

function slowClosingQuote(source: string, open: number, end: number): number | undefined {
  const quote = source[open];
  for (let at = open + 1; at < end; at++) {
    if (quote === '"' && source[at] === '\\') at++;
    else if (source[at] === quote) {
      if (quote === "'" && source[at + 1] === "'") at++;
      else return at;
    }
  }
  return undefined;
}

/** The line guard as it was (string by string), before the nesting check folded into it. */
function slowUnsureLine(source: string): boolean {
  const indents: number[] = [];
  const entries: boolean[] = [];
  let commentIndent = -1;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    if (slowLineStart(source, start, end) || slowQuoteRunsOn(source, start, end)) return true;
    let at = start;
    while (at < end && source[at] === ' ') at++;
    const indent = at - start;
    if (at < end && source[at] === '#') commentIndent = indent;
    else if (at < end && source[at] !== '\r') {
      if (commentIndent !== -1 && indent > commentIndent) return true;
      commentIndent = -1;
      const entry = source[at] === '-' && (at + 1 === end || source[at + 1] === ' ' || source[at + 1] === '\r');
      let closesDeeperEntry = false;
      while (indents.length > 0 && indents[indents.length - 1] > indent) {
        indents.pop();
        closesDeeperEntry = entries.pop() || closesDeeperEntry;
      }
      if (entry && closesDeeperEntry && indents[indents.length - 1] === indent && !entries[entries.length - 1]) return true;
      indents.push(indent);
      entries.push(entry);
    }
    start = end + 1;
  }
  return false;
}

/** Some lines pushed deeper, so the nesting limits below are reached. */
function deepened(random: () => number, text: string): string {
  return text
    .split('\n')
    .map((line) => (random() < 0.2 ? ' '.repeat(Math.floor(random() * 30)) + line : line))
    .join('\n');
}

const LIMITS = [1, 2, 3, 64];

function assertAgrees(source: string): void {
  for (const limit of LIMITS) {
    const slow = slowUnsureLine(source) || findExcessiveNesting(source, limit) !== undefined;
    assert.equal(hasUnsureLine(source, limit), slow, `limit ${limit}: ${JSON.stringify(source)}`);
  }
}

describe('hasUnsureLine: the quick read line guard against the slow line checks and the nesting check', () => {
  it('agrees on 10,000 generated, mutated and deepened front matters without tabs or flow brackets', () => {
    const random = seededRandom(1211);
    let compared = 0;
    let unsure = 0;
    while (compared < 10_000) {
      let source = generateFrontMatter(random);
      if (random() < 0.7) source = mutate(random, source);
      if (random() < 0.4) source = deepened(random, source);
      if (/[\t[\]{}]/.test(source)) continue;
      assertAgrees(source);
      compared++;
      if (hasUnsureLine(source, 64)) unsure++;
    }
    // Both verdicts are common, so the agreement means something.
    assert.ok(unsure > 1000 && unsure < 9000, `${unsure} of ${compared} unsure`);
  });

  it('agrees on each line shape it tells apart', () => {
    const shapes = [
      '---', '...', '--- x', '? key', '- ? key', '%TAG', '- - x', '- -', '-  - x', '- -x', '~: x', 'null : x', '- NULL:', 'Null:x', 'nullx: y',
      ': x', '- : x', ':x', 'a: "open', "a: 'it''s'", 'a: "x" y', 'a: "x" # c', 'a: "x"# c', '"k": v', '"k" : v', '"k" v', '"open',
      'a: "esc \\" x"', "a: 'x'\r", 'a: b: "c', '-', '-\r', '- x\r', '#c\n  x: 1', '#c\nx: 1', 'a:\n  - b\n- c', 'a:\n- b', 'a:\n  b:\n    - c\n  d:\n  - e',
      `${' '.repeat(9)}x: 1`, `${' '.repeat(8)}x: 1`, `-${' '.repeat(9)}x`, `${' '.repeat(12)}`, 'a: \u00a0"x"', '- \u3000- x', 'null\u00a0: x', '\r\nx',
    ];
    for (const shape of shapes) assertAgrees(shape);
    for (const first of shapes) for (const second of shapes) assertAgrees(`${first}\n${second}`);
  });

  it('leaves a limit below one level to the whole nesting check, which refuses even an empty list', () => {
    const none = { ...DEFAULT_YAML_LIMITS, maxNestingDepth: 0 };
    assert.deepEqual(quickReadFields('title: Library\narea: Northfield\n', none), { title: 'Library', area: 'Northfield' });
    assert.equal(quickReadFields('title: Library\nlinks: []\n', none), undefined);
    assert.deepEqual(quickReadFields('title: Library\nlinks: []\n'), { title: 'Library', links: [] });
  });
});
