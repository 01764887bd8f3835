// --format github: workflow commands the Actions runner turns into pull request annotations.
import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { escapeData, escapeProperty } from '../../../src/cli/formats/github';
import { lines } from '../helpers';
import { BROKEN, CONTACT_FIELDS, project } from './fixtures';

describe('pressroom validate --format github', () => {
  it('prints one command per problem, error or warning, with 1-based positions, and the summary on standard error', () => {
    const io = project({ 'news/b.md': BROKEN });
    assert.equal(runCli(['validate', '--format', 'github', 'news'], io), 1);
    assert.equal(
      io.out.join(''),
      [
        '::error file=news/b.md,line=1,col=1,endLine=1,endColumn=4,title=Pressroom missing-field::Missing required field "area"',
        '::error file=news/b.md,line=5,col=9,endLine=5,endColumn=25,title=Pressroom invalid-date::publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not "2020-03-18 16:55"',
        '::warning file=news/b.md,line=6,col=1,endLine=6,endColumn=7,title=Pressroom unknown-field::Unknown field "tittle"; did you mean "title"?',
        '',
      ].join('\n'),
    );
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 2 errors, 1 warning\n']);
  });

  it('uses notice for information', () => {
    const io = project({ 'big.md': 'x' });
    io.readUpTo = () => ({ bytes: 11 * 1024 * 1024 });
    assert.equal(runCli(['validate', '--format=github', 'big.md'], io), 0);
    assert.equal(io.out.join(''), '::notice file=big.md,line=1,col=1,endLine=1,endColumn=1,title=Pressroom too-large::This file is too large to check (11 MB; Pressroom checks releases up to 10 MB)\n');
  });

  it('escapes % CR LF in messages, and also : and , in properties, as the runner reads them', () => {
    assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('news/a,b: 100%\n.md'), 'news/a%2Cb%3A 100%25%0A.md');
    const io = project({ 'news/a,b: 100%.md': lines('---', 'title: A', 'area: B', 'url: https://www.example.org/a', 'publish:', '  date: 16:55 18/03/2020', '"50%\\r\\nx,y": 1', ...CONTACT_FIELDS, '---') });
    runCli(['validate', '--format', 'github', 'news'], io);
    assert.equal(io.out.join(''), '::warning file=news/a%2Cb%3A 100%25.md,line=7,col=1,endLine=7,endColumn=13,title=Pressroom unknown-field::Unknown field "50%25%0D%0Ax,y": the schema "Press release" has no such field\n');
  });
});
