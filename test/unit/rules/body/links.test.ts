import * as assert from 'node:assert/strict';
import { brokenLinks } from '../../../../src/core/rules/body/brokenLinks';
import { imageAltText } from '../../../../src/core/rules/body/imageAltText';
import { linkText } from '../../../../src/core/rules/body/linkText';
import type { WorkspaceView } from '../../../../src/core/rules/types';
import { applyFix, check, findings } from '../ruleHarness';
import { BROKEN_YAML, NO_FRONT_MATTER, release, WRONG_TYPES } from './fixtures';

function workspaceWith(...files: string[]): WorkspaceView {
  return { releases: [], fileExists: (path) => files.includes(path) };
}

describe('image-alt-text', () => {
  it('flags a picture without alt text, on the whole picture', () => {
    const text = release('Opening.', '', 'See ![](images/library.jpg) and ![Readers at the new desk](images/desk.jpg).');
    assert.deepEqual(check(imageAltText, text), [
      '9:4-9:27 This picture has no alt text, so people using a screen reader do not know what it shows; describe it between the brackets: ![A description](…).',
    ]);
  });

  it('offers to type the description, selected', () => {
    const text = release('![ ](a.png "Title")');
    const [finding] = findings(imageAltText, text);
    assert.equal(applyFix(text, finding).split('\n')[7], '![Describe the picture](a.png "Title")');
    assert.deepEqual(finding.fixes?.[0].select, { startOffset: text.indexOf('[') + 1, endOffset: text.indexOf('[') + 1 + 'Describe the picture'.length });
    assert.equal(finding.fixes?.[0].inFixAll, false);
  });

  it('finds pictures in lists, quotes, headings, links and reference form', () => {
    const text = release('- item ![](a.png)', '', '> quoted ![](b.png)', '', '## Heading ![](c.png)', '', '[![](d.png)](page.md)', '', '![][pic]', '', '[pic]: e.png');
    assert.deepEqual(
      check(imageAltText, text).map((line) => line.split(' ')[0]),
      ['7:7-7:17', '9:9-9:19', '11:11-11:21', '13:1-13:11', '15:0-15:8'],
    );
  });

  it('is quiet when every picture is described', () => {
    assert.deepEqual(check(imageAltText, release('![The new reading room](room.jpg)')), []);
  });
});

describe('link-text', () => {
  it('flags vague link text on the text, case and punctuation aside', () => {
    const text = release('To book, [Click here!](https://www.example.gov.uk/book) or [read more](more.md).');
    assert.deepEqual(check(linkText, text), [
      '7:10-7:21 The link text "Click here!" does not say where the link goes; use words that name the page or document, such as "the council\'s budget report".',
      '7:60-7:69 The link text "read more" does not say where the link goes; use words that name the page or document, such as "the council\'s budget report".',
    ]);
  });

  it('flags an address written as the link text, in brackets or angle brackets', () => {
    const text = release('[https://www.example.gov.uk/a](https://www.example.gov.uk/a) and <https://www.example.gov.uk/b>');
    assert.deepEqual(check(linkText, text), [
      '7:1-7:29 The link text is a web address (https://www.example.gov.uk/a), which screen readers read out letter by letter; use words that name the page instead, such as [the title of the page](https://www.example.gov.uk/a).',
      '7:66-7:94 The link text is a web address (https://www.example.gov.uk/b), which screen readers read out letter by letter; use words that name the page instead, such as [the title of the page](https://www.example.gov.uk/b).',
    ]);
  });

  it('leaves addresses in the running text, and descriptive links, alone', () => {
    assert.deepEqual(check(linkText, release('Visit https://www.example.gov.uk/ or read [the opening hours](hours.md).')), []);
  });

  it('takes its list of vague texts from the options', () => {
    assert.deepEqual(check(linkText, release('[details](a.md) [here](b.md)'), { options: { vague: ['Details'] } }).map((line) => line.split(' ')[0]), ['7:1-7:8']);
  });
});

describe('broken-links', () => {
  const text = release('See [the map](maps/route%201.pdf?x=1#top), [hours](hours.md), ![Desk](../images/desk.jpg), [top](#top), [mail](mailto:a@example.org), [site](https://www.example.gov.uk/x.md) and [root](/news/x.md).', '', '[ref]: missing.md', '', 'And [ref].');

  it('flags relative links and pictures to missing files, on the address', () => {
    const workspace = workspaceWith('/newsroom/news/hours.md');
    assert.deepEqual(check(brokenLinks, text, { workspace }), [
      "7:14-7:40 This link points at maps/route 1.pdf, but there is no such file relative to this release's folder; check the name and folder, or add the file.",
      "7:70-7:88 This picture points at ../images/desk.jpg, but there is no such file relative to this release's folder; check the name and folder, or add the file.",
      "11:5-11:8 This link points at missing.md, but there is no such file relative to this release's folder; check the name and folder, or add the file.",
    ]);
  });

  it('resolves against the release folder', () => {
    const workspace = workspaceWith('/newsroom/news/maps/route 1.pdf', '/newsroom/news/hours.md', '/newsroom/images/desk.jpg', '/newsroom/news/missing.md');
    assert.deepEqual(check(brokenLinks, text, { workspace }), []);
  });

  it('skips addresses a site template fills in, and email addresses in the text', () => {
    assert.deepEqual(check(brokenLinks, release('[a]({{site.baseurl}}/a.pdf) press@example.org'), { workspace: workspaceWith() }), []);
  });

  it('places the address after a label with escaped brackets, code spans and nested brackets, past text that only looks like a link', () => {
    const shapes = release('\\[not a link](a.md) [see \\[1\\]](b.md) [the `]` key](c.md) [a [nested] label](d.md) [a `code](span` left open](e.md)');
    const line = shapes.split('\n')[7];
    const found = check(brokenLinks, shapes, { workspace: workspaceWith() }).map((one) => {
      const [where] = one.split(' ');
      const [, from, to] = /^7:(\d+)-7:(\d+)$/.exec(where)!;
      return line.slice(Number(from), Number(to));
    });
    assert.deepEqual(found, ['b.md', 'c.md', 'd.md', 'e.md']);
  });

  it('says nothing without a workspace, a file path, or when a file is not known', () => {
    assert.deepEqual(check(brokenLinks, text), []);
    assert.deepEqual(check(brokenLinks, text, { workspace: { releases: [], fileExists: () => undefined } }), []);
  });
});

describe('link rules on bad input', () => {
  for (const [name, text] of Object.entries({ NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, empty: '', crlf: release('a [here](x.md)', '').replace(/\n/g, '\r\n') })) {
    it(`never throw (${name})`, () => {
      for (const rule of [imageAltText, linkText, brokenLinks]) assert.doesNotThrow(() => check(rule as never, text, { workspace: workspaceWith() }));
    });
  }

  it('places ranges right in CRLF files', () => {
    const text = release('a [here](x.md)', '').replace(/\n/g, '\r\n');
    assert.deepEqual(check(linkText, text).map((line) => line.split(' ')[0]), ['7:3-7:7']);
  });
});
