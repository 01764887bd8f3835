import * as assert from 'node:assert/strict';
import { foldersAbove, isAbsolutePath, joinPath, parentOf, relativeTo, toForwardSlashes } from '../../../src/core';

describe('forward-slash paths', () => {
  it('joins and normalises, with .. and . and repeated slashes', () => {
    assert.equal(joinPath('/repo/site', 'schemas/story.json'), '/repo/site/schemas/story.json');
    assert.equal(joinPath('/repo/site', '../shared/./s.json'), '/repo/shared/s.json');
    assert.equal(joinPath('/repo//site/', './a//b.md'), '/repo/site/a/b.md');
    assert.equal(joinPath('/repo', '../../..'), '/');
    assert.equal(joinPath('/repo', '/elsewhere/s.json'), '/elsewhere/s.json');
    assert.equal(joinPath('C:/repo', '..\\other\\s.json'), 'C:/other/s.json');
    assert.equal(joinPath('C:/repo', '../../..'), 'C:/');
    assert.equal(joinPath('C:/', 'a.md'), 'C:/a.md');
    assert.equal(joinPath('site', '../../up.md'), '../up.md');
    assert.equal(joinPath('a', '..'), '.');
  });

  it('returns a path already normal as it is, and normalises every other one (the shortcut changes nothing)', () => {
    const joinedWithDot = ['/repo/news', '/repo/news/', '/repo//news', '/repo/./news', '/repo/../news', '/', 'C:/', 'C:/repo', 'C:', 'news', 'news/', '.', '', 'a\\b'];
    assert.deepEqual(joinedWithDot.map((base) => joinPath(base, '.')), ['/repo/news', '/repo/news', '/repo/news', '/repo/news', '/news', '/', 'C:/', 'C:/repo', 'C:/', 'news', 'news', '.', '/', 'a/b']);
    const absolute = ['/a/b.md', '/a//b.md', '/a/./b.md', '/a/../b.md', '/a/b/', 'C:/a/b.md', 'C:/a/../b.md'];
    assert.deepEqual(absolute.map((path) => joinPath('/base', path)), ['/a/b.md', '/a/b.md', '/a/b.md', '/b.md', '/a/b', 'C:/a/b.md', 'C:/b.md']);
    const relative = ['news/a.md', 'news//a.md', './news/a.md', 'news/../a.md', 'news/', 'a\\b.md', 'x:y/a.md'];
    assert.deepEqual(relative.map((path) => joinPath('/repo', path)), ['/repo/news/a.md', '/repo/news/a.md', '/repo/news/a.md', '/repo/a.md', '/repo/news', '/repo/a/b.md', '/repo/x:y/a.md']);
    assert.deepEqual(['/', 'C:/', '/repo/', 'C:/repo', 'repo'].map((base) => joinPath(base, 'a.md')), ['/a.md', 'C:/a.md', '/repo/a.md', 'C:/repo/a.md', 'repo/a.md']);
  });

  it('tells absolute paths and converts backslashes', () => {
    assert.deepEqual(['/a', 'C:/a', 'c:/a', 'a/b', './a', 'C:a'].map(isAbsolutePath), [true, true, true, false, false, false]);
    assert.equal(toForwardSlashes('C:\\repo\\news\\a.md'), 'C:/repo/news/a.md');
  });

  it('gives the parent folder', () => {
    assert.deepEqual(['/a/b/c.md', '/a.md', '/', 'a.md', 'a/b', 'C:/a.md', 'C:/', '.'].map(parentOf), ['/a/b', '/', '/', '.', 'a', 'C:/', 'C:/', '.']);
  });

  it('gives a path relative to a root, or undefined outside it', () => {
    assert.equal(relativeTo('/repo', '/repo/news/a.md'), 'news/a.md');
    assert.equal(relativeTo('/repo/', '/repo/news/a.md'), 'news/a.md');
    assert.equal(relativeTo('/repo', '/repo'), '');
    assert.equal(relativeTo('/repo', '/repository/a.md'), undefined);
    assert.equal(relativeTo('/repo', '/other/a.md'), undefined);
    assert.equal(relativeTo('/repo/site', '/repo/site/../news/a.md'), undefined);
    assert.equal(relativeTo('/', '/a/b.md'), 'a/b.md');
  });

  it('lists the folders above a file, nearest first, up to the root', () => {
    assert.deepEqual(foldersAbove('/repo/site/news/a.md'), ['/repo/site/news', '/repo/site', '/repo', '/']);
    assert.deepEqual(foldersAbove('/a.md'), ['/']);
    assert.deepEqual(foldersAbove('C:/repo/a.md'), ['C:/repo', 'C:/']);
    assert.deepEqual(foldersAbove('news/a.md'), ['news', '.']);
  });
});
