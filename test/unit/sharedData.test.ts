import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SHARED_ROOT, sharedDataState, standInTest } from './sharedData';

describe('the shared data helper', () => {
  const root = path.join(path.sep, 'nowhere', 'shared');
  const missing = () => false;

  it('looks for ../shared beside the repository root', () => {
    assert.equal(SHARED_ROOT, path.resolve(__dirname, '..', '..', '..', 'shared'));
  });

  it('is present when the folder exists, in CI or not', () => {
    assert.deepEqual(sharedDataState({ CI: 'true' }, () => true, root), { kind: 'present', root });
    assert.deepEqual(sharedDataState({}, () => true, root), { kind: 'present', root });
  });

  it('requires the folder only when CI is "true"', () => {
    assert.deepEqual(sharedDataState({ CI: 'true' }, missing, root), { kind: 'missing', root, required: true });
    assert.deepEqual(sharedDataState({}, missing, root), { kind: 'missing', root, required: false });
    assert.deepEqual(sharedDataState({ CI: 'false' }, missing, root), { kind: 'missing', root, required: false });
  });

  it('stands in with a failing test in CI', () => {
    const standIn = standInTest({ kind: 'missing', root, required: true });
    assert.equal(standIn.title, 'has the shared data it needs');
    assert.throws(() => standIn.run?.(), {
      name: 'AssertionError',
      message: `${path.relative(process.cwd(), root)} is missing, and CI=true expects it (the real samples and corpus beside the repository)`,
    });
  });

  it('stands in with a pending test, its reason in the title, outside CI', () => {
    const standIn = standInTest({ kind: 'missing', root, required: false });
    assert.equal(standIn.run, undefined);
    assert.equal(
      standIn.title,
      `skipped: ${path.relative(process.cwd(), root)} is missing (the real samples and corpus beside the repository; CI=true makes this a failure)`,
    );
  });
});
