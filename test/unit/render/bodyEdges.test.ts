import * as assert from 'node:assert/strict';
import { classifyLink, parseWebUrl, renderBodyHtml, resolveRelativePath } from '../../../src/core/render';
import { nonEmptyText, scalarText } from '../../../src/core/render/escape';
import { markdown } from '../../../src/core/render/markdown';

describe('links: the cases between the obvious ones', () => {
  it('refuses a colon before the first slash that is not a scheme', () => {
    assert.equal(classifyLink('1password:x'), undefined);
    assert.equal(classifyLink(':x'), undefined);
    assert.equal(classifyLink('a/b:c'), 'relative');
  });

  it('parses only http(s) web addresses, trimming them', () => {
    assert.equal(parseWebUrl(' https://example.org/a ')?.href, 'https://example.org/a');
    assert.equal(parseWebUrl('ftp://example.org/a'), undefined);
    assert.equal(parseWebUrl('not a url'), undefined);
  });

  it('resolves nothing for a path that names no file or cannot be decoded', () => {
    assert.equal(resolveRelativePath('./'), undefined);
    assert.equal(resolveRelativePath('a/..'), undefined);
    assert.equal(resolveRelativePath('%E0%A4%A.png'), undefined);
    assert.equal(resolveRelativePath('a%2Fb.png'), undefined);
    assert.deepEqual(resolveRelativePath('a//b/./c.png?x#y'), ['a', 'b', 'c.png']);
  });
});

describe('renderBodyHtml: pictures', () => {
  it('names a picture with no alternative text "image" when it is not shown, and keeps a title', () => {
    const html = renderBodyHtml('![](http://example.org/a.png)\n\n![A](https://example.org/a.png "The title")\n\n![](pic.png)', { lineOffset: 3, remoteImages: true });
    assert.equal(
      html,
      [
        '<p data-line="3"><span class="image-not-shown" title="only https pictures are shown">[image: only https pictures are shown]</span></p>',
        '<p data-line="5"><img src="https://example.org/a.png" alt="A" title="The title"></p>',
        '<p data-line="7"><span class="image-not-shown" title="not available in this preview">[image: not available in this preview]</span></p>',
        '',
      ].join('\n'),
    );
  });

  it('shows a relative picture the adapter resolves, and refuses a mailto picture', () => {
    const resolveResource = (segments: readonly string[]) => (segments.join('/') === 'pic.png' ? 'https://file.example/pic.png' : undefined);
    assert.equal(renderBodyHtml('![x](pic.png)', { lineOffset: 0, remoteImages: false, resolveResource }), '<p data-line="0"><img src="https://file.example/pic.png" alt="x"></p>\n');
    assert.equal(
      renderBodyHtml('![x](mailto:a@example.org)', { lineOffset: 0, remoteImages: false }),
      '<p data-line="0"><span class="image-not-shown" title="not a picture address">[x: not a picture address]</span></p>\n',
    );
  });

  it('shows raw HTML tokens as text, should a token ever carry some', () => {
    const md = markdown();
    const Token = md.parse('x', {})[0].constructor as new (type: string, tag: string, nesting: number) => ReturnType<typeof md.parse>[number];
    const block = new Token('html_block', '', 0);
    block.content = '<script>alert(1)</script>';
    const inline = new Token('html_inline', '', 0);
    inline.content = '<b>';
    assert.equal(md.renderer.render([block], md.options, {}), '<p class="raw-html">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    assert.equal(md.renderer.render([inline], md.options, {}), '&lt;b&gt;');
  });
});

describe('escape: scalar text', () => {
  it('gives the text of strings, numbers, booleans and big integers only', () => {
    assert.deepEqual([scalarText('a'), scalarText(5), scalarText(true), scalarText(10n), scalarText(null), scalarText({}), scalarText([])], ['a', '5', 'true', '10', undefined, undefined, undefined]);
    assert.deepEqual([nonEmptyText('  '), nonEmptyText(' a '), nonEmptyText(undefined)], [undefined, 'a', undefined]);
  });
});
