import * as assert from 'node:assert/strict';
import { endMark } from '../../../../src/core/rules/body/endMark';
import { headingOrder } from '../../../../src/core/rules/body/headingOrder';
import { ledeLength } from '../../../../src/core/rules/body/ledeLength';
import { notesAfterEndMark } from '../../../../src/core/rules/body/notesAfterEndMark';
import { applyFix, check, findings } from '../ruleHarness';
import { BROKEN_YAML, NO_FRONT_MATTER, release, WRONG_TYPES } from './fixtures';

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('heading-order', () => {
  it('flags a level 1 heading in the body and a skipped level, on the heading line', () => {
    const text = release('# Opening', '', '## Hours', '', '#### Weekends', '', '##### Sundays', '', '## Contact');
    assert.deepEqual(check(headingOrder, text), [
      "7:0-7:9 This is a level 1 heading, but the headline is the page's top heading; make it level 2 (##).",
      '11:0-11:13 This level 4 heading follows a level 2 heading, so it skips a level; make it level 3 (###) so screen reader users can follow the outline.',
    ]);
  });

  it('flags a first heading below level 2, and reads Setext headings', () => {
    assert.deepEqual(check(headingOrder, release('### Hours', '', 'Hours', '=====')), [
      '7:0-7:9 This level 3 heading is the first heading, so it skips a level; make it level 2 (##) so screen reader users can follow the outline.',
      "9:0-9:5 This is a level 1 heading, but the headline is the page's top heading; make it level 2 (##).",
    ]);
  });

  it('offers the level it names, and the same move for the headings under it, as choices', () => {
    const text = release('# Opening', '', '## Hours', '', '### Weekends', '', '# Contact');
    const [opening, contact] = findings(headingOrder, text);
    assert.deepEqual(opening.fixes?.map((fix) => [fix.title, fix.inFixAll, fix.isPreferred]), [
      ['Make it level 2 (##)', false, false],
      ['Make it level 2, moving the 2 headings under it with it', false, false],
    ]);
    assert.equal(applyFix(text, opening, 0), release('## Opening', '', '## Hours', '', '### Weekends', '', '# Contact'));
    assert.equal(applyFix(text, opening, 1), release('## Opening', '', '### Hours', '', '#### Weekends', '', '# Contact'));
    // Nothing under the last one: one fix.
    assert.deepEqual(contact.fixes?.map((fix) => fix.title), ['Make it level 2 (##)']);
    const skipped = release('## Hours', '', '#### Weekends  ', '', '##### Sundays', '', '## Contact');
    const [weekends] = findings(headingOrder, skipped);
    assert.equal(applyFix(skipped, weekends, 1), release('## Hours', '', '### Weekends  ', '', '#### Sundays', '', '## Contact'));
  });

  it('offers no fix for a Setext heading or one in a quote, and only the one fix when a heading under it is Setext', () => {
    const [setext] = findings(headingOrder, release('Hours', '====='));
    assert.equal(setext.fixes, undefined);
    const [quoted] = findings(headingOrder, release('> ### Hours'));
    assert.equal(quoted.fixes, undefined);
    const [mixed] = findings(headingOrder, release('# Hours', '', 'Weekends', '--------'));
    assert.deepEqual(mixed.fixes?.map((fix) => fix.title), ['Make it level 2 (##)']);
  });

  it('ignores ### alone on a line (an end mark) and follows the firstLevel option', () => {
    assert.deepEqual(check(headingOrder, release('## Hours', '', '###', '', '# # #')), []);
    assert.deepEqual(check(headingOrder, release('# Title', '', '## Hours'), { options: { firstLevel: 1 } }), []);
  });
});

it('heading-order takes a level 1 heading opening a body without a headline as the headline', () => {
  assert.deepEqual(check(headingOrder, '# Library hours\n\n## Weekends\n'), []);
  assert.equal(check(headingOrder, '# Library hours\n\n# Again\n').length, 1);
});

