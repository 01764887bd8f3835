// Suppression comments: each form in the front matter (YAML comments) and the body (HTML comments), unknown ids, guards.
import * as assert from 'node:assert/strict';
import { analyseRelease, builtInSchema, LineIndex, type ReleaseDiagnostic } from '../../../src/core';
import type { AnyRule } from '../../../src/core/rules';
import { NOW } from './ruleHarness';
import { noHeadlinePlaceholder, noTodo } from './testRules';

const CHECK = { kind: 'check', schema: undefined } as const;
const RULES: readonly AnyRule[] = [noTodo, noHeadlinePlaceholder];

const release = (frontMatter: string[], body: string[]) => ['---', ...frontMatter, 'area: Northshire', 'url: https://www.example.org/news/a/', 'publish:', '  date: 09:30 02/12/2026', '---', ...body, ''].join('\n');

function found(text: string, rules = RULES): string[] {
  const lines = new LineIndex(text);
  return analyseRelease(text, CHECK, builtInSchema(), { now: NOW, ruleSet: rules }).diagnostics.map((diagnostic: ReleaseDiagnostic) => {
    const start = lines.positionAt(diagnostic.startOffset);
    const end = lines.positionAt(diagnostic.endOffset);
    return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.code}${diagnostic.code === 'unknown-rule' ? ` ${diagnostic.message}` : ''}`;
  });
}

describe('suppression comments', () => {
  // Diagnostics come in position order, the schema's and the rules' together.
  it('finds both rules when nothing is suppressed', () => {
    const text = release(['title: Headline TODO'], ['TODO one', 'TODO two']);
    assert.deepEqual(found(text), ['1:7-1:15 no-headline-placeholder', '1:16-1:20 no-todo', '7:0-7:4 no-todo', '8:0-8:4 no-todo']);
  });

  it('# pressroom-disable-next-line <id> silences that rule on the next line only', () => {
    const text = release(['# pressroom-disable-next-line no-todo', 'title: Headline TODO'], ['TODO one']);
    assert.deepEqual(found(text), ['2:7-2:15 no-headline-placeholder', '8:0-8:4 no-todo']);
  });

  it('# pressroom-disable-line at the end of a line silences its own line; several ids, spaces or commas', () => {
    const text = release(['title: Headline TODO  # pressroom-disable-line no-todo, no-headline-placeholder'], ['TODO one']);
    assert.deepEqual(found(text), ['7:0-7:4 no-todo']);
  });

  it('with no ids a comment silences every rule', () => {
    const text = release(['title: Headline TODO # pressroom-disable-line'], ['TODO one']);
    assert.deepEqual(found(text), ['7:0-7:4 no-todo']);
  });

  it('# pressroom-disable-file silences the rule in the whole file, body included', () => {
    const text = release(['# pressroom-disable-file no-todo', 'title: Headline TODO'], ['TODO one', 'TODO two']);
    assert.deepEqual(found(text), ['2:7-2:15 no-headline-placeholder']);
  });

  it('a # inside a quoted or block value is text, not a comment', () => {
    const text = release(['title: "Headline # pressroom-disable-file"', 'note: |', '  # pressroom-disable-file', '  TODO'], []);
    assert.deepEqual(found(text).filter((line) => !line.includes('unknown-field')), ['1:8-1:16 no-headline-placeholder', '4:2-4:6 no-todo']);
  });

  it('<!-- pressroom-disable <id> --> … <!-- pressroom-enable <id> --> silences the stretch between them', () => {
    const text = release(['title: Headline'], ['TODO before', '<!-- pressroom-disable no-todo -->', 'TODO inside', 'Headline inside', '<!-- pressroom-enable no-todo -->', 'TODO after']);
    assert.deepEqual(found(text), ['1:7-1:15 no-headline-placeholder', '7:0-7:4 no-todo', '10:0-10:8 no-headline-placeholder', '12:0-12:4 no-todo']);
  });

  it('a disable of every rule with an enable of one lets that one through; without an enable it lasts to the end', () => {
    const text = release(['title: Release'], ['<!-- pressroom-disable -->', 'Headline TODO', '<!-- pressroom-enable no-todo -->', 'Headline TODO']);
    assert.deepEqual(found(text), ['10:9-10:13 no-todo']);
  });

  it('an enable of one rule ends its disable only; an enable of every rule ends them all', () => {
    const text = release(['title: Release'], ['<!-- pressroom-disable no-todo no-headline-placeholder -->', 'Headline TODO', '<!-- pressroom-enable no-todo -->', 'Headline TODO', '<!-- pressroom-enable -->', 'Headline TODO']);
    assert.deepEqual(found(text), ['10:9-10:13 no-todo', '12:0-12:8 no-headline-placeholder', '12:9-12:13 no-todo']);
  });

  it('<!-- pressroom-disable-next-line <id> --> and <!-- pressroom-disable-file --> in the body', () => {
    assert.deepEqual(found(release(['title: Release'], ['<!-- pressroom-disable-next-line no-todo -->', 'TODO one', 'TODO two'])), ['9:0-9:4 no-todo']);
    assert.deepEqual(found(release(['title: Headline TODO'], ['TODO one', '<!--pressroom-disable-file-->'])), []);
  });

  it('reports an id that no rule has on the id, with a did-you-mean, and it silences nothing', () => {
    const text = release(['# pressroom-disable-next-line no-tod', 'title: Release TODO'], ['<!-- pressroom-disable-line no-headline-placeholder, spelling -->Headline']);
    assert.deepEqual(found(text), [
      '1:30-1:36 unknown-rule This suppression comment names "no-tod", which is not a Pressroom rule, so it silences nothing; did you mean "no-todo"?',
      '2:15-2:19 no-todo',
      '8:53-8:61 unknown-rule This suppression comment names "spelling", which is not a Pressroom rule, so it silences nothing; the rules are listed in docs/rules/README.md.',
    ]);
  });

  it('never silences the schema’s or the front matter’s own problems', () => {
    const text = ['---', '# pressroom-disable-file', '# pressroom-disable-next-line', 'tittle: Headline TODO', 'url: https://www.example.org/news/a/', '---', ''].join('\n');
    const codes = analyseRelease(text, CHECK, builtInSchema(), { now: NOW, ruleSet: RULES }).diagnostics.map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes, ['missing-field', 'missing-field', 'missing-field', 'unknown-field']);
  });

  it('leaves directives it does not know (a misspelt directive, text after the comment) alone', () => {
    const text = release(['# pressroom-disable-nextline no-todo', '# pressroomdisable-file', 'title: Release TODO'], ['TODO <!-- not pressroom-disable --> there']);
    assert.deepEqual(found(text), ['3:15-3:19 no-todo', '9:0-9:4 no-todo']);
  });

  it('checks a 1 MB body, and a body of one 1 MB line full of suppression comments, and still finds and silences exactly', () => {
    const paragraphs = Array.from({ length: 20000 }, (_, index) => (index % 1000 === 0 ? 'A TODO line.' : 'A line of the body that says nothing much at all.'));
    const big = release(['title: Release'], [...paragraphs, '<!-- pressroom-disable no-todo -->', 'TODO']);
    assert.equal(found(big).length, 20);
    const comments = '<!-- pressroom-disable no-todo -->TODO<!-- pressroom-enable no-todo -->'.repeat(14000);
    const unclosed = '<!-- pressroom-disable no-todo '.repeat(2000);
    const line = release(['title: Release'], [comments + unclosed + 'TODO']);
    assert.ok(line.length > 1024 * 1024);
    assert.deepEqual(found(line), [`7:${comments.length + unclosed.length}-7:${comments.length + unclosed.length + 4} no-todo`]);
  });
});
