/** A date written in another style (ISO 8601, "18 March 2020 16:55", ...) rewritten as a press date. */
import { isScalar } from 'yaml';
import { formatPressDate } from '../../dates/pressDate';
import { readDate } from '../../dates/readDate';
import type { BuiltInDiagnostic } from '../../diagnostics';
import { nodeAt } from '../../yaml';
import { escapeSnippet } from '../textTools';
import type { FixContext } from './fixContext';
import { inSameStyle } from './quoting';
import type { AuthoringFix } from './types';

/** The time proposed for a date written without one; the author confirms it. */
const PROPOSED_TIME = '09:00';

export function dateFixes(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix[] {
  if (diagnostic.code !== 'invalid-date') return [];
  const node = nodeAt(ctx.document, diagnostic.path);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
  const read = readDate(node.value);
  if (!read) return [];
  const start = ctx.contentStart + node.range[0];
  const end = ctx.contentStart + node.range[1];
  if (read.hour !== undefined && read.minute !== undefined) {
    // Nothing to decide: the same moment, written the press way.
    const value = formatPressDate({ year: read.year, month: read.month, day: read.day, hour: read.hour, minute: read.minute });
    const newText = inSameStyle(node, value);
    if (newText === undefined) return [];
    return [{ id: 'rewrite-date', title: `Rewrite the date as "${value}"`, edits: [{ startOffset: start, endOffset: end, newText }], diagnostics: [diagnostic], isPreferred: true, inFixAll: true }];
  }
  // A date without a time: the author must choose one, so this stays out of fix-all.
  const datePart = formatPressDate({ year: read.year, month: read.month, day: read.day, hour: 9, minute: 0 }).split(' ')[1];
  const plain = inSameStyle(node, `${PROPOSED_TIME} ${datePart}`);
  if (plain === undefined) return [];
  const quote = plain.startsWith('"') || plain.startsWith("'") ? plain[0] : '';
  return [
    {
      id: 'rewrite-date',
      title: `Rewrite the date as "${datePart}" with a time (${PROPOSED_TIME})`,
      edits: [{ startOffset: start, endOffset: end, newText: plain }],
      snippet: { startOffset: start, endOffset: end, snippet: `${quote}\${1:${PROPOSED_TIME}} ${escapeSnippet(datePart)}${quote}` },
      diagnostics: [diagnostic],
      isPreferred: false,
      inFixAll: false,
    },
  ];
}
