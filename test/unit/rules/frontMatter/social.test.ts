import * as assert from 'node:assert/strict';
import { compileSchema } from '../../../../src/core';
import { socialImage } from '../../../../src/core/rules/frontMatter/socialImage';
import { socialImageAlt } from '../../../../src/core/rules/frontMatter/socialImageAlt';
import { socialTitle } from '../../../../src/core/rules/frontMatter/socialTitle';
import { socialUrlMatches } from '../../../../src/core/rules/frontMatter/socialUrlMatches';
import type { AnyRule } from '../../../../src/core/rules';
import { applyFix, check, findings } from '../ruleHarness';
import { BAD_INPUTS, GOOD, minimal, UNTOUCHED_SNIPPET, withLine } from './fixtures';

const OG_URL = '  url: https://www.northshire.gov.uk/news/library-hours/';
const OG_TITLE = '  title: Library opening hours extended';
const OG_IMAGE = '  image: https://www.northshire.gov.uk/media/library.jpg';
const REQUIRED = ['title: Library opening hours extended | Northshire Council', 'area: Northshire', 'url: https://www.northshire.gov.uk/news/library-hours/', 'publish:', '  date: 09:30 02/12/2026'];

describe('social-url-matches', () => {
  it('passes og.url equal to url', () => {
    assert.deepEqual(check(socialUrlMatches, GOOD), []);
    assert.deepEqual(check(socialUrlMatches, UNTOUCHED_SNIPPET), []);
  });

  it('flags a different og.url and copies url over it', () => {
    const text = withLine(OG_URL, '  url: "https://www.northshire.gov.uk/news/library-hours/?utm_source=x"');
    assert.deepEqual(check(socialUrlMatches, text), ['11:7-11:71 og.url is not the same address as url; social networks would link to a different page and count its shares apart. Make them the same.']);
    const [found] = findings(socialUrlMatches, text);
    assert.deepEqual([found.fixes?.[0].title, found.fixes?.[0].inFixAll], ['Copy url to og.url', true]);
    assert.equal(applyFix(text, found), withLine(OG_URL, '  url: "https://www.northshire.gov.uk/news/library-hours/"'));
  });

  it('flags a missing og.url on the og key, adding it at the end of the group', () => {
    const text = withLine(OG_URL, '');
    assert.deepEqual(check(socialUrlMatches, text), ['7:0-7:2 og.url is missing; add it with the same address as url, so social networks link to the release and count its shares as one page.']);
    assert.equal(applyFix(text, findings(socialUrlMatches, text)[0]), text.replace(`${OG_IMAGE}\n`, `${OG_IMAGE}\n${OG_URL}\n`));
  });

  it('says nothing of a release without an og group, whose card the site builds', () => {
    assert.deepEqual(check(socialUrlMatches, minimal(REQUIRED)), []);
    assert.deepEqual(check(socialTitle, minimal(REQUIRED)), []);
    assert.deepEqual(check(socialImage, minimal(REQUIRED)), []);
  });

  it('adds og.url to an og group that has other fields', () => {
    const text = minimal([...REQUIRED, 'og:', OG_TITLE]);
    assert.deepEqual(check(socialUrlMatches, text), ['6:0-6:2 og.url is missing; add it with the same address as url, so social networks link to the release and count its shares as one page.']);
    assert.equal(applyFix(text, findings(socialUrlMatches, text)[0]), minimal([...REQUIRED, 'og:', OG_TITLE, OG_URL]));
  });

  it('keeps CRLF line endings and the fence shape when it adds og.url', () => {
    const crlf = withLine(OG_URL, '').replace(/\n/g, '\r\n');
    assert.deepEqual(check(socialUrlMatches, crlf).map((line) => line.split(' ')[0]), ['7:0-7:2']);
    assert.equal(applyFix(crlf, findings(socialUrlMatches, crlf)[0]), crlf.replace(`${OG_IMAGE}\r\n`, `${OG_IMAGE}\r\n${OG_URL}\r\n`));
    const fence = withLine(OG_URL, '').replace(/^---\n/, '```yaml\n').replace('\n---\n', '\n```\n');
    assert.equal(applyFix(fence, findings(socialUrlMatches, fence)[0]), fence.replace(`${OG_IMAGE}\n`, `${OG_IMAGE}\n${OG_URL}\n`));
  });

  it('leaves an empty or mistyped og.url to the schema', () => {
    assert.deepEqual(check(socialUrlMatches, withLine(OG_URL, '  url:')), []);
    assert.deepEqual(check(socialUrlMatches, withLine(OG_URL, '  url: 5')), []);
    assert.deepEqual(check(socialUrlMatches, minimal([...REQUIRED, 'og: text'])), []);
  });
});

