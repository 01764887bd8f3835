import * as assert from 'node:assert/strict';
import { complete, NOW } from './helpers';

const SAM = { name: 'Sam Taylor', phone: '01632 960456' };
const detailed = (marked: string, contacts?: (typeof SAM)[]) =>
  complete(marked, { now: NOW, areas: [], ...(contacts ? { contacts } : {}) }).proposals.map((proposal) => [proposal.label, proposal.detail]);

describe('completion: media contacts without a role, or none at all', () => {
  it('describes a contact without a role as a plain media contact, as an item and as a name', () => {
    assert.deepEqual(detailed('---\ncontacts:\n  |\n---\n', [SAM]), [['Sam Taylor', 'media contact'], ['- (new item)', 'a new list item']]);
    assert.deepEqual(detailed('---\ncontacts:\n  - name: |\n---\n', [SAM]), [['Sam Taylor', 'media contact']]);
  });

  it('proposes only a new item, and no names, when no contacts are known', () => {
    assert.deepEqual(detailed('---\ncontacts:\n  |\n---\n'), [['- (new item)', 'a new list item']]);
    assert.deepEqual(detailed('---\ncontacts:\n  - name: |\n---\n'), []);
  });
});
