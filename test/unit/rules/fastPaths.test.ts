/**
 * The rules' shortcuts against the slow way they stand for: placeholder patterns tried only at their
 * anchors against the plain global scan, the plain reading of a paragraph against markdown-it's inline
 * parse, and end marks found past the quick rejection against convert's own test, on generated texts
 * and on the real corpus.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEndMark } from '../../../src/core/convert/endMarks';
import { markdown } from '../../../src/core/render/markdown';
import { plainReadingOf, plainText } from '../../../src/core/rules/body/bodyInline';
import { outlineOf } from '../../../src/core/rules/body/bodyOutline';
import { bodyLayout } from '../../../src/core/rules/body/endMarks';
import { wordCount } from '../../../src/core/rules/body/ledeLength';
import { isInCapitals } from '../../../src/core/rules/frontMatter/headlineCapitals';
import { ANCHORED_PATTERNS, matchesOf } from '../../../src/core/rules/frontMatter/placeholderText';
import { describeWithSharedData, filesBelow } from '../sharedData';

const PIECES = [
  'lorem ipsum', 'Lorem Ipsum', 'LOREM IPSUM', 'xlorem ipsum', 'lorem ipsumx', 'lorem  ipsum', 'ipsum', 'lorem\nipsum',
  'TODO', 'TODOS', 'todo', 'TBC', 'TBA.', 'TBD', 'TB', 'FIXME', 'XXX', 'XXXX', 'aXXX', 'XX', '_TODO_',
  '[Insert name]', '[name](x.md)', '[Name][ref]', '[email protected]', '[Date: TBC]', '[[Name]]', '[your quote here]',
  'example.com', 'myexample.com', 'a.example', 'sub.example.org', 'EXAMPLE.ORG', 'example.co.uk', 'x.example.', 'example.net/a',
  'Mr Smith said.', 'e.', '.e', 'İstanbul', 'Straße', 'K', ' ', '\n', '\n\n', '\t', '*', '_', '`code`', '**bold**', 'a  \nb',
  'https://www.northshire.gov.uk/a/', 'www.northshire.gov.uk', 'press@northshire.gov.uk', 'call 01632 960123', '&amp;', '\\*',
  'ENDS', '- ENDS -', '[ENDS]', 'End of media release', '###', '-30-', 'Ends.', 'ends here', '—30—', 'Notes to editors',
];

/** Texts of random pieces, seeded, so a failure repeats. */
function generated(count: number, seed = 7): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : ''));
}

