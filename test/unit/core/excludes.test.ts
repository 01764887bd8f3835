import * as assert from 'node:assert/strict';
import { excludedWithFolders, filesExcludeMatcher, isInSkippedFolder } from '../../../src/core';

const noSiblings = () => false;

describe('files.exclude as a test on paths', () => {
  it('excludes what a pattern set to true matches, relative to the workspace folder, dots included', () => {
    const excludes = filesExcludeMatcher({ '**/archive': true, '**/.DS_Store': true, 'build/*.md': true });
    assert.equal(excludes('archive', '/w/archive', noSiblings), true);
    assert.equal(excludes('news/archive', '/w/news/archive', noSiblings), true);
    assert.equal(excludes('news/.DS_Store', '/w/news/.DS_Store', noSiblings), true);
    assert.equal(excludes('build/a.md', '/w/build/a.md', noSiblings), true);
    assert.equal(excludes('news/build/a.md', '/w/news/build/a.md', noSiblings), false);
    assert.equal(excludes('news/archive-2020.md', '/w/news/archive-2020.md', noSiblings), false);
  });

  it('ignores patterns set to false and malformed entries, and excludes nothing without a setting', () => {
    // An empty glob is one picomatch refuses.
    const excludes = filesExcludeMatcher({ '**/news': false, '**/press': 'yes', '**/drafts': { when: 3 }, '**/notes': null, '': true });
    for (const path of ['news/a.md', 'press/a.md', 'drafts/a.md', 'notes/a.md', 'news', 'press', 'drafts', 'notes']) {
      assert.equal(excludes(path, `/w/${path}`, () => true), false, path);
    }
    for (const setting of [undefined, null, 'news', ['**/news']]) {
      assert.equal(filesExcludeMatcher(setting)('news', '/w/news', noSiblings), false, String(setting));
    }
  });

  it('a when clause excludes a file only beside the sibling it names, $(basename) being its name without the extension', () => {
    const asked: string[] = [];
    const excludes = filesExcludeMatcher({ '**/*.md': { when: '$(basename).txt' } });
    assert.equal(excludes('news/a.b.md', '/w/news/a.b.md', (name) => (asked.push(name), name === 'a.b.txt')), true);
    assert.equal(excludes('news/c.md', '/w/news/c.md', (name) => (asked.push(name), false)), false);
    assert.equal(excludes('news/c.txt', '/w/news/c.txt', (name) => (asked.push(name), true)), false);
    assert.deepEqual(asked, ['a.b.txt', 'c.txt']);
  });

  it('matches an absolute pattern against the absolute path', () => {
    const excludes = filesExcludeMatcher({ '/w/news/old/**': true });
    assert.equal(excludes('news/old/a.md', '/w/news/old/a.md', noSiblings), true);
    assert.equal(excludes('news/a.md', '/w/news/a.md', noSiblings), false);
  });
});

describe('a path left out with the folder it is in', () => {
  it('is left out when it or any folder above it inside the workspace folder is excluded', () => {
    const excludes = filesExcludeMatcher({ '**/archive': true, 'w.md': true });
    assert.equal(excludedWithFolders(excludes, 'news/archive/2019/a.md', '/w/news/archive/2019/a.md', () => false), true);
    assert.equal(excludedWithFolders(excludes, 'archive', '/w/archive', () => false), true);
    assert.equal(excludedWithFolders(excludes, 'news/a.md', '/w/news/a.md', () => false), false);
    // The workspace folder's own name (w) is not part of what patterns see.
    assert.equal(excludedWithFolders(excludes, 'news/w.md', '/w/news/w.md', () => false), false);
  });

  it('asks a when clause about the sibling of the path or folder it matched, by absolute path', () => {
    const asked: string[] = [];
    const excludes = filesExcludeMatcher({ '**/build': { when: '$(basename).keep' } });
    const isFile = (path: string) => (asked.push(path), path === '/w/site/build.keep');
    assert.equal(excludedWithFolders(excludes, 'site/build/a.md', '/w/site/build/a.md', isFile), true);
    assert.equal(excludedWithFolders(excludes, 'build/a.md', '/w/build/a.md', isFile), false);
    assert.deepEqual(asked, ['/w/site/build.keep', '/w/build.keep']);
  });
});

describe('the folders every listing skips', () => {
  it('node_modules and .git anywhere in a path, and nothing that only looks like them', () => {
    for (const path of ['/w/node_modules/x/a.md', '/w/news/.git/a.md', 'node_modules/a.md', '.git/HEAD']) assert.equal(isInSkippedFolder(path), true, path);
    for (const path of ['/w/news/node_modules.md', '/w/news/a.git/b.md', '/w/my.git.md', '/w/node_modules']) assert.equal(isInSkippedFolder(path), false, path);
  });
});
