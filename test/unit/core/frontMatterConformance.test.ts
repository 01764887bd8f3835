import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import matter from 'gray-matter';
import { parseRelease } from '../../../src/core';

// gray-matter is what most static-site tooling uses to read front matter. Our locator must agree
// with it on the data of every --- fixture, or releases would validate differently from how they publish.
describe('agreement with gray-matter on --- front matter', () => {
  const folder = path.join(__dirname, '..', 'fixtures');
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(folder, name), 'utf8');
    if (!text.startsWith('---')) continue;
    it(name, () => {
      const ours = parseRelease(text);
      const theirs = matter(text);
      assert.deepEqual(ours.data, JSON.parse(JSON.stringify(theirs.data)));
      assert.equal(text.slice(ours.bodyStart).trim(), theirs.content.trim());
    });
  }
});
