/** Completion on the edges: project schemas the built-in one does not exercise, and half-typed front matter. */
import * as assert from 'node:assert/strict';
import type { CompletionProposal } from '../../../src/core/authoring';
import { complete, INPUTS } from '../authoring/helpers';
import { schemaOf } from '../testSchemas';

const schema = schemaOf({
  type: 'object',
  properties: {
    tags: { type: 'array' },
    words: { type: 'array', items: { type: 'string', enum: ['north', 'south'] } },
    level: { type: 'object', properties: { depth: { type: 'string' } } },
    name: { type: 'string' },
  },
});

/** Each proposal as [label, insertText, startOffset, endOffset]. */
const shown = (proposals: readonly CompletionProposal[]) => proposals.map((proposal) => [proposal.label, proposal.insertText, proposal.startOffset, proposal.endOffset]);

describe('completion: edges of project schemas and half-typed front matter', () => {
  it('proposes nothing for a list whose schema has no items, after its colon or on its next line', () => {
    assert.deepEqual(shown(complete('---\ntags: |\n---\n', INPUTS, schema).proposals), []);
    assert.deepEqual(shown(complete('---\ntags:\n  - |\n---\n', INPUTS, schema).proposals), []);
  });

  it('proposes a list\'s values after a dash, and nothing once text is typed after the list\'s colon', () => {
    assert.deepEqual(shown(complete('---\nwords:\n  - |\n---\n', INPUTS, schema).proposals), [
      ['north', 'north', 15, 15],
      ['south', 'south', 15, 15],
    ]);
    assert.deepEqual(shown(complete('---\nwords: no|\n---\n', INPUTS, schema).proposals), []);
  });

  it('proposes no value for an object field without an enum, and no key under a text field', () => {
    assert.deepEqual(shown(complete('---\nlevel: |\n---\n', INPUTS, schema).proposals), []);
    assert.deepEqual(shown(complete('---\nname: Sam\n  |\n---\n', INPUTS, schema).proposals), []);
  });

  it('completes a contact\'s name in front matter that is not closed yet (no parsed document)', () => {
    const { proposals } = complete('---\ncontacts:\n  - name: |');
    assert.deepEqual(shown(proposals), [['Jane Doe', 'Jane Doe\n    role: Press Officer\n    phone: 01632 960123\n    email: jane.doe@example.org', 24, 24]]);
  });

  it('offers og:title the headline read from a document that does not parse as data yet', () => {
    const { proposals } = complete('---\ntitle: Library opens\nbad: x: y\nog:\n  title: |\n---\n');
    assert.deepEqual(
      proposals.map((proposal) => [proposal.label, proposal.detail, proposal.insertText, proposal.startOffset]),
      [['Library opens', 'same as title', 'Library opens', 48]],
    );
  });

  it('offers og:title nothing when the headline is empty, not text, or missing from the schema', () => {
    for (const title of ['title: ""', 'title: 5', 'title:\n  a: b']) {
      assert.deepEqual(shown(complete(`---\n${title}\nog:\n  title: |\n---\n`).proposals), [], title);
      assert.deepEqual(shown(complete(`---\n${title}\nbad: x: y\nog:\n  title: |\n---\n`).proposals), [], `${title}, unparsed`);
    }
    const noHeadline = schemaOf({ type: 'object', properties: { og: { type: 'object', properties: { title: { type: 'string' } } } } });
    assert.deepEqual(shown(complete('---\nog:\n  title: |\n---\n', INPUTS, noHeadline).proposals), []);
  });

  it('replaces a single-quoted value up to its closing quote, past doubled quotes, before a comment or trailing spaces', () => {
    const ranges = (marked: string) => complete(marked).proposals.map((proposal) => [proposal.label, proposal.startOffset, proposal.endOffset]);
    assert.deepEqual(ranges("---\narea: 'It''s|' # note\n---\n"), [['Northshire', 10, 17], ['Southshire', 10, 17]]);
    assert.deepEqual(ranges("---\narea: 'a''|b''c' # x\n---\n"), [['Northshire', 10, 19], ['Southshire', 10, 19]]);
    assert.deepEqual(ranges("---\narea: 'Nor|th'   \n---\n"), [['Northshire', 10, 17], ['Southshire', 10, 17]]);
    assert.deepEqual(ranges("---\narea: 'North|\n---\n"), [['Northshire', 10, 16], ['Southshire', 10, 16]]);
  });
});
