import * as assert from 'node:assert/strict';
import { parsePreviewState, parseWebviewMessage } from '../../../src/core/render';

describe('parseWebviewMessage', () => {
  it('accepts each message shape and copies only known fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.org/', target: '_blank' }), {
      type: 'openLink',
      href: 'https://example.org/',
    });
    assert.deepEqual(
      parseWebviewMessage({ type: 'revealRange', range: { start: { line: 3, character: 2, x: 1 }, end: { line: 3, character: 9 } } }),
      { type: 'revealRange', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } } },
    );
  });

  const rejected: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', { href: 'https://example.org/' }],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a non-string type', { type: 1 }],
    ['openLink without href', { type: 'openLink' }],
    ['openLink with a number', { type: 'openLink', href: 42 }],
    ['openLink with an empty href', { type: 'openLink', href: '' }],
    ['openLink with a huge href', { type: 'openLink', href: `https://example.org/${'a'.repeat(9000)}` }],
    ['revealRange without range', { type: 'revealRange' }],
    ['revealRange with a negative line', { type: 'revealRange', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }],
    ['revealRange with a fraction', { type: 'revealRange', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } }],
    ['revealRange with NaN', { type: 'revealRange', range: { start: { line: NaN, character: 0 }, end: { line: 2, character: 0 } } }],
    ['revealRange with a string line', { type: 'revealRange', range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } } }],
    ['revealRange with a huge line', { type: 'revealRange', range: { start: { line: 1e12, character: 0 }, end: { line: 1e12, character: 0 } } }],
    ['revealRange ending before it starts', { type: 'revealRange', range: { start: { line: 4, character: 0 }, end: { line: 2, character: 0 } } }],
    ['revealRange ending before it starts on one line', { type: 'revealRange', range: { start: { line: 4, character: 5 }, end: { line: 4, character: 1 } } }],
    ['revealRange with an array range', { type: 'revealRange', range: [0, 0, 1, 1] }],
  ];
  for (const [name, value] of rejected) {
    it(`refuses ${name}`, () => assert.equal(parseWebviewMessage(value), undefined));
  }
});

describe('parsePreviewState', () => {
  it('keeps a document uri and a scroll position', () => {
    assert.deepEqual(parsePreviewState({ documentUri: 'file:///press/one.md', scrollY: 120, other: true }), {
      documentUri: 'file:///press/one.md',
      scrollY: 120,
    });
    assert.deepEqual(parsePreviewState({ documentUri: 'untitled:Untitled-1', scrollY: -5 }), { documentUri: 'untitled:Untitled-1' });
  });

  it('refuses anything else', () => {
    for (const value of [undefined, null, 'file:///a.md', {}, { documentUri: 3 }, { documentUri: '' }, { documentUri: 'not a uri' }]) {
      assert.equal(parsePreviewState(value), undefined, JSON.stringify(value));
    }
  });
});
