import * as assert from 'node:assert/strict';
import { convertAllDetail, convertAllQuestion, convertAllSummary } from '../../../src/vscode/convertAllMessages';

const TRANSCRIPT = { name: 'inbox/interview.txt', reason: 'looks like a transcript, not a release' };

describe('converting every plain-text release: the question and the summary', () => {
  it('asks about one release or several', () => {
    assert.equal(convertAllQuestion(1), 'Create 1 Markdown release beside its .txt file?');
    assert.equal(convertAllQuestion(1_204), 'Create 1,204 Markdown releases beside their .txt files?');
  });

  it('says the .txt files stay, and names what is not converted and why', () => {
    const kept = 'Each .txt file is left as it is, and no file is overwritten. Fields not found in the text are left empty with a TODO comment.';
    assert.equal(convertAllDetail([]), kept);
    assert.equal(convertAllDetail([TRANSCRIPT]), `${kept}\n\nNot converted: inbox/interview.txt (looks like a transcript, not a release).`);
  });

  it('names five files left alone at most, and counts the others', () => {
    const skipped = Array.from({ length: 7 }, (_, index) => ({ name: `a${index}.txt`, reason: `a${index}.md already exists` }));
    assert.equal(
      convertAllSummary(3, skipped),
      'Pressroom: created 3 Markdown releases beside their .txt files; not converted: a0.txt (a0.md already exists), a1.txt (a1.md already exists), a2.txt (a2.md already exists), a3.txt (a3.md already exists), a4.txt (a4.md already exists), and 2 others.',
    );
    assert.match(convertAllSummary(1, skipped.slice(0, 6)), /a4\.md already exists\), and 1 other\.$/);
  });

  it('sums up a run that created all, or none', () => {
    assert.equal(convertAllSummary(1, []), 'Pressroom: created 1 Markdown release beside its .txt file.');
    assert.equal(convertAllSummary(0, [TRANSCRIPT]), 'Pressroom: no Markdown release was created; not converted: inbox/interview.txt (looks like a transcript, not a release).');
  });
});
