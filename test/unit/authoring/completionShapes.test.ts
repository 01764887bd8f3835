// Completion over schema shapes the built-in schema does not use: lists of plain values, const and
// JSON Schema `date` fields, and a parent the schema does not know.
import * as assert from 'node:assert/strict';
import { schemaOf } from '../testSchemas';
import { accept, complete, find, INPUTS, labels } from './helpers';

const SHAPES = schemaOf({
  type: 'object',
  properties: {
    tags: { type: 'array', items: { enum: ['health', 'transport'] } },
    kind: { const: 'release' },
    day: { type: 'string', format: 'date' },
  },
});

const completeWith = (marked: string) => complete(marked, INPUTS, SHAPES);

describe('completion: schema shapes beyond the built-in schema', () => {
  it('proposes the values of a list of plain values as whole items on an empty line', () => {
    const { text, proposals } = completeWith('---\ntags:\n  |\n---\n');
    assert.deepEqual(labels(proposals), ['health', 'transport']);
    assert.equal(accept(text, find(proposals, 'transport')), '---\ntags:\n  - transport\n---\n');
  });

  it('proposes the values after a dash, and nothing while a bare word is typed in the list', () => {
    assert.deepEqual(labels(completeWith('---\ntags:\n  - |\n---\n').proposals), ['health', 'transport']);
    assert.deepEqual(labels(completeWith('---\ntags:\n  he|\n---\n').proposals), []);
  });

  it('proposes the one value of a const field', () => {
    assert.deepEqual(labels(completeWith('---\nkind: |\n---\n').proposals), ['release']);
  });

  it('proposes today and tomorrow for a JSON Schema date field', () => {
    const { proposals } = completeWith('---\nday: |\n---\n');
    assert.deepEqual(
      proposals.map((proposal) => [proposal.label, proposal.detail]),
      [['2026-11-24', 'today'], ['2026-11-25', 'tomorrow']],
    );
  });

  it('proposes no keys under a field the schema does not describe', () => {
    assert.deepEqual(labels(completeWith('---\nunknown:\n  |\n---\n').proposals), []);
  });
});
