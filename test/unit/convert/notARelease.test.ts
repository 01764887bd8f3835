import * as assert from 'node:assert/strict';
import { detectNotARelease } from '../../../src/core/convert/transcript';

const TURNS = ['JANE DOE: We have opened the library.', 'JOHN ROE: When does it open?', 'JANE DOE: On Monday.', 'JOHN ROE: Thank you.', 'JANE DOE: Thank you.', 'JOHN ROE: Goodbye.'];
const PROSE = Array<string>(20).fill('The library opens on Monday with longer hours.');

describe('detectNotARelease: transcripts and speeches without a heading', () => {
  it('calls six turns by two speakers a transcript when they are a quarter of the lines', () => {
    assert.deepEqual(detectNotARelease(TURNS), { kind: 'transcript', reason: 'looks like a transcript, not a release: 6 speaker turns by 2 speakers' });
  });

  it('calls them a transcript among much prose only when one speaker is an interviewer', () => {
    assert.equal(detectNotARelease([...TURNS, ...PROSE]), undefined);
    const interview = ['Q: When does it open?', 'JANE DOE: Monday.', 'Q: Why Monday?', 'JANE DOE: Because.', 'Q: Thanks.', 'JANE DOE: Thanks.'];
    assert.deepEqual(detectNotARelease([...interview, ...PROSE]), { kind: 'transcript', reason: 'looks like a transcript, not a release: 6 speaker turns by 2 speakers' });
  });

  it('counts one turn by one speaker in the singular', () => {
    assert.deepEqual(detectNotARelease(['TRANSCRIPT', 'JANE DOE: We have opened the library.', 'The library opens on Monday.']), {
      kind: 'transcript',
      reason: 'looks like a transcript, not a release: "TRANSCRIPT" heading and 1 speaker turn by 1 speaker',
    });
  });

  it('calls a text under a speech heading a speech, unless it is marked as a media release or the heading is long', () => {
    assert.deepEqual(detectNotARelease(['Speech by the Mayor at the library opening', 'Thank you all for coming.']), {
      kind: 'speech',
      reason: 'looks like a speech, not a release: "Speech by the Mayor at the library opening" heading',
    });
    assert.equal(detectNotARelease(['MEDIA RELEASE', 'Speech by the Mayor at the library opening', 'Thank you all for coming.']), undefined);
    assert.equal(detectNotARelease([`Speech by the Mayor at the library opening ${'and more '.repeat(10)}`]), undefined);
  });
});
