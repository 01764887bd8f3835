/** The workspace command's summary and its wording. */
import { describeCounts, formatCount, PLAIN_TEXT_EXTENSION, plural, type SeverityCounts } from '../../core';

export interface WorkspaceSummary extends SeverityCounts {
  /** Releases checked. */
  readonly files: number;
  readonly filesWithProblems: number;
  readonly cancelled: boolean;
  /** How many releases there are to check, when known (a cancelled run may not know). */
  readonly releases?: number;
  /** Markdown files read of those found. */
  readonly read?: { readonly done: number; readonly of: number };
  /**
   * Plain-text files in a workspace without releases, which may be releases waiting to be converted; `listed`
   * is false when there were more than were listed.
   */
  readonly plainText?: { readonly files: number; readonly listed: boolean };
}

export function describeWorkspaceSummary(summary: WorkspaceSummary): string {
  const problems = summary.filesWithProblems === 0 ? undefined : `${formatCount(summary.filesWithProblems)} with problems (${describeCounts(summary)})`;
  if (!summary.cancelled) {
    // A workspace with nothing to check is not one whose releases are all valid.
    if (summary.files === 0) return `Pressroom: there are no releases in this workspace, so none were checked${plainTextNote(summary.plainText)}.`;
    return `Pressroom: ${plural(summary.files, 'release')} checked, ${problems ?? 'all valid'}.`;
  }
  // A partial run never reads as if the workspace were valid.
  if (summary.files === 0) return 'Pressroom: you cancelled before any release was checked.';
  const checked =
    summary.releases !== undefined
      ? `checked ${formatCount(summary.files)} of ${plural(summary.releases, 'release')}`
      : `checked ${plural(summary.files, 'release')}${summary.read ? ` in ${formatCount(summary.read.done)} of ${plural(summary.read.of, 'file')}` : ''}`;
  return `Pressroom: ${checked} before you cancelled: ${problems ?? 'no problems in those'}; the rest were not checked.`;
}

/** Releases kept as plain text are not checked until converted: say so, as the message's action offers it. */
function plainTextNote(plainText: WorkspaceSummary['plainText']): string {
  if (!plainText || plainText.files === 0) return '';
  const count = `${plainText.listed ? '' : 'at least '}${plural(plainText.files, 'plain-text file')}`;
  return `; it has ${count} (${PLAIN_TEXT_EXTENSION}), and Convert to Press Release makes a Markdown release of one`;
}
