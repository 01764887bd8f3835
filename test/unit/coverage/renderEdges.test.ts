/** The preview on the edges: contacts that are not people, an og:url that is not a web address, a lost scroll position. */
import * as assert from 'node:assert/strict';
import { parseRelease } from '../../../src/core';
import { renderHeader, renderPage, socialCardOf, type PageOptions } from '../../../src/core/render';
import { lines } from '../helpers';

describe('preview: contacts that are not maps or hold no contact field', () => {
  it('skips them, and shows a contact with no name as "Unnamed contact", its address as text when it is not one', () => {
    const header = renderHeader(
      parseRelease(lines('---', 'title: A', 'contacts:', '  - just text', '  - other: x', '  - role: Press Officer', '    phone: "01632 960456"', '    email: not-an-address', '---', '')),
    );
    assert.equal(
      header,
      lines(
        '<header class="release-header" data-line="0">',
        '<h1 class="headline">A</h1>',
        '<section class="contacts" aria-label="Media contacts">',
        '<h2>Media contacts</h2>',
        '<ul>',
        '<li class="contact"><span class="contact-name">Unnamed contact</span> <span class="contact-role">Press Officer</span> <span class="contact-phone">01632 960456</span> <span class="contact-email">not-an-address</span></li>',
        '</ul>',
        '</section>',
        '</header>',
        '',
      ),
    );
  });

  it('shows no contacts section when no item is a contact', () => {
    const header = renderHeader(parseRelease(lines('---', 'title: A', 'contacts:', '  - just text', '  - {}', '---', '')));
    assert.equal(header, lines('<header class="release-header" data-line="0">', '<h1 class="headline">A</h1>', '</header>', ''));
  });
});

describe('preview: social card with an og:url that is not a web address', () => {
  it('says networks will ignore it and takes the domain from url', () => {
    assert.deepEqual(socialCardOf({ og: { url: 'ftp://example.org/x' }, url: 'https://www.example.org/news/' }), {
      title: undefined,
      description: undefined,
      image: undefined,
      domain: 'www.example.org',
      missing: [
        'No og:image: networks will show a plain link without a picture.',
        'No og:title and no title: networks will show the bare address.',
        'No og:description: networks will show no summary, or pick one from the page.',
        'og:url is not a web address: networks will ignore it.',
      ],
    });
  });
});

describe('preview page: the restored scroll position', () => {
  const options: PageOptions = {
    cspSource: 'https://webview.example',
    nonce: 'BBBBBBBBBBBBBBBBBBBBBB==',
    scriptUri: 'https://webview.example/media/preview/preview.js',
    styleUri: 'https://webview.example/media/preview/preview.css',
    fragments: { problems: '', header: '', body: '', card: '' },
    documentUri: 'file:///press/a.md',
    version: 3,
    remoteImages: true,
  };
  const scrollOf = (scrollY: number | undefined) => /data-scroll-y="([^"]*)"/.exec(renderPage({ ...options, scrollY }))?.[1];

  it('starts at the top when the position is missing or not finite, and rounds and clamps one that is', () => {
    assert.deepEqual([undefined, Number.NaN, Number.POSITIVE_INFINITY, 12.6, -5].map(scrollOf), ['0', '0', '0', '13', '0']);
  });
});
