import * as assert from 'node:assert/strict';
import { DEFAULT_RELEASE_GLOBS, isPlainTextPath, isProjectTextFile, isRelease, markdownPathFor, namesASchema, releasePathMatcher } from '../../../src/core';
import { lines } from '../helpers';

describe('which files are releases', () => {
  const matcher = releasePathMatcher(DEFAULT_RELEASE_GLOBS);

  it('matches the default release folders and *.release.md', () => {
    for (const path of ['news/2026/a.md', 'press/a.markdown', 'site/newsroom/a.md', 'releases/a.md', 'docs/launch.release.md', 'News/a.md']) {
      assert.equal(matcher(path), true, path);
    }
  });

  it('leaves other Markdown alone', () => {
    for (const path of ['README.md', 'docs/guide.md', 'newsletter/a.md', 'news/a.txt', 'news.md']) assert.equal(matcher(path), false, path);
  });

  it('accepts Windows separators', () => {
    assert.equal(matcher('news\\2026\\a.md'), true);
  });

  it('takes any Markdown file whose front matter names a schema', () => {
    const text = lines('---', '$schema: press-release', 'title: A', '---');
    assert.equal(namesASchema(text), true);
    assert.equal(isRelease('docs/a.md', text, matcher), true);
    assert.equal(isRelease('docs/a.txt', text, matcher), false);
    assert.equal(isRelease('docs/a.md', lines('---', 'title: $schema:', '---'), matcher), false);
  });

  it('skips invalid globs instead of throwing', () => {
    assert.equal(releasePathMatcher(['[', '**/*.md'])('a.md'), true);
  });
});

describe('plain-text releases and where their conversion goes', () => {
  it('knows a .txt file in any case, and nothing else', () => {
    for (const path of ['inbox/notes.txt', 'C:\\inbox\\NOTES.TXT', 'a.Txt']) assert.equal(isPlainTextPath(path), true, path);
    for (const path of ['notes.md', 'notes.txt.md', 'txt', 'notes.text', 'inbox.txt/notes.md']) assert.equal(isPlainTextPath(path), false, path);
  });

  it('tells the text files a project keeps (robots.txt, requirements.txt, LICENSE.txt) from releases, by their whole name', () => {
    for (const path of ['static/robots.txt', 'humans.txt', 'public/.well-known/security.txt', 'requirements.txt', 'requirements-dev.txt', 'CMakeLists.txt', 'LICENSE.txt', 'licence-MIT.txt', 'LICENSE-APACHE-2.0.txt', 'docs/README.txt', 'CHANGELOG.TXT', 'AUTHORS.txt']) {
      assert.equal(isProjectTextFile(path), true, path);
    }
    for (const path of ['inbox/robots-at-the-library.txt', 'press/licence-fees-frozen.txt', 'press/licence-fees.txt', 'inbox/requirements-for-new-drivers.txt', 'readme-first.txt', 'news/notice.md', 'inbox/history-festival.txt', 'notes/changes to bin collections.txt']) {
      assert.equal(isProjectTextFile(path), false, path);
    }
  });

  it('puts notes.md beside notes.txt, keeping the name as written, and gives nothing for another file', () => {
    assert.equal(markdownPathFor('inbox/notes.txt'), 'inbox/notes.md');
    assert.equal(markdownPathFor('inbox/Spring Fair.TXT'), 'inbox/Spring Fair.md');
    assert.equal(markdownPathFor('a.txt.txt'), 'a.txt.md');
    assert.equal(markdownPathFor('notes.md'), undefined);
    assert.equal(markdownPathFor('notes.doc'), undefined);
  });
});
