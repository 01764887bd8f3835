/**
 * The outline against markdown-it's full parse: every paragraph, heading and table cell, with its
 * kind, level, place and text, on the real corpus and on generated bodies of the shapes releases use.
 * Accepted differences (not generated here): a lone `\r` is a line break to markdown-it but not to the
 * outline; a fence opened inside a list item and followed, after a blank line, by a top-level fence.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../../../src/core';
import { markdown } from '../../../../src/core/render/markdown';
import { blocksOfTokens, mayHoldHeading, outlineOf, type OutlineBlock } from '../../../../src/core/rules/body/bodyOutline';
import { describeWithSharedData, filesBelow } from '../../sharedData';

const serialised = (block: OutlineBlock) => JSON.stringify([block.kind, block.level, block.topLevel, block.firstLine, block.lastLine, block.content]);

/** The full markdown-it parse's blocks, read from its tokens as the outline reads a chunk's. */
function viaMarkdownIt(body: string): string[] {
  return blocksOfTokens(markdown().parse(body, {})).map(serialised);
}

function viaOutline(body: string): string[] {
  return outlineOf(body, 0).blocks.map(serialised);
}

/** Pieces of release bodies, joined at random (seeded, so a failure repeats). */
const PIECES = [
  'The council agreed the budget today.',
  'A paragraph over\ntwo lines, the second    \nwith a hard break before it.',
  '## Opening hours',
  '### Weekends ###',
  '# # #',
  '###',
  'ENDS',
  'Hours\n=====',
  'Weekends\n---',
  '***',
  '- - -',
  '```\n# not a heading\n\n```',
  '~~~~ text\n## inside\n~~~~',
  '    indented code\n    # still code',
  'Text\n    indented continuation',
  '- one\n- two\n\n- three, loose',
  '* item\nlazy continuation',
  '1. first\n2. second\n   ## heading in item',
  '2020. A year that began with a number.',
  '> quoted\nlazy line\n\n> ## quoted heading',
  '| Day | Hours |\n| --- | --- |\n| Sat | 9-5 |',
  'A | B without a table',
  '[ref]: https://www.example.gov.uk/a "Title"\n\n[ref] in use.',
  '**Notes to editors**',
  'Media enquiries: Jane Doe, 01632 960123',
  '  Indented by two.',
  '\tTab indented.',
  'Trailing no-break space\u00a0\u00a0',
  'A line\r\nin CRLF\r\n\r\n## CRLF heading',
  '<!-- pressroom-disable lede-length -->',
  '#hashtag is text',
  '####### seven is text',
];

function generated(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const parts: string[] = [];
  for (let count = 3 + (next() % 8); count > 0; count--) {
    parts.push(PIECES[next() % PIECES.length]);
    parts.push(['\n\n', '\n', '\n\n\n'][next() % 3]);
  }
  return parts.join('');
}

/** The blocks read one at a time, `first` of them before the rest are asked for all at once. */
function readInTurn(body: string, first: number): string[] {
  const outline = outlineOf(body, 0);
  const early: OutlineBlock[] = [];
  for (let index = 0; index < first; index++) {
    const block = outline.blockAt(index);
    if (block) early.push(block);
  }
  assert.deepEqual(outline.blocks.slice(0, early.length), early, 'a block read early is the one the whole read keeps');
  return outline.blocks.map(serialised);
}

/** Headings in the containers markdown-it allows them in: Setext underlines after quote markers, list indents and tabs. */
const HEADINGS_IN_CONTAINERS = ['- item\n  ---', '> quote\n> ===', '> quote\n>---', '1. # In a list', '1. > a\n   > ---', '- a\n\n  b\n  ===', '> Quote\n>\t===', '1. a\n\t===', '* x\n\t---', '  Indented\n  ==='];

describe('body outline', () => {
  it('gives the same blocks and references read one at a time, part way or whole', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const body = generated(seed);
      const whole = viaOutline(body);
      for (const first of [1, 2, 5, 100]) assert.deepEqual(readInTurn(body, first), whole, JSON.stringify(body));
      const early = outlineOf(body, 0);
      early.blockAt(0);
      assert.deepEqual(early.env, outlineOf(body, 0).env, JSON.stringify(body));
    }
  });

  it('may hold a heading wherever markdown-it finds one, and holds none in plain paragraphs', () => {
    const bodies = [...Array.from({ length: 500 }, (_, seed) => generated(seed + 1)), ...PIECES, ...HEADINGS_IN_CONTAINERS];
    let headings = 0;
    for (const body of bodies) {
      if (!markdown().parse(body, {}).some((token) => token.type === 'heading_open')) continue;
      headings++;
      assert.ok(mayHoldHeading(outlineOf(body, 0)), JSON.stringify(body));
    }
    assert.ok(headings > 10, `only ${headings} bodies had a heading`);
    for (const body of HEADINGS_IN_CONTAINERS) assert.ok(markdown().parse(body, {}).some((token) => token.type === 'heading_open'), `not a heading to markdown-it: ${JSON.stringify(body)}`);
    assert.equal(mayHoldHeading(outlineOf('The council agreed the budget today.\n\nMore detail, with a - dash and = sign.\n\n**Notes to editors**', 0)), false);
  });


  it('agrees with markdown-it on 500 generated bodies', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const body = generated(seed);
      assert.deepEqual(viaOutline(body), viaMarkdownIt(body), JSON.stringify(body));
    }
  });

  it('agrees with markdown-it on each piece alone', () => {
    for (const piece of PIECES) assert.deepEqual(viaOutline(piece), viaMarkdownIt(piece), JSON.stringify(piece));
  });

  it('reads a body of brackets, or of one long line, as one paragraph', () => {
    const brackets = '['.repeat(50_000);
    assert.deepEqual(viaOutline(brackets), viaMarkdownIt(brackets));
    assert.deepEqual(outlineOf('word '.repeat(200_000), 0).blocks.map((block) => [block.kind, block.firstLine, block.lastLine]), [['paragraph', 0, 0]]);
  });
});

describeWithSharedData('body outline on the real corpus', (root) => {
  it('agrees with markdown-it on every release body in corpus/ and samples/', () => {
    const files = [...filesBelow(path.join(root, 'corpus')), ...filesBelow(path.join(root, 'samples'))];
    assert.ok(files.length > 100, `only ${files.length} files`);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const body = text.slice(parseRelease(text).bodyStart);
      assert.deepEqual(viaOutline(body), viaMarkdownIt(body), path.relative(root, file));
      assert.deepEqual(readInTurn(body, 3), viaOutline(body), path.relative(root, file));
      if (markdown().parse(body, {}).some((token) => token.type === 'heading_open')) assert.ok(mayHoldHeading(outlineOf(body, 0)), path.relative(root, file));
    }
  });
});
