// A rule's fixes reach the quick fixes and "Fix all Pressroom problems" (the core's fixesFor / fixAllEdits), without overlaps.
import * as assert from 'node:assert/strict';
import { analyseRelease, builtInSchema } from '../../../src/core';
import { applyEdits, fixAllEdits, fixesFor } from '../../../src/core/authoring';
import type { AnyRule } from '../../../src/core/rules';
import { NOW } from './ruleHarness';
import { noHeadlinePlaceholder, noTodo } from './testRules';

const CHECK = { kind: 'check', schema: undefined } as const;
const TEXT = ['---', 'title: Headline TODO', 'area: Northshire', 'url: https://www.example.org/news/a/', 'publish:', '  date: 09:30 02/12/2026', '---', 'The library TODO opens later.', ''].join('\n');

function analysis(text: string, rules: readonly AnyRule[]) {
  return analyseRelease(text, CHECK, builtInSchema(), { now: NOW, ruleSet: rules });
}

describe('rule fixes', () => {
  it('are offered for their diagnostics, as the rule wrote them', () => {
    const { parsed, schema, diagnostics } = analysis(TEXT, [noTodo]);
    const fixes = fixesFor(parsed, schema, diagnostics, { now: NOW });
    assert.deepEqual(
      fixes.map((fix) => [fix.id, fix.title, fix.edits, fix.inFixAll, fix.isPreferred, fix.diagnostics]),
      [
        ['rule-fix', 'Remove "TODO"', [{ startOffset: 20, endOffset: 24, newText: '' }], true, false, [diagnostics[0]]],
        ['rule-fix', 'Remove "TODO"', [{ startOffset: 129, endOffset: 133, newText: '' }], true, false, [diagnostics[1]]],
      ],
    );
  });

  it('join fix-all when they need no decision, beside the schema’s own fixes', () => {
    const text = TEXT.replace('area: Northshire\n', '').replace('09:30 02/12/2026', '2026-12-02 09:30');
    const { parsed, schema, diagnostics } = analysis(text, [noTodo]);
    const fixed = applyEdits(text, fixAllEdits(parsed, schema, diagnostics, { now: NOW }));
    assert.equal(fixed, ['---', 'title: Headline ', 'url: https://www.example.org/news/a/', 'publish:', '  date: 09:30 02/12/2026', '---', 'The library  opens later.', ''].join('\n'));
  });

  it('stay out of fix-all when the rule says they need a decision', () => {
    const { parsed, schema, diagnostics } = analysis(TEXT, [noTodo]);
    const off = analysis(TEXT, [{ ...noTodo, defaults: { word: 'TODO', fixAll: false } }]);
    assert.equal(fixAllEdits(parsed, schema, diagnostics, { now: NOW }).length, 2);
    assert.deepEqual(fixAllEdits(off.parsed, off.schema, off.diagnostics, { now: NOW }), []);
  });

  it('never apply two edits to the same text in fix-all, nor write the same key twice', () => {
    const twice: AnyRule = { ...noTodo, id: 'no-todo-again' };
    const { parsed, schema, diagnostics } = analysis(TEXT, [noTodo, twice]);
    assert.equal(diagnostics.length, 4);
    assert.deepEqual(fixAllEdits(parsed, schema, diagnostics, { now: NOW }), [
      { startOffset: 20, endOffset: 24, newText: '' },
      { startOffset: 129, endOffset: 133, newText: '' },
    ]);
    const writer = (id: string, at: number): AnyRule => ({
      ...noTodo,
      id,
      check: () => [{ message: 'Add og.url.', startOffset: 0, endOffset: 3, fixes: [{ title: 'Add og.url', edits: [{ startOffset: at, endOffset: at, newText: 'x' }], inFixAll: true, writesKeys: [['og', 'url']] }] }],
    });
    const both = analysis(TEXT, [writer('first', 30), writer('second', 40)]);
    assert.deepEqual(fixAllEdits(both.parsed, both.schema, both.diagnostics, { now: NOW }), [{ startOffset: 30, endOffset: 30, newText: 'x' }]);
  });

  it('that select a placeholder become a snippet with the span as its placeholder', () => {
    const { parsed, schema, diagnostics } = analysis(TEXT, [noHeadlinePlaceholder]);
    const [fix] = fixesFor(parsed, schema, diagnostics, { now: NOW });
    assert.deepEqual(fix.snippet, { startOffset: 11, endOffset: 19, snippet: '${1:Headline}' });
    const edited: AnyRule = {
      ...noHeadlinePlaceholder,
      check: () => [
        {
          message: 'Write the headline.',
          startOffset: 11,
          endOffset: 19,
          fixes: [{ title: 'Replace', edits: [{ startOffset: 11, endOffset: 19, newText: 'Your $1 headline' }], inFixAll: false, select: { startOffset: 19, endOffset: 27 } }],
        },
      ],
    };
    const second = analysis(TEXT, [edited]);
    assert.deepEqual(fixesFor(second.parsed, second.schema, second.diagnostics, { now: NOW })[0].snippet, { startOffset: 11, endOffset: 19, snippet: 'Your \\$1 ${1:headline}' });
  });

  it('that select a span no snippet can express apply their edits without a selection', () => {
    const select = (fixes: { edits: { startOffset: number; endOffset: number; newText: string }[]; select: { startOffset: number; endOffset: number } }) => {
      const rule: AnyRule = { ...noHeadlinePlaceholder, check: () => [{ message: 'Write the headline.', startOffset: 11, endOffset: 19, fixes: [{ title: 'Fix', inFixAll: false, ...fixes }] }] };
      const { parsed, schema, diagnostics } = analysis(TEXT, [rule]);
      return fixesFor(parsed, schema, diagnostics, { now: NOW })[0].snippet;
    };
    const edit = { startOffset: 11, endOffset: 19, newText: 'New' };
    assert.equal(select({ edits: [edit, { ...edit, startOffset: 25, endOffset: 25 }], select: { startOffset: 11, endOffset: 12 } }), undefined, 'two edits');
    assert.equal(select({ edits: [edit], select: { startOffset: 11, endOffset: 20 } }), undefined, 'past the new text');
    assert.equal(select({ edits: [edit], select: { startOffset: 5, endOffset: 12 } }), undefined, 'before the edit');
    assert.equal(select({ edits: [], select: { startOffset: 5, endOffset: 1e6 } }), undefined, 'past the text');
    assert.equal(select({ edits: [], select: { startOffset: 9, endOffset: 5 } }), undefined, 'backwards');
  });
});