describe('lede-length', () => {
  it('flags a first paragraph over 35 words, on the whole paragraph', () => {
    const text = release('FOR IMMEDIATE RELEASE', '', '**Hours extended**', '', words(20), words(16), '', words(50));
    assert.deepEqual(check(ledeLength, text), [
      `11:0-12:${words(16).length} The first paragraph (the lede) has 36 words; keep it to 35 or fewer, saying who, what, where and when, and move the detail to the next paragraph.`,
    ]);
  });

  it('accepts 35 words, and takes its limits from the options', () => {
    assert.deepEqual(check(ledeLength, release(words(35))), []);
    assert.deepEqual(check(ledeLength, release('The library opens later.'), { options: { minWords: 8 } }), ['7:0-7:24 The first paragraph (the lede) has 4 words; give it at least 8, so it tells the story on its own.']);
    assert.deepEqual(check(ledeLength, release(words(30)), { options: { maxWords: 25 } }).length, 1);
  });

  it('says nothing about a body without paragraphs', () => {
    assert.deepEqual(check(ledeLength, release('## Only a heading')), []);
  });
});

describe('end-mark', () => {
  it('is off by default', () => assert.equal(endMark.severity, 'off'));

  it('flags a story without an end mark on its last line, and adds one after it', () => {
    const text = release('The library opens later.', '', 'It closes at 8pm.', '');
    const [finding] = findings(endMark, text);
    assert.deepEqual(check(endMark, text), ['9:0-9:17 The story has no end mark; add ENDS on a line of its own after the last paragraph, so editors know the story is complete.']);
    assert.equal(applyFix(text, finding), release('The library opens later.', '', 'It closes at 8pm.', '', 'ENDS', ''));
  });

  it('adds the first configured mark before the notes to editors, in the file\'s line endings', () => {
    const text = release('The library opens later.', '', '## Notes to editors', '', 'Background.').replace(/\n/g, '\r\n');
    const [finding] = findings(endMark, text, { options: { marks: ['-ends-'] } });
    assert.match(finding.message, /add -ends- on a line of its own before the notes to editors/);
    assert.equal(applyFix(text, finding), release('The library opens later.', '', '-ends-', '', '## Notes to editors', '', 'Background.').replace(/\n/g, '\r\n'));
  });

  it('accepts ENDS, [ENDS], ###, -30- and configured marks', () => {
    for (const mark of ['ENDS', '[ENDS]', '###', '-30-', '- Ends -']) assert.deepEqual(check(endMark, release('Text.', '', mark)), [], mark);
    assert.deepEqual(check(endMark, release('Text.', '', '+++'), { options: { marks: ['+++'] } }), []);
  });
});

describe('notes-after-end-mark', () => {
  it('flags notes to editors above the end mark, and moves the mark above them', () => {
    const text = release('Story.', '', '**Notes to editors**', '', '1. Background.', '', 'ENDS', '');
    const [finding] = findings(notesAfterEndMark, text);
    assert.deepEqual(check(notesAfterEndMark, text), ['9:0-9:20 The notes to editors come before the end mark (ENDS); put the end mark above them, so editors know where the story stops.']);
    assert.equal(applyFix(text, finding), release('Story.', '', 'ENDS', '', '**Notes to editors**', '', '1. Background.', '', ''));
  });

  it('is quiet with notes after the mark, or no mark', () => {
    assert.deepEqual(check(notesAfterEndMark, release('Story.', '', 'ENDS', '', 'Notes to editors', '', 'Background.')), []);
    assert.deepEqual(check(notesAfterEndMark, release('Story.', '', 'Notes to editors')), []);
  });
});

describe('structure rules on bad input', () => {
  for (const [name, text] of Object.entries({ NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, empty: '' })) {
    it(`never throw (${name})`, () => {
      for (const rule of [headingOrder, ledeLength, endMark, notesAfterEndMark]) assert.doesNotThrow(() => check(rule as never, text, { options: { marks: 'x', maxWords: 'y', firstLevel: 9 } as never }));
    });
  }
});
