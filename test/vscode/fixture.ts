/**
 * What the fixture workspace (test/vscode/workspace) must produce, shared by the in-extension-host suite
 * and the Playwright UI checks. Lines and columns are zero-based, as the VS Code API counts them.
 */

export const EXTENSION_ID = 'pressroom.pressroom';

export const FILES = {
  valid: 'news/2026-03-10-riverside-library-reopens.md',
  broken: 'news/2026-04-02-harbour-bridge-closure.md',
  fenced: 'press/2026-05-05-spring-festival.md',
  namedRelease: 'drafts/summer-fair.release.md',
  notARelease: 'notes/meeting-notes.md',
  /** A broken release in a folder the workspace's `files.exclude` hides: no listing finds it. */
  hidden: 'news/archive/2019-02-01-hidden-notice.md',
} as const;

export interface ExpectedDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information';
  readonly message: string;
  /** [startLine, startCharacter, endLine, endCharacter] */
  readonly range: readonly [number, number, number, number];
}

export const IMPOSSIBLE_DATE_MESSAGE =
  'publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2020 is not a real date: 31 February does not exist (February 2020 has 29 days)';

/** The broken release: no `area`, an impossible date (31/02/2020), an unknown `author` field. In position order. */
export const BROKEN_DIAGNOSTICS: readonly ExpectedDiagnostic[] = [
  { code: 'missing-field', severity: 'error', message: 'Missing required field "area"', range: [0, 0, 0, 3] },
  { code: 'invalid-date', severity: 'error', message: IMPOSSIBLE_DATE_MESSAGE, range: [4, 8, 4, 24] },
  {
    code: 'unknown-field',
    severity: 'warning',
    message: 'Unknown field "author": the schema "Press release" has no such field',
    range: [5, 0, 5, 6],
  },
];

/**
 * Releases in the fixture: the valid, broken, fenced and *.release.md files (not the meeting notes), and the
 * four checked files of the newsroom project (test/fixtures/newsroomProject.ts: two with problems, 4 errors and
 * 2 warnings between them, and one too large to check, which is a note, not a problem), and the seven releases of
 * the Releases view's folder (test/fixtures/releasesBoard.ts: three with problems, 3 errors and 1 warning), and the
 * five of the split-schema project (test/fixtures/schemasProject.ts: three with problems, 7 errors).
 */
export const WORKSPACE_SUMMARY = { files: 20, filesWithProblems: 9, errors: 16, warnings: 4 } as const;

export const WORKSPACE_MESSAGE = 'Pressroom: 20 releases checked, 9 with problems (16 errors, 4 warnings).';

export const STATUS_VALID = '$(check) Release valid';
export const STATUS_BROKEN = '$(error) 3 problems';
export const STATUS_BROKEN_TOOLTIP = 'Pressroom: this release has 2 errors and 1 warning. Click to show them in the Problems panel.\nChecked against: Press release';