describe('social-title', () => {
  it('passes the headline without its site name, or close to it', () => {
    assert.deepEqual(check(socialTitle, GOOD), []);
    assert.deepEqual(check(socialTitle, withLine(OG_TITLE, '  title: Library opening hours extended!')), []);
    assert.deepEqual(check(socialTitle, withLine(OG_TITLE, '  title: Library hours extended into the evening')), []);
    assert.deepEqual(check(socialTitle, UNTOUCHED_SNIPPET), []);
  });

  it('drops the site name from og.title, in fix-all', () => {
    const text = withLine(OG_TITLE, '  title: Library opening hours extended | Northshire Council');
    assert.deepEqual(check(socialTitle, text), ['8:9-8:60 og.title repeats the site name ("Northshire Council"); social cards show the site\'s name on their own, so leave it out.']);
    const [found] = findings(socialTitle, text);
    assert.deepEqual([found.fixes?.[0].title, found.fixes?.[0].inFixAll], ['Set og.title to "Library opening hours extended"', true]);
    assert.equal(applyFix(text, found), GOOD);
  });

  it('after a dash, where the last part may be a subtitle, asks rather than fixes', () => {
    const text = withLine(OG_TITLE, '  title: Library opening hours extended - Readers Asked For It', withLine('title: Library opening hours extended | Northshire Council', 'title: Library opening hours extended - Readers Asked For It'));
    assert.deepEqual(check(socialTitle, text), ['8:9-8:62 og.title ends with "Readers Asked For It"; if that is the site\'s name, leave it out, as social cards show the site\'s name on their own.']);
    assert.equal(findings(socialTitle, text)[0].fixes?.[0].inFixAll, false);
  });

  it('flags a title about something else, with the headline as a fix to choose', () => {
    const text = withLine(OG_TITLE, '  title: Bin collections move to Tuesdays');
    assert.deepEqual(check(socialTitle, text), ['8:9-8:41 og.title has few words in common with the headline; someone who clicks the social card should recognise the page, so use the headline or words from it.']);
    const [found] = findings(socialTitle, text);
    assert.equal(found.fixes?.[0].inFixAll, false);
    assert.equal(applyFix(text, found), GOOD);
  });

  it('adds a missing og.title', () => {
    const text = withLine(OG_TITLE, '');
    assert.deepEqual(check(socialTitle, text), ['7:0-7:2 og.title is missing; add the headline without the site name, so social cards show it.']);
    assert.equal(applyFix(text, findings(socialTitle, text)[0]), text.replace(`${OG_URL}\n`, `${OG_URL}\n${OG_TITLE}\n`));
  });
});

describe('social-image', () => {
  it('passes a release with og.image and flags one without', () => {
    assert.deepEqual(check(socialImage, GOOD), []);
    assert.deepEqual(check(socialImage, withLine(OG_IMAGE, '')), ['7:0-7:2 og.image is missing; social networks will show a plain link without a picture. Add the address of a picture of at least 1200 by 630 pixels.']);
    assert.deepEqual(check(socialImage, withLine(OG_IMAGE, '  image:')), []);
  });
});

describe('social-image-alt', () => {
  const withAlt = compileSchema({ type: 'object', properties: { og: { type: 'object', properties: { image: { type: 'string', 'x-pressroom-role': 'socialImage' }, image_alt: { type: 'string' } } } } }, 'with alt');
  const annotated = compileSchema({ type: 'object', properties: { og: { type: 'object', properties: { image: { type: 'string' }, caption: { type: 'string', 'x-pressroom-role': 'socialImageAlt' } } } } }, 'annotated');

  it('says nothing under the built-in schema, which has no field for alt text', () => {
    assert.deepEqual(check(socialImageAlt, GOOD), []);
  });

  it('flags a picture without alt text when the schema has a field for it', () => {
    assert.ok(withAlt.ok && annotated.ok);
    assert.deepEqual(check(socialImageAlt, GOOD, { schema: withAlt.schema }), ['10:9-10:56 og.image has no alt text; add og.image_alt saying what the picture shows, for people who use screen readers.']);
    assert.deepEqual(check(socialImageAlt, withLine(OG_IMAGE, `${OG_IMAGE}\n  image_alt: The library's reading room`), { schema: withAlt.schema }), []);
    assert.deepEqual(check(socialImageAlt, GOOD, { schema: annotated.schema }).map((line) => line.split(';')[1]), [' add og.caption saying what the picture shows, for people who use screen readers.']);
  });
});

describe('social rules and bad input', () => {
  for (const rule of [socialUrlMatches, socialTitle, socialImage, socialImageAlt] as AnyRule[]) {
    for (const [name, text] of Object.entries(BAD_INPUTS)) {
      it(`${rule.id} never throws (${name})`, () => {
        assert.doesNotThrow(() => check(rule, text));
      });
    }
  }
});
