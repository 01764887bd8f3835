import * as assert from 'node:assert/strict';
import { analyseRelease, builtInSchema } from '../../../src/core';

const decision = { kind: 'check', schema: undefined } as const;
const now = new Date('2026-12-02T09:00:00Z');

function messages(lines: readonly string[]): string[] {
  const text = ['---', ...lines, '---', '', 'The library opens late on Thursdays from January, the council said today.', '', 'Media enquiries: Jane Doe, 01632 960123'].join('\n');
  return analyseRelease(text, decision, builtInSchema(), { now }).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.path.join('.')}`);
}

describe('one message per value: the schema and the rules', () => {
  it('a value the schema reports gets no rule finding as well', () => {
    // A bare address on a reserved example domain: the schema's invalid-format only, not also placeholders.
    assert.deepEqual(messages(['title: Library opens late on Thursdays', 'area: Northshire', 'url: www.example.org/news/library/', 'publish:', '  date: 09:30 02/12/2026']), ['invalid-format url']);
  });

  it('a value the schema accepts still gets the rule finding', () => {
    assert.deepEqual(messages(['title: Library opens late on Thursdays', 'area: Northshire', 'url: https://www.example.org/news/library/', 'publish:', '  date: 09:30 02/12/2026']), ['placeholders url']);
  });
});
