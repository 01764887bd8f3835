import * as assert from 'node:assert/strict';
import { parseRelease, type ReleaseDiagnostic } from '../../../src/core';
import { buildCsp, renderBody, renderHeader, renderPage, renderProblems, renderRelease, renderSocialCard, socialCardOf } from '../../../src/core/render';
import { cycleLanesRelease } from '../../fixtures/releases';

const release = (frontMatter: string, body = '') => parseRelease(`---\n${frontMatter}\n---\n${body}`);

const SAMPLE = cycleLanesRelease({
  ogImage: 'https://www.example.org/media/cycle-lanes.jpg',
  body: 'The lanes open **today**.\n\n- Station Road\n- Hospital Lane\n',
});

describe('renderHeader', () => {
  it('shows the headline, area, publish date in words and contacts', () => {
    assert.equal(
      renderHeader(parseRelease(SAMPLE)),
      [
        '<header class="release-header" data-line="0">',
        '<p class="area">Exampleshire</p>',
        '<h1 class="headline">New cycle lanes open in Exampleton</h1>',
        '<div class="dates"><p class="publish">Published <time datetime="2024-05-14T09:30">Tuesday 14 May 2024, 09:30</time></p></div>',
        '<section class="contacts" aria-label="Media contacts">',
        '<h2>Media contacts</h2>',
        '<ul>',
        '<li class="contact"><span class="contact-name">Jane Doe</span> <span class="contact-role">Press Officer</span> <span class="contact-phone">01632 960123</span> <a class="contact-email" href="mailto:jane.doe@example.org" data-link="mailto">jane.doe@example.org</a></li>',
        '</ul>',
        '</section>',
        '</header>',
        '',
      ].join('\n'),
    );
  });

  it('escapes every front matter field it shows', () => {
    const html = renderHeader(
      release(
        [
          'title: "<script>window.__pwned=1</script> & co"',
          'area: "<img src=x onerror=alert(1)>"',
          'publish:',
          '  date: "<b>soon</b>"',
          'embargo: "\\"><svg onload=alert(1)>"',
          'contacts:',
          '  - name: "<i>Jane</i>"',
          '    role: "\'onmouseover=alert(1) x=\'"',
          '    phone: "<u>01632</u>"',
          '    email: "jane@example.org\\" onclick=\\"alert(1)"',
        ].join('\n'),
      ),
    );
    assert.match(html, /<h1 class="headline">&lt;script&gt;window.__pwned=1&lt;\/script&gt; &amp; co<\/h1>/);
    assert.match(html, /<p class="area">&lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
    assert.match(html, /<p class="publish invalid">Published: &lt;b&gt;soon&lt;\/b&gt; <span class="note">/);
    assert.match(html, /<p class="embargo invalid">Embargoed until: &quot;&gt;&lt;svg onload=alert\(1\)&gt; /);
    assert.match(html, /<span class="contact-name">&lt;i&gt;Jane&lt;\/i&gt;<\/span>/);
    assert.match(html, /<span class="contact-role">&#39;onmouseover=alert\(1\) x=&#39;<\/span>/);
    assert.match(html, /<span class="contact-phone">&lt;u&gt;01632&lt;\/u&gt;<\/span>/);
    // Not an address: shown as text, never as a link.
    assert.match(html, /<span class="contact-email">jane@example.org&quot; onclick=&quot;alert\(1\)<\/span>/);
    assert.doesNotMatch(html, /<(script|img|svg|b|i|u)[\s>]/);
  });

  it('shows an embargo in words and says when there is no front matter', () => {
    assert.match(
      renderHeader(release('title: T\nembargo: 00:01 19/03/2020')),
      /<p class="embargo">Embargoed until <time datetime="2020-03-19T00:01">Thursday 19 March 2020, 00:01<\/time><\/p>/,
    );
    assert.equal(
      renderHeader(parseRelease('Just text.\n')),
      '<header class="release-header" data-line="0">\n<p class="front-matter-missing">This release has no front matter.</p>\n<h1 class="headline untitled">Untitled release</h1>\n</header>\n',
    );
    assert.match(renderHeader(release('title: [unclosed')), /The front matter cannot be read until its problems are fixed/);
  });

  it('does not show values that are not text', () => {
    const html = renderHeader(release('title: { a: 1 }\narea: [x]\ncontacts: nobody'));
    assert.match(html, /<h1 class="headline untitled">Untitled release<\/h1>/);
    assert.doesNotMatch(html, /area|contacts|object/);
  });
});

describe('renderBody', () => {
  it('renders Markdown with file line numbers offset by the front matter', () => {
    assert.equal(
      renderBody(parseRelease(SAMPLE)),
      '<p data-line="18">The lanes open <strong>today</strong>.</p>\n<ul data-line="20">\n<li data-line="20">Station Road</li>\n<li data-line="21">Hospital Lane</li>\n</ul>\n',
    );
  });

  it('counts the lines of a fenced yaml block and CRLF files', () => {
    const text = '```yaml\r\ntitle: T\r\n```\r\n\r\n# Heading\r\n\r\nText\r\n';
    assert.equal(renderBody(parseRelease(text)), '<h1 data-line="4">Heading</h1>\n<p data-line="6">Text</p>\n');
  });

  it('shows raw HTML as text and never makes unsafe links', () => {
    const html = renderBody(
      release(
        'title: T',
        [
          '<script>window.__pwned = 1</script>',
          '',
          'Text <img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">a</a>',
          '',
          '[js](javascript:alert(1)) [data](data:text/html,x) [cmd](command:workbench.action.terminal.new) [file](file:///etc/passwd)',
          '',
          '<svg><script>alert(1)</script></svg>',
          '',
          '[ref]: JaVaScRiPt:alert(1)',
          '',
          '[x][ref] <javascript:alert(1)>',
        ].join('\n'),
      ),
    );
    assert.equal(
      html,
      [
        '<p data-line="3">&lt;script&gt;window.__pwned = 1&lt;/script&gt;</p>',
        '<p data-line="5">Text &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &lt;a href=&quot;javascript:alert(1)&quot;&gt;a&lt;/a&gt;</p>',
        '<p data-line="7">[js](javascript:alert(1)) [data](data:text/html,x) [cmd](command:workbench.action.terminal.new) [file](file:///etc/passwd)</p>',
        '<p data-line="9">&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;</p>',
        '<p data-line="11">[ref]: JaVaScRiPt:alert(1)</p>',
        '<p data-line="13">[x][ref] &lt;javascript:alert(1)&gt;</p>',
        '',
      ].join('\n'),
    );
  });

  it('keeps safe links and linkifies web addresses', () => {
    assert.equal(
      renderBody(release('title: T', 'See [the plan](plan.md#costs), [mail](mailto:jane.doe@example.org) and https://www.example.org/a.\n')),
      '<p data-line="3">See <a href="plan.md#costs" data-link="relative">the plan</a>, <a href="mailto:jane.doe@example.org" data-link="mailto">mail</a> and <a href="https://www.example.org/a" data-link="web">https://www.example.org/a</a>.</p>\n',
    );
  });

  it('resolves relative pictures in the release folder and refuses the rest', () => {
    const parsed = release(
      'title: T',
      '![Map](images/map%20one.png "The route") ![Up](../secret.png) ![Plain](http://www.example.org/a.png) ![Web](https://www.example.org/a.png) ![x](data:image/png;base64,AAAA)\n',
    );
    assert.equal(
      renderBody(parsed, (segments) => `https://webview.example/${segments.map(encodeURIComponent).join('/')}`),
      '<p data-line="3"><img src="https://webview.example/images/map%20one.png" alt="Map" title="The route"> ' +
        '<span class="image-not-shown" title="outside the release&#39;s folder">[Up: outside the release&#39;s folder]</span> ' +
        '<span class="image-not-shown" title="only https pictures are shown">[Plain: only https pictures are shown]</span> ' +
        '<img src="https://www.example.org/a.png" alt="Web"> ![x](data:image/png;base64,AAAA)</p>\n',
    );
    assert.match(renderBody(parsed), /\[Map: not available in this preview\]/);
  });

  it('says when there is no body', () => {
    assert.equal(renderBody(release('title: T')), '<p class="empty-body" data-line="3">This release has no body text yet.</p>\n');
  });
});

describe('renderSocialCard', () => {
  it('shows the card networks would show', () => {
    assert.equal(
      renderSocialCard(parseRelease(SAMPLE).data),
      [
        '<section class="social" aria-label="Social card">',
        '<h2>When shared</h2>',
        '<div class="social-card">',
        '<div class="card-image"><img src="https://www.example.org/media/cycle-lanes.jpg" alt=""></div>',
        '<div class="card-text"><p class="card-domain">www.example.org</p><p class="card-title">New cycle lanes open</p><p class="card-description">Four miles of protected lanes link the station and the hospital.</p></div>',
        '</div>',
        '<p class="card-complete">The card has everything networks use.</p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('lists what is missing and falls back as networks do', () => {
    const card = socialCardOf(release('title: Page title\nurl: https://news.example.org/a').data);
    assert.deepEqual(card, {
      title: 'Page title',
      description: undefined,
      image: undefined,
      domain: 'news.example.org',
      missing: [
        'No og:image: networks will show a plain link without a picture.',
        'No og:title: networks will fall back to the page title.',
        'No og:description: networks will show no summary, or pick one from the page.',
        'No og:url: networks will use the address the link was shared with.',
      ],
    });
    assert.deepEqual(socialCardOf(undefined).missing, [
      'No og:image: networks will show a plain link without a picture.',
      'No og:title and no title: networks will show the bare address.',
      'No og:description: networks will show no summary, or pick one from the page.',
      'No og:url or url: the card has no site address.',
    ]);
  });

  it('escapes og values and shows og:image only when it is https', () => {
    const html = renderSocialCard(
      release(
        [
          'og:',
          '  title: "<script>window.__pwned=1</script>"',
          '  description: "<img src=x onerror=alert(1)>"',
          '  image: "javascript:alert(1)//https://x"',
          '  url: "https://www.example.org/\\"><script>alert(1)</script>"',
        ].join('\n'),
      ).data,
    );
    assert.match(html, /<p class="card-title">&lt;script&gt;window.__pwned=1&lt;\/script&gt;<\/p>/);
    assert.match(html, /<p class="card-description">&lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
    assert.match(html, /<p class="card-domain">www.example.org<\/p>/);
    assert.match(html, /<li>og:image is not an https address: networks will not show the picture.<\/li>/);
    assert.doesNotMatch(html, /<(script|img)[\s>]/);
    assert.match(renderSocialCard(release('og:\n  image: "https://www.example.org/a.jpg?x=\\"><script>"').data), /<img src="https:\/\/www.example.org\/a.jpg\?x=&quot;&gt;&lt;script&gt;" alt="">/);
    assert.match(renderSocialCard(release('og:\n  image: http://www.example.org/a.jpg').data), /og:image is not an https address/);
  });
});

describe('renderProblems', () => {
  const diagnostic = (severity: ReleaseDiagnostic['severity'], line: number, message: string): ReleaseDiagnostic => ({
    code: 'schema-rule',
    severity,
    message,
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    startOffset: 0,
    endOffset: 5,
    path: [],
  });

  it('is empty without problems', () => assert.equal(renderProblems([]), ''));

  it('lists problems by severity then line, escaped, with their ranges', () => {
    assert.equal(
      renderProblems([diagnostic('warning', 2, 'Unknown field "<b>x</b>"'), diagnostic('error', 4, 'Missing "area"'), diagnostic('error', 1, 'Bad & wrong')]),
      [
        '<section class="problems has-errors" aria-label="Problems">',
        '<p class="problems-summary">2 errors, 1 warning</p>',
        '<ul>',
        '<li><button type="button" class="problem error" data-start-line="1" data-start-character="0" data-end-line="1" data-end-character="5"><span class="problem-severity">Error</span> <span class="problem-line">Line 2</span> <span class="problem-message">Bad &amp; wrong</span></button></li>',
        '<li><button type="button" class="problem error" data-start-line="4" data-start-character="0" data-end-line="4" data-end-character="5"><span class="problem-severity">Error</span> <span class="problem-line">Line 5</span> <span class="problem-message">Missing &quot;area&quot;</span></button></li>',
        '<li><button type="button" class="problem warning" data-start-line="2" data-start-character="0" data-end-line="2" data-end-character="5"><span class="problem-severity">Warning</span> <span class="problem-line">Line 3</span> <span class="problem-message">Unknown field &quot;&lt;b&gt;x&lt;/b&gt;&quot;</span></button></li>',
        '</ul>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('counts notes beside errors and warnings, and takes its tone from the worst', () => {
    const html = renderProblems([diagnostic('information', 0, 'Too large'), diagnostic('warning', 1, 'Unknown'), diagnostic('information', 2, 'Too large')]);
    assert.match(html, /^<section class="problems has-warnings" aria-label="Problems">\n<p class="problems-summary">1 warning, 2 notes<\/p>/);
    assert.match(renderProblems([diagnostic('information', 0, 'Too large')]), /^<section class="problems has-notes" aria-label="Problems">\n<p class="problems-summary">1 note<\/p>/);
  });
});

describe('renderRelease and renderPage', () => {
  it('renders every fragment', () => {
    const fragments = renderRelease(parseRelease(SAMPLE));
    assert.deepEqual(Object.keys(fragments), ['problems', 'header', 'body', 'card']);
    assert.equal(fragments.problems, '');
  });

  it('builds a strict CSP with the nonce', () => {
    assert.equal(
      buildCsp({ cspSource: 'https://*.vscode-cdn.net', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', remoteImages: true }),
      "default-src 'none'; img-src https://*.vscode-cdn.net https:; style-src https://*.vscode-cdn.net; font-src https://*.vscode-cdn.net; script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='; base-uri 'none'; form-action 'none'",
    );
    // What VS Code's webview.cspSource looks like in code-server and the desktop.
    assert.match(buildCsp({ cspSource: "'self' https://*.vscode-cdn.net", nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', remoteImages: true }), /^default-src 'none'; img-src 'self' https:\/\/\*\.vscode-cdn\.net https:; style-src 'self' https:/);
    assert.throws(() => buildCsp({ cspSource: "x; script-src 'unsafe-inline'", nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', remoteImages: true }));
    assert.throws(() => buildCsp({ cspSource: "'unsafe-inline'", nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', remoteImages: true }));
    assert.throws(() => buildCsp({ cspSource: 'https://a', nonce: "x' 'unsafe-inline", remoteImages: true }));
  });

  it('lets no picture come from the web when remote pictures are off', () => {
    assert.equal(
      buildCsp({ cspSource: 'https://*.vscode-cdn.net', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', remoteImages: false }).split('; ')[1],
      'img-src https://*.vscode-cdn.net',
    );
    const release = ['---', 'title: T', 'og:', '  image: https://www.example.org/card.jpg', '---', '![Map](https://www.example.org/map.png)'].join('\n');
    const fragments = renderRelease(parseRelease(release), { remoteImages: false });
    assert.equal(fragments.body, '<p data-line="5"><span class="image-not-shown" title="web pictures are off (pressroom.preview.remoteImages)">[Map: web pictures are off (pressroom.preview.remoteImages)]</span></p>\n');
    assert.match(fragments.card, /<div class="card-image card-no-image"><span class="note">Picture not loaded: web pictures are off \(pressroom.preview.remoteImages\)<\/span><\/div>/);
    assert.doesNotMatch(fragments.card + fragments.body, /<img/);
  });

  it('puts the fragments, the CSP and the nonce-bearing script into the page', () => {
    const page = renderPage({
      cspSource: 'https://webview.example',
      nonce: 'BBBBBBBBBBBBBBBBBBBBBB==',
      scriptUri: 'https://webview.example/media/preview/preview.js',
      styleUri: 'https://webview.example/media/preview/preview.css',
      fragments: { problems: '', header: '<header>H</header>\n', body: '<p>B</p>\n', card: '<section>C</section>\n' },
      documentUri: 'file:///press/a"b.md',
      version: 3,
      remoteImages: true,
    });
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; [^"]*script-src &#39;nonce-BBBBBBBBBBBBBBBBBBBBBB==&#39;/);
    assert.match(page, /<body data-document-uri="file:\/\/\/press\/a&quot;b.md" data-version="3" data-scroll-y="0">/);
    assert.match(page, /<div id="pressroom-header" data-fragment="header">\n<header>H<\/header>\n<\/div>/);
    assert.match(page, /<script nonce="BBBBBBBBBBBBBBBBBBBBBB==" src="https:\/\/webview.example\/media\/preview\/preview.js"><\/script>/);
    assert.equal(page.match(/<script/g)?.length, 1);
  });
});
