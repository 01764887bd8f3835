/**
 * The real releases beside the project (../shared from the repository root: samples/ and corpus/). Every
 * unit test that reads them goes through here, so a missing folder is never a silent pass: in CI
 * (CI=true) it fails, elsewhere the tests show as pending with the reason in their title.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SHARED_ROOT = path.resolve(__dirname, '..', '..', '..', 'shared');

export type SharedData =
  | { readonly kind: 'present'; readonly root: string }
  | { readonly kind: 'missing'; readonly root: string; readonly required: boolean };

/** Whether the shared data is there, and whether its absence is an error (in CI it is). */
export function sharedDataState(env: NodeJS.ProcessEnv = process.env, exists: (folder: string) => boolean = fs.existsSync, root = SHARED_ROOT): SharedData {
  if (exists(root)) return { kind: 'present', root };
  return { kind: 'missing', root, required: env.CI === 'true' };
}

/**
 * The one test that stands in for the shared-data tests when the folder is missing: failing when it is
 * required, pending (no body, the reason as its title) when it is not.
 */
export function standInTest(state: Extract<SharedData, { kind: 'missing' }>): { readonly title: string; readonly run?: () => void } {
  const where = path.relative(process.cwd(), state.root) || state.root;
  if (state.required) {
    const reason = `${where} is missing, and CI=true expects it (the real samples and corpus beside the repository)`;
    return { title: 'has the shared data it needs', run: () => assert.fail(reason) };
  }
  return { title: `skipped: ${where} is missing (the real samples and corpus beside the repository; CI=true makes this a failure)` };
}

/**
 * A describe block over the shared data: `body` gets its root when it is there; when it is missing, the
 * stand-in test says so instead.
 */
export function describeWithSharedData(title: string, body: (root: string) => void, state: SharedData = sharedDataState()): void {
  describe(title, () => {
    if (state.kind === 'present') return body(state.root);
    const standIn = standInTest(state);
    if (standIn.run) it(standIn.title, standIn.run);
    else it(standIn.title);
  });
}

/** Every file below a folder, in a stable order. */
export function filesBelow(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesBelow(full) : [full];
    });
}
