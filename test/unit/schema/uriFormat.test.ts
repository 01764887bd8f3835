import * as assert from 'node:assert/strict';
import { fullFormats } from 'ajv-formats/dist/formats';
import { isUri } from '../../../src/core/schema/uriFormat';
import { seededRandom } from '../seededRandom';

const fullUri = fullFormats.uri as (value: string) => boolean;

describe('the uri format', () => {
  it('answers as ajv-formats does on 300,000 addresses made of web address pieces and odd characters', () => {
    const random = seededRandom(4021);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const schemes = ['https://', 'http://', 'HTTPS://', 'https:/', 'https:', 'ftp://', 'mailto:', 'https:///', '//', ''];
    const labels = ['www', 'example', 'gov', 'uk', 'a-b', '-x', 'x-', 'xn--bcher-kva', '123', '', 'ex ample', 'münchen', 'a_b', '%41', '[::1]', '192.168.0.1'];
    const segments = ['news', 'release-1', '2026', 'a.jpg', '', '~team', 'a%20b', 'a b', 'ä', 'q?x=1', '#top', 'x:y', '@', "it's", '..', '%zz'];
    const values: string[] = ['https://www.example.gov.uk/news/2001/release-1/', 'https://', 'https:// example.org', 'https://example.org\n', 'https://exa\u0000mple.org'];
    for (let index = 0; index < 300_000; index++) {
      const host = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(labels)).join(pick(['.', '.', '.', '..', '-', ':']));
      const path = Array.from({ length: Math.floor(random() * 4) }, () => `/${pick(segments)}`).join('');
      values.push(`${pick(schemes)}${host}${path}${random() < 0.1 ? pick([':8080', '?', '#', ' ', '/']) : ''}`);
    }
    let plainLooking = 0;
    for (const value of values) {
      const expected = fullUri(value);
      assert.equal(isUri(value), expected, JSON.stringify(value));
      if (expected && /^https?:\/\//i.test(value)) plainLooking++;
    }
    assert.ok(plainLooking > 50_000, `enough valid web addresses among them: ${plainLooking}`);
  });
});
