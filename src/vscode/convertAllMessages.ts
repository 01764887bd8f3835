/** The wording of converting every plain-text release at once: the question before, the summary after. */
import { plural } from '../core';

/** A plain-text file that is not converted, and why (as `pressroom convert` says it). */
export interface NotConverted {
  readonly name: string;
  readonly reason: string;
}

/** At most this many files left as they are are named; the rest are counted. */
const NAMED = 5;

function listed(skipped: readonly NotConverted[]): string {
  const named = skipped.slice(0, NAMED).map(({ name, reason }) => `${name} (${reason})`);
  const more = skipped.length > NAMED ? `, and ${plural(skipped.length - NAMED, 'other')}` : '';
  return `${named.join(', ')}${more}`;
}

function releasesBeside(count: number): string {
  return `${plural(count, 'Markdown release')} beside ${count === 1 ? 'its .txt file' : 'their .txt files'}`;
}

export function convertAllQuestion(creates: number): string {
  return `Create ${releasesBeside(creates)}?`;
}

/** The dialog's detail: what happens to the .txt files, and which are not converted. */
export function convertAllDetail(skipped: readonly NotConverted[]): string {
  const kept = 'Each .txt file is left as it is, and no file is overwritten. Fields not found in the text are left empty with a TODO comment.';
  return skipped.length === 0 ? kept : `${kept}\n\nNot converted: ${listed(skipped)}.`;
}

export function convertAllSummary(created: number, skipped: readonly NotConverted[]): string {
  const made = created === 0 ? 'no Markdown release was created' : `created ${releasesBeside(created)}`;
  return `Pressroom: ${made}${skipped.length === 0 ? '' : `; not converted: ${listed(skipped)}`}.`;
}
