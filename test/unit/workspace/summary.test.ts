import * as assert from 'node:assert/strict';
import { describeWorkspaceSummary, type WorkspaceSummary } from '../../../src/vscode/commands/summary';

const whole: WorkspaceSummary = { files: 12, filesWithProblems: 3, errors: 5, warnings: 2, cancelled: false, releases: 12 };

describe('Validate All summary', () => {
  it('counts a whole run, with its problems or as all valid', () => {
    assert.equal(describeWorkspaceSummary(whole), 'Pressroom: 12 releases checked, 3 with problems (5 errors, 2 warnings).');
    assert.equal(describeWorkspaceSummary({ ...whole, files: 1, releases: 1, filesWithProblems: 0, errors: 0, warnings: 0 }), 'Pressroom: 1 release checked, all valid.');
    assert.equal(describeWorkspaceSummary({ ...whole, files: 10_000, releases: 10_000, filesWithProblems: 0, errors: 0, warnings: 0 }), 'Pressroom: 10,000 releases checked, all valid.');
  });

  it('says a workspace without releases has none, not that they are all valid', () => {
    const empty = { ...whole, files: 0, releases: 0, filesWithProblems: 0, errors: 0, warnings: 0 };
    assert.equal(describeWorkspaceSummary(empty), 'Pressroom: there are no releases in this workspace, so none were checked.');
    assert.equal(describeWorkspaceSummary({ ...empty, plainText: { files: 0, listed: true } }), 'Pressroom: there are no releases in this workspace, so none were checked.');
  });

  it('names the plain-text files of a workspace without releases, which its action converts', () => {
    const empty = { ...whole, files: 0, releases: 0, filesWithProblems: 0, errors: 0, warnings: 0 };
    assert.equal(
      describeWorkspaceSummary({ ...empty, plainText: { files: 1, listed: true } }),
      'Pressroom: there are no releases in this workspace, so none were checked; it has 1 plain-text file (.txt), and Convert to Press Release makes a Markdown release of one.',
    );
    assert.equal(
      describeWorkspaceSummary({ ...empty, plainText: { files: 1_200, listed: true } }),
      'Pressroom: there are no releases in this workspace, so none were checked; it has 1,200 plain-text files (.txt), and Convert to Press Release makes a Markdown release of one.',
    );
    assert.equal(
      describeWorkspaceSummary({ ...empty, plainText: { files: 5_000, listed: false } }),
      'Pressroom: there are no releases in this workspace, so none were checked; it has at least 5,000 plain-text files (.txt), and Convert to Press Release makes a Markdown release of one.',
    );
  });

  it('says a cancelled run was partial, with how many of how many, and never "all valid"', () => {
    const partial = { ...whole, files: 1234, releases: 10_000, filesWithProblems: 123, errors: 150, warnings: 20, cancelled: true };
    assert.equal(
      describeWorkspaceSummary(partial),
      'Pressroom: checked 1,234 of 10,000 releases before you cancelled: 123 with problems (150 errors, 20 warnings); the rest were not checked.',
    );
    assert.equal(
      describeWorkspaceSummary({ ...partial, filesWithProblems: 0, errors: 0, warnings: 0 }),
      'Pressroom: checked 1,234 of 10,000 releases before you cancelled: no problems in those; the rest were not checked.',
    );
  });

  it('when the number of releases is not known yet, counts the files read', () => {
    const reading: WorkspaceSummary = { files: 1, filesWithProblems: 1, errors: 1, warnings: 0, cancelled: true, read: { done: 2500, of: 10_000 } };
    assert.equal(describeWorkspaceSummary(reading), 'Pressroom: checked 1 release in 2,500 of 10,000 files before you cancelled: 1 with problems (1 error, 0 warnings); the rest were not checked.');
    assert.equal(describeWorkspaceSummary({ ...reading, read: undefined }), 'Pressroom: checked 1 release before you cancelled: 1 with problems (1 error, 0 warnings); the rest were not checked.');
  });

  it('says so when nothing was checked before the cancel', () => {
    const none: WorkspaceSummary = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, cancelled: true, releases: 40, read: { done: 0, of: 40 } };
    assert.equal(describeWorkspaceSummary(none), 'Pressroom: you cancelled before any release was checked.');
  });
});
