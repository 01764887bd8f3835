import * as assert from 'node:assert/strict';
import { classifyLink, isHttpsUrl, resolveRelativePath } from '../../../src/core/render';

describe('classifyLink', () => {
  const cases: [string, ReturnType<typeof classifyLink>][] = [
    ['https://example.org/a', 'web'],
    ['HTTP://example.org', 'web'],
    ['mailto:jane.doe@example.org', 'mailto'],
    ['images/photo.jpg', 'relative'],
    ['./other.md', 'relative'],
    ['../up.png', 'relative'],
    ['#contacts', 'fragment'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['\u0000javascript:alert(1)', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['data:text/html;base64,PHNjcmlwdD4=', undefined],
    ['data:image/svg+xml,<svg onload=alert(1)>', undefined],
    ['file:///etc/passwd', undefined],
    ['command:workbench.action.terminal.new', undefined],
    ['vscode://settings', undefined],
    ['//evil.example.org/x', undefined],
    ['\\\\evil.example.org\\x', undefined],
    ['/\\evil.example.org', undefined],
    ['', undefined],
  ];
  for (const [url, kind] of cases) {
    it(`${JSON.stringify(url)} → ${kind ?? 'refused'}`, () => assert.equal(classifyLink(url), kind));
  }
});

describe('resolveRelativePath', () => {
  it('resolves inside the release folder', () => {
    assert.deepEqual(resolveRelativePath('images/photo.jpg'), ['images', 'photo.jpg']);
    assert.deepEqual(resolveRelativePath('./images/../photo%20one.jpg?v=2#top'), ['photo one.jpg']);
  });
  it('refuses paths that leave the folder or are absolute', () => {
    for (const reference of ['../photo.jpg', 'images/../../photo.jpg', '/etc/passwd', 'a/%2e%2e/%2e%2e/b', 'a%2Fb', '%E0%A4%A', 'https://example.org/a.jpg']) {
      assert.equal(resolveRelativePath(reference), undefined, reference);
    }
  });
});

describe('isHttpsUrl', () => {
  it('accepts only absolute https', () => {
    assert.equal(isHttpsUrl('https://www.example.org/a.jpg'), true);
    for (const value of ['http://www.example.org/a.jpg', 'javascript:alert(1)', '//example.org/a.jpg', 'a.jpg', 'data:image/png;base64,AAAA']) {
      assert.equal(isHttpsUrl(value), false, value);
    }
  });
});