function plainScan(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

function assertPlaceholderScansAgree(text: string): void {
  for (const { pattern, anchors } of ANCHORED_PATTERNS) {
    const anchored = matchesOf(text, pattern, anchors).map((match) => `${match.index}:${match[0]}`);
    assert.deepEqual(anchored, plainScan(text, pattern), `${pattern} in ${JSON.stringify(text.slice(0, 200))}`);
  }
}

/** When the plain reading answers, it is what markdown-it reads, and markdown-it read nothing but text. */
function assertPlainReadingAgrees(content: string): void {
  const plain = plainReadingOf(content);
  if (plain === undefined) return;
  const children = markdown().parseInline(content, {})[0]?.children ?? [];
  assert.equal(plain, plainText(children), JSON.stringify(content));
  assert.ok(children.every((child) => ['text', 'softbreak', 'hardbreak'].includes(child.type)), JSON.stringify(content));
}

/** The lede's word count, however it counts, is the words (between white space) with a letter or digit in them. */
function assertWordCountAgrees(text: string): void {
  const slow = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  assert.equal(wordCount(text), slow, JSON.stringify(text.slice(0, 200)));
}

/** The headline-capitals test, however it reads the words, is the share of letters in words written all in capitals. */
function assertCapitalsAgree(text: string): void {
  let letters = 0;
  let capitalLetters = 0;
  let capitalWords = 0;
  for (const word of text.match(/[\p{L}\p{N}&'’-]+/gu) ?? []) {
    const cased = word.replace(/[^\p{Lu}\p{Ll}]/gu, '');
    letters += cased.length;
    if (cased.length >= 2 && cased === cased.toUpperCase()) {
      capitalLetters += cased.length;
      capitalWords++;
    }
  }
  const slow = letters >= 8 && capitalWords >= 2 && capitalLetters / letters >= 0.6;
  assert.equal(isInCapitals(text), slow, JSON.stringify(text.slice(0, 200)));
}

function assertEndMarksAgree(body: string, marks: readonly string[]): void {
  const outline = outlineOf(body, 0);
  const layout = bodyLayout(outline, marks);
  // The last line that is an end mark by convert's test or by an office mark, read without shortcuts.
  let expected: string | undefined;
  for (const row of outline.rows) {
    const raw = body.slice(row.start, row.end);
    if (raw.trim() === '') continue;
    const bare = raw.trim().replace(/^[[(*_-]+\s*|\s*[\])*_-]+$/g, '').toLowerCase();
    const byOffice = marks.some((mark) => mark.trim() !== '' && (raw.trim().toLowerCase() === mark.trim().toLowerCase() || bare === mark.trim().toLowerCase()));
    if (isEndMark(raw) || byOffice) expected = raw.trim();
  }
  assert.equal(layout.endMark?.text, expected, JSON.stringify(body));
}

describe('the rules’ shortcuts', () => {
  const texts = generated(3000);

  it('find the same placeholders as the plain patterns', () => {
    for (const text of texts) assertPlaceholderScansAgree(text);
  });

  it('read a paragraph as markdown-it does, or leave it to markdown-it', () => {
    let answered = 0;
    for (const text of texts) {
      for (const block of outlineOf(text, 0).blocks) {
        assertPlainReadingAgrees(block.content);
        if (plainReadingOf(block.content) !== undefined) answered++;
      }
    }
    assert.ok(answered > 100, `only ${answered} paragraphs were read plainly`);
  });

  it('count the lede’s words as splitting at white space does, in ASCII and beyond', () => {
    for (const text of texts) assertWordCountAgrees(text);
    for (const text of ['', ' ', 'a', ' a ', 'a\u000bb\fc\rd', '- – 5', 'A_b c-d', '\u00a0word', 'Z@ [ ` {', 'İstanbul Straße', '— ’ « »', 'a\u3000b\u2028c\ufeffd', '\u{1d400}\u{1d401} 😀 x😀', '\ud835 \udc00', '١٢٣ ٤']) assertWordCountAgrees(text);
  });

  it('tell a headline in capitals as reading its words does, in ASCII and beyond', () => {
    const headlines = [...texts, ...texts.map((text) => text.toUpperCase())];
    for (const text of headlines) assertCapitalsAgree(text);
    for (const text of ['', 'A&E AND NHS', "DON'T PANIC-NOW 24", 'MAN, 45, HELD', 'ab CD EF GH', 'ÉCOLE FERMÉE AUJOURD’HUI', 'X Y Z W V U T S']) assertCapitalsAgree(text);
    assert.ok(headlines.some((text) => isInCapitals(text)) && headlines.some((text) => !isInCapitals(text)));
  });

  it('find the same end marks as the full test, for the default marks and an office’s own', () => {
    const lines = generated(400, 11).map((text) => text.split('\n').join(' '));
    for (const marks of [['ENDS', '###', '-30-'], ['—30—', 'Fin', 'K']]) {
      for (let i = 0; i < lines.length; i += 8) assertEndMarksAgree(lines.slice(i, i + 8).join('\n\n'), marks);
    }
  });
});

describeWithSharedData('the rules’ shortcuts on the real corpus', (root) => {
  const files = filesBelow(path.join(root, 'corpus')).filter((file) => /\.(md|txt)$/.test(file));

  it('agree with the slow way on every release', () => {
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assertPlaceholderScansAgree(text);
      for (const block of outlineOf(text, 0).blocks) {
        assertPlainReadingAgrees(block.content);
        assertWordCountAgrees(block.content);
      }
      assertEndMarksAgree(text, ['ENDS', '###', '-30-']);
    }
  });
});
