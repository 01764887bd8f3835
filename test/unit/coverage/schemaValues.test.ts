/** Values a schema allows that are not text (`enum: [1, 2, null]`, `const: true`) are written as YAML that reads back as them. */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { yamlValue } from '../../../src/core/yaml';
import { accept, complete, find, INPUTS } from '../authoring/helpers';
import { schemaOf } from '../testSchemas';

const schema = schemaOf({
  type: 'object',
  properties: {
    level: { enum: [1, 2, null, 'high'] },
    draft: { const: true },
    shape: { enum: [{ w: 1 }, [1, 2]] },
  },
});

describe('schema values that are not text', () => {
  it('yamlValue writes each kind so that YAML reads back the same value', () => {
    for (const value of [1, -2.5, 0, true, false, null, 'yes', '01632 960123', { w: 1 }, [1, 'a'], 'a: b']) {
      const written = yamlValue(value);
      assert.deepEqual(parse(`v: ${written}`), { v: value }, written);
    }
    assert.equal(yamlValue(3), '3');
    assert.equal(yamlValue(null), 'null');
    assert.equal(yamlValue({ w: 1 }), '{"w":1}');
    assert.equal(yamlValue(Number.NaN), 'null');
  });

  it('completion inserts numbers, null and objects as themselves, not as quoted text', () => {
    const { proposals } = complete('---\nlevel: |\n---\n', INPUTS, schema);
    assert.deepEqual(
      proposals.map((proposal) => [proposal.label, proposal.insertText]),
      [
        ['1', '1'],
        ['2', '2'],
        ['null', 'null'],
        ['high', 'high'],
      ],
    );
    const shapes = complete('---\nshape: |\n---\n', INPUTS, schema).proposals;
    assert.deepEqual(
      shapes.map((proposal) => proposal.insertText),
      ['{"w":1}', '[1,2]'],
    );
  });

  it('the key snippet offers the enum as YAML choices and writes a const as it is', () => {
    const { proposals } = complete('---\n|\n---\n', INPUTS, schema);
    assert.equal(find(proposals, 'level').insertText, 'level: ${1|1,2,null,high|}');
    assert.equal(find(proposals, 'draft').insertText, 'draft: true');
  });
});

describe('completing a contact\'s name in front matter the parser cannot read yet', () => {
  it('fills in only the fields the contact does not have, read from the lines', () => {
    // No closing `---`: there is no parsed document, so the written fields come from the lines.
    const { text, proposals } = complete('---\ncontacts:\n  - role: Spokesperson\n    name: |\n');
    assert.equal(accept(text, find(proposals, 'Jane Doe')), '---\ncontacts:\n  - role: Spokesperson\n    name: Jane Doe\n    phone: 01632 960123\n    email: jane.doe@example.org\n');
  });
});
