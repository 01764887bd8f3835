import * as assert from 'node:assert/strict';
import { compileSchema } from '../../../../src/core';
import { webAddresses } from '../../../../src/core/rules/frontMatter/webAddresses';
import { applyFix, check, findings } from '../ruleHarness';
import { BAD_INPUTS, GOOD, minimal, UNTOUCHED_SNIPPET, withLine } from './fixtures';

const URL_LINE = 'url: https://www.northshire.gov.uk/news/library-hours/';
const IMAGE_LINE = '  image: https://www.northshire.gov.uk/media/library.jpg';

/** A schema that types the addresses as plain text, so the rule sees what the built-in schema rejects. */
const loose = compileSchema({ type: 'object', properties: { url: { type: 'string' }, og: { type: 'object', properties: { url: { type: 'string' }, image: { type: 'string' } } } } }, 'loose');
const looseSchema = loose.ok ? loose.schema : assert.fail('the loose schema compiles');

describe('web-addresses', () => {
  it('passes full https addresses, and leaves a bare https:// to the placeholders rule', () => {
    assert.deepEqual(check(webAddresses, GOOD), []);
    assert.deepEqual(check(webAddresses, UNTOUCHED_SNIPPET), []);
  });

  it('turns http:// into https://, keeping the quotes', () => {
    const text = withLine(URL_LINE, "url: 'http://www.northshire.gov.uk/news/library-hours/'");
    assert.deepEqual(check(webAddresses, text), ['3:5-3:55 url starts with http://; use https://, or browsers and social networks warn that the page is not secure.']);
    const [found] = findings(webAddresses, text);
    assert.equal(found.fixes?.[0].title, 'Change http:// to https://');
    assert.equal(found.fixes?.[0].inFixAll, true);
    assert.equal(applyFix(text, found), GOOD.replace(URL_LINE, "url: 'https://www.northshire.gov.uk/news/library-hours/'"));
  });

  it('flags an address with no real site name', () => {
    assert.deepEqual(check(webAddresses, withLine(URL_LINE, 'url: https://news/library-hours/')), ['3:5-3:32 url has no real site name after https:// ("news"); write the full address, with a name like www.northshire.gov.uk.']);
    assert.deepEqual(check(webAddresses, withLine(IMAGE_LINE, '  image: https://localhost:8080/a.jpg')), ['10:9-10:37 og.image has no real site name after https:// ("localhost"); write the full address, with a name like www.northshire.gov.uk.']);
  });

  it('leaves to the schema what it rejects itself: no scheme, spaces, another scheme, http for og.image', () => {
    for (const value of ['www.northshire.gov.uk/a', 'https://www.northshire.gov.uk/a b', 'ftp://www.northshire.gov.uk/a']) assert.deepEqual(check(webAddresses, withLine(URL_LINE, `url: ${value}`)), [], value);
    assert.deepEqual(check(webAddresses, withLine(IMAGE_LINE, '  image: http://www.northshire.gov.uk/a.jpg')), []);
  });

  it('says the same things itself under a schema that does not check addresses', () => {
    const options = { schema: looseSchema };
    const release = (value: string) => minimal([`url: ${value}`]);
    assert.deepEqual(check(webAddresses, release('www.northshire.gov.uk/a'), options), ['1:5-1:28 url must be a full web address starting with https://; add it before "www.northshire.gov.uk/a".']);
    assert.equal(applyFix(release('www.northshire.gov.uk/a'), findings(webAddresses, release('www.northshire.gov.uk/a'), options)[0]), release('https://www.northshire.gov.uk/a'));
    assert.deepEqual(check(webAddresses, release('"https://www.northshire.gov.uk/a b"'), options), ['1:5-1:40 url has a space in it; a web address cannot, so remove it or write it as %20.']);
    assert.deepEqual(check(webAddresses, release('ftp://www.northshire.gov.uk/a'), options), ['1:5-1:34 url must start with https://, not ftp://.']);
    assert.deepEqual(check(webAddresses, release('library-hours'), options), ["1:5-1:18 url must be a full web address starting with https://, such as the one readers see in the browser's address bar."]);
  });

  for (const [name, text] of Object.entries(BAD_INPUTS)) {
    it(`never throws (${name})`, () => {
      assert.doesNotThrow(() => check(webAddresses, text));
    });
  }
});
