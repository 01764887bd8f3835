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
import { ANCHORED_PATTERNS, findPlaceholders, hasMatch, isBareScheme, isTemplateValue, isWholePlaceholder, matchesOf, mayHoldPlaceholders } from '../../../src/core/rules/frontMatter/placeholderText';
import { distinctWords, startsWithWords } from '../../../src/core/rules/frontMatter/socialTitle';
import { isPlainHttps } from '../../../src/core/rules/frontMatter/webAddresses';
import { parseDocument } from 'yaml';
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
    if (anchors) assert.equal(hasMatch(text, pattern, anchors), anchored.length > 0, `${pattern} in ${JSON.stringify(text.slice(0, 200))}`);
  }
}

/** The whole-value test, however it shortcuts, is the trimmed value being empty, template text or a bare scheme. */
function assertTemplateValueAgrees(text: string): void {
  assert.equal(isTemplateValue(text), text.trim() === '' || isWholePlaceholder(text) || isBareScheme(text), JSON.stringify(text));
}

/** The social title's words, however it finds them, are `[\p{L}\p{N}]+` in the lower-cased text, each once, in order. */
function assertWordsAgree(text: string): void {
  assert.deepEqual(distinctWords(text), [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])], JSON.stringify(text.slice(0, 200)));
}

/** A start of a title that startsWithWords accepts has only words of the title. */
function assertStartHasOnlyItsWords(title: string, start: string): void {
  if (!startsWithWords(title, start)) return;
  const words = distinctWords(title);
  assert.ok(distinctWords(start).every((word) => words.includes(word)), `${JSON.stringify(start)} of ${JSON.stringify(title)}`);
}

/** The usual address, however it is told: `https://`, no white space, a host up to `/`, `?` or `#` without `@` or `:`, dotted. */
function assertPlainHttpsAgrees(value: string): void {
  const host = value.slice(8).split(/[/?#]/, 1)[0];
  const slow = value.startsWith('https://') && !/\s/.test(value) && !/[@:]/.test(host) && /^[^.]+(\.[^.]+)+\.?$/.test(host);
  assert.equal(isPlainHttps(value), slow, JSON.stringify(value));
}

/** Each way YAML can write a text: plain, folded over lines, quoted, as a block. */
function yamlForms(text: string): string[] {
  const lines = text.split('\n');
  return [
    `title: ${text}`,
    `title: ${lines.join('\n  ')}`,
    `title: "${text.replace(/"/g, '')}"`,
    `title: '${text.replace(/'/g, "''")}'`,
    `title: >\n  ${lines.join('\n  ')}`,
    `title: |\n  ${lines.join('\n  ')}`,
    `og:\n  title: [${text.replace(/[[\]{},]/g, ' ')}]`,
  ];
}

/** Without a backslash, a front matter whose values hold a placeholder is one mayHoldPlaceholders says may hold one; how many did. */
function assertSourceShowsValuePlaceholders(text: string): number {
  let holding = 0;
  if (text.includes('\\')) return holding;
  for (const source of yamlForms(text)) {
    const document = parseDocument(source);
    if (document.errors.length > 0) continue;
    let data: unknown;
    try {
      data = document.toJS();
    } catch {
      continue; // an alias without its anchor (`*bold**`): the guarded read refuses it before any rule runs
    }
    const values: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') values.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(data);
    for (const allow of [false, true]) {
      if (findPlaceholders(values.join('\n'), allow).length === 0) continue;
      holding++;
      assert.ok(mayHoldPlaceholders(source, allow), `${JSON.stringify(source)} (example domains ${allow ? '' : 'not '}allowed)`);
    }
  }
  return holding;
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

  it('tell a whole template value as trimming it does', () => {
    for (const text of [...texts, ...texts.map((text) => text.slice(0, 12))]) assertTemplateValueAgrees(text);
    for (const text of ['', ' ', '\u00a0', 'Headline', ' headline ', 'HEADLINE', '\u00a0Area', 'Title', 'title.', 'Your headline here', 'https://', ' HTTP: ', 'www', 'Www.', 'wwww', 'K', '\u212aelvin', 'Full name']) assertTemplateValueAgrees(text);
  });

  it('tell the usual https address as taking it to pieces does', () => {
    const hosts = ['www.northshire.gov.uk', 'a.b', 'a.b.', '.a.b', 'a..b', 'localhost', 'user@a.b', 'a.b:8080', 'é.fr', 'a b.c', '[::1]', ''];
    const rests = ['', '/', '/news/a/', '?q=1', '#top', '/a b', '/a:b@c', '.', '\t'];
    for (const scheme of ['https://', 'http://', 'HTTPS://', 'https:/', '']) for (const host of hosts) for (const rest of rests) assertPlainHttpsAgrees(`${scheme}${host}${rest}`);
    for (const text of texts) assertPlainHttpsAgrees(`https://${text}`);
  });

  it('see every placeholder a value holds in the front matter’s source, however YAML writes the value', () => {
    let holding = 0;
    for (const text of texts.slice(0, 300)) holding += assertSourceShowsValuePlaceholders(text);
    assert.ok(holding > 300, `only ${holding} front matters held a placeholder`);
  });

  it('find the social title’s words as the Unicode pattern does, and accept only starts made of its words', () => {
    const titles = [...texts, ...texts.map((text) => text.toUpperCase()), 'ΟΔΟΣ ΚΛΕΙΣΤΗ', 'Straße İstanbul K\u212a', 'a—b', 'Road closed | Northshire Police'];
    for (const title of titles) {
      assertWordsAgree(title);
      for (let cut = 1; cut <= Math.min(title.length, 40); cut++) assertStartHasOnlyItsWords(title, title.slice(0, cut));
    }
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
    for (const text of ['', 'A&E AND NHS', "DON'T PANIC-NOW 24", 'MAN, 45, HELD', 'ab CD EF GH', 'ÉCOLE FERMÉE AUJOURD’HUI', 'X Y Z W V U T S', 'A-B C-D E-F G-H', "A'B C&D EF GHI", 'aB-C dE&F gHIJ KL', 'Ab Cd Ef Gh Ij Kl']) assertCapitalsAgree(text);
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
