// Completion at a snippet's selected placeholder (the `release` snippet's `Area`, issue 13): the cursor is at the
// end of the selection, and the proposals replace the whole placeholder.
import * as assert from 'node:assert/strict';
import { complete, NOW } from './helpers';

const shape = (marked: string, areas: string[]) =>
  complete(marked, { now: NOW, areas }).proposals.map((proposal) => ({
    label: proposal.label,
    filterText: proposal.filterText,
    range: [proposal.startOffset, proposal.endOffset],
    insertText: proposal.insertText,
  }));

describe('completion at a selected placeholder', () => {
  // `area: ` ends at offset 49; the placeholder `Area` runs to 53.
  const RELEASE = '---\ntitle: Headline\narea: Area|\nurl: https://\npublish:\n  date: 09:00 24/11/2026\n---\n\n\n\nENDS\n';

  it('proposes the areas, most used first, each replacing the placeholder, and never the placeholder itself', () => {
    assert.equal(RELEASE.indexOf('Area|'), 26);
    assert.deepEqual(shape(RELEASE, ['Northshire', 'Area', 'Southshire', '<img src=x onerror=alert(1)>']), [
      { label: 'Northshire', filterText: 'Northshire', range: [26, 30], insertText: 'Northshire' },
      { label: 'Southshire', filterText: 'Southshire', range: [26, 30], insertText: 'Southshire' },
    ]);
  });

  it('proposes the same areas over the placeholder as after `area: `, where nothing is typed yet', () => {
    const empty = shape(RELEASE.replace('Area|', '|'), ['Northshire', 'Southshire']);
    assert.deepEqual(empty, [
      { label: 'Northshire', filterText: 'Northshire', range: [26, 26], insertText: 'Northshire' },
      { label: 'Southshire', filterText: 'Southshire', range: [26, 26], insertText: 'Southshire' },
    ]);
  });

  it('writes an area that needs quotes so that it reads back as the area', () => {
    assert.deepEqual(shape(RELEASE, ['Northshire: East']), [{ label: 'Northshire: East', filterText: 'Northshire: East', range: [26, 30], insertText: '"Northshire: East"' }]);
  });
});
