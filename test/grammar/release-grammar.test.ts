// Scope assertions for the Pressroom release grammar, tokenized by vscode-textmate with the
// grammar injected into a Markdown stand-in. Each construct has a positive case and the
// look-alikes that must stay plain Markdown.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertToken, assertUntouched, assertWholeLine, pressroomScopes, tokenize, type Token } from './harness';

const FM = 'meta.embedded.block.frontmatter.pressroom';
const FM_BEGIN = 'punctuation.definition.tag.begin.frontmatter.pressroom';
const FM_END = 'punctuation.definition.tag.end.frontmatter.pressroom';
const END_MARK = 'keyword.control.end-mark.pressroom';
const NAME = 'entity.name.type.contact.pressroom';
const PHONE = 'constant.numeric.phone.pressroom';
const EMAIL = 'markup.underline.link.email.pressroom';
const DATE = 'constant.numeric.date.pressroom';

const doc = (...lines: string[]): Promise<Token[][]> => tokenize(lines.join('\n'));
const fixture = (name: string): Promise<Token[][]> => tokenize(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

describe('release grammar: front matter', () => {
  it('scopes a --- block at the start of the file, with YAML inside', async () => {
    const d = await fixture('release-dashes.md');
    assertToken(d, 0, '---', FM_BEGIN);
    assertToken(d, 1, 'title', 'entity.name.tag.yaml');
    assertToken(d, 1, 'title', FM);
    assertWholeLine(d, 2, FM);
    assertToken(d, 3, '# A YAML comment: ### is not an end mark here', 'comment.line.number-sign.yaml');
    assert.ok(!pressroomScopes(d, 3).includes(END_MARK));
    assertToken(d, 4, '---', FM_END);
    assertToken(d, 5, 'FOR IMMEDIATE RELEASE', 'keyword.other.release-status.pressroom');
  });

  it('wins over Markdown\'s own front matter rule', async () => {
    const d = await doc('---', 'title: x', '---');
    for (const line of d) {
      for (const token of line) assert.ok(!token.scopes.includes('meta.embedded.block.frontmatter'), token.text);
    }
  });

  it('leaves a later --- to Markdown as a horizontal rule', async () => {
    const d = await fixture('release-dashes.md');
    assertToken(d, 11, '---', 'meta.separator.markdown');
    assertUntouched(d, 11);
  });

  it('is only front matter on the very first line (\\A), not after a blank line', async () => {
    const d = await doc('', '---', 'title: x', '---');
    assertToken(d, 1, '---', 'meta.separator.markdown');
    assertToken(d, 3, '---', 'meta.separator.markdown');
    for (const n of [1, 2, 3]) assertUntouched(d, n);
  });

  it('closes on --- even inside an unterminated YAML string, and accepts an empty block', async () => {
    const d = await doc('---', 'title: "unterminated', '---', 'ENDS');
    assertToken(d, 2, '---', FM_END);
    assertToken(d, 3, 'ENDS', END_MARK);
    const empty = await doc('---', '---', 'Body');
    assertToken(empty, 1, '---', FM_END);
    assertToken(empty, 2, 'Body', 'meta.paragraph.markdown');
    assertUntouched(empty, 2);
  });

  it('does not look for release lines inside the front matter', async () => {
    for (const open of ['---', '```yaml']) {
      const d = await doc(open, '###', 'ENDS', 'Media contact: Jane Doe', open.slice(0, 3));
      for (const n of [1, 2, 3]) {
        assert.deepEqual(pressroomScopes(d, n).sort(), ['meta.embedded.block.frontmatter.pressroom', 'meta.frontmatter.pressroom']);
      }
    }
  });

  it('scopes a leading ```yaml fence as front matter', async () => {
    const d = await fixture('release-yaml-fence.md');
    assertToken(d, 0, '```', FM_BEGIN);
    assertToken(d, 0, 'yaml', 'fenced_code.block.language.pressroom');
    assertToken(d, 1, 'title', 'entity.name.tag.yaml');
    assertWholeLine(d, 3, FM);
    assertToken(d, 4, '```', FM_END);
    const yml = await doc('```yml', 'a: b', '```');
    assertToken(yml, 0, 'yml', 'fenced_code.block.language.pressroom');
    assertToken(yml, 2, '```', FM_END);
  });

  it('leaves a later ```yaml fence as an ordinary Markdown code block', async () => {
    const d = await fixture('release-yaml-fence.md');
    assertToken(d, 10, '```', 'markup.fenced_code.block.markdown');
    assertToken(d, 10, 'yaml', 'fenced_code.block.language.markdown');
    assertToken(d, 11, 'this', 'meta.embedded.block.yaml');
    for (const n of [10, 11, 12]) assertUntouched(d, n);
    const late = await doc('Intro', '```yaml', 'a: b', '```');
    for (const n of [1, 2, 3]) assertUntouched(late, n);
  });
});

describe('release grammar: release status', () => {
  it('scopes FOR IMMEDIATE RELEASE in any case', async () => {
    const d = await doc('FOR IMMEDIATE RELEASE', 'For immediate release:');
    assertToken(d, 0, 'FOR IMMEDIATE RELEASE', 'keyword.other.release-status.pressroom');
    assertToken(d, 1, 'For immediate release', 'keyword.other.release-status.pressroom');
  });

  it('scopes the embargo keyword and its date separately', async () => {
    const d = await fixture('release-yaml-fence.md');
    assertToken(d, 6, 'EMBARGOED UNTIL', 'keyword.other.release-status.embargo.pressroom');
    assertToken(d, 6, '00:01 Tuesday 21 May 2024', 'constant.numeric.date.embargo.pressroom');
    const lower = await doc('Embargoed until: 10am, 3 June 2024');
    assertToken(lower, 0, '10am, 3 June 2024', 'constant.numeric.date.embargo.pressroom');
  });

  it('leaves the phrases inside sentences alone', async () => {
    const d = await doc('The report is for immediate release to partners.', 'Figures were embargoed until today.');
    assertUntouched(d, 0);
    assertUntouched(d, 1);
  });
});

describe('release grammar: media contact', () => {
  it('scopes label, name and phone on one line (including no-break spaces)', async () => {
    const d = await doc('Media Enquiries:\u00a0\u00a0 Jane Doe - 01632 960123');
    assertToken(d, 0, 'Media Enquiries', 'keyword.other.media-contact.pressroom');
    assertToken(d, 0, 'Jane Doe', NAME);
    assertToken(d, 0, '01632 960123', PHONE);
  });

  it('scopes name, phone and email in a comma separated line', async () => {
    const d = await doc('Media contact: Jon Doe, Press Officer, +44 (0)1632 960123, jon.doe@example.org');
    assertToken(d, 0, 'Media contact', 'keyword.other.media-contact.pressroom');
    assertToken(d, 0, 'Jon Doe', NAME);
    assertToken(d, 0, '+44 (0)1632 960123', PHONE);
    assertToken(d, 0, 'jon.doe@example.org', EMAIL);
    assert.ok(!d[0]?.some((t) => t.text.includes('Press Officer') && t.scopes.includes(NAME)));
  });

  it('scopes "Name on phone" and a label followed by details on the next lines', async () => {
    const one = await doc('For further information contact: Jane Doe on 01632 960123');
    assertToken(one, 0, 'Jane Doe', NAME);
    assertToken(one, 0, '01632 960123', PHONE);
    const d = await fixture('release-yaml-fence.md');
    assertToken(d, 14, 'For further information contact', 'keyword.other.media-contact.pressroom');
    assertToken(d, 15, 'John Smith', NAME);
    assertToken(d, 16, '01632 960456', PHONE);
    assert.ok(!pressroomScopes(d, 16).includes(NAME), 'Tel is not a name');
    assertToken(d, 17, 'john.smith@example.org', EMAIL);
    assert.ok(!pressroomScopes(d, 17).includes(NAME), 'Email is not a name');
  });

  it('ends a contact block at the blank line', async () => {
    const d = await doc('Media contact:', 'Jane Doe', '', 'Next paragraph, 01632 960123');
    assertToken(d, 1, 'Jane Doe', NAME);
    assertUntouched(d, 3);
  });

  it('leaves "contact" in ordinary prose alone', async () => {
    const d = await doc(
      'Residents can contact the council on 01632 960123 or jane.doe@example.org.',
      'For further information contact the press office.',
      'Please contact: Jane Doe',
    );
    for (const n of [0, 1, 2]) assertUntouched(d, n);
  });
});

describe('release grammar: end marks and dates', () => {
  for (const mark of ['ENDS', '[ENDS]', 'Ends', '###', '-30-', '- ends -', '-ENDS-', '# # #']) {
    it(`scopes ${JSON.stringify(mark)} on its own line`, async () => {
      const d = await doc('Last paragraph.', `${mark} `);
      assertToken(d, 1, mark, END_MARK);
    });
  }

  it('wins over Markdown: "###" alone, "- ends -" alone', async () => {
    const d = await doc('###', '- ends -');
    for (const line of d) for (const token of line) assert.ok(!token.scopes.some((s) => s.startsWith('markup.')), token.text);
  });

  it('leaves look-alikes to Markdown', async () => {
    const d = await doc(
      '### Notes',
      '####',
      'The consultation ends on Friday.',
      'ENDS here',
      '- ends in May',
      '',
      '```',
      'ENDS',
      '```',
      '<!--',
      'ENDS',
      '-->',
    );
    assertToken(d, 0, 'Notes', 'entity.name.section.markdown');
    for (let n = 0; n < d.length; n++) assertUntouched(d, n);
  });

  it('scopes "Posted on <date>" with the date separate', async () => {
    const d = await doc('Posted on Tuesday 19th May 2020', '', 'Posted on 16:55 18/03/2020', '', 'posted on May 19, 2020 at 9.30am');
    assertToken(d, 0, 'Posted on', 'keyword.other.posted-on.pressroom');
    assertToken(d, 0, 'Tuesday 19th May 2020', DATE);
    assertToken(d, 2, '16:55 18/03/2020', DATE);
    assertToken(d, 4, 'May 19, 2020 at 9.30am', DATE);
  });

  it('leaves "Posted on" without a date alone', async () => {
    const d = await doc('Posted on social media, the video was seen 2,000 times.');
    assertUntouched(d, 0);
  });

  it('scopes the end mark of a whole release in context', async () => {
    const d = await fixture('release-dashes.md');
    assertToken(d, 13, 'Notes', 'entity.name.section.markdown');
    assertToken(d, 15, 'Jane Doe', NAME);
    assertToken(d, 17, 'ENDS', END_MARK);
    const fenced = await fixture('release-yaml-fence.md');
    assertUntouched(fenced, 8);
    assertToken(fenced, 19, '- ends -', END_MARK);
    assertToken(fenced, 21, 'Tuesday 21st May 2024', DATE);
  });
});
