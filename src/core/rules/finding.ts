/**
 * Findings made in one shape (the same properties in the same order, whichever are given), so the
 * engine's reads of every rule's findings stay at one fast look-up each: findings of a dozen shapes made
 * those reads cost about half a microsecond a finding.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic';
import type { RuleFinding, RuleFix } from './types';

export function finding(message: string, startOffset: number, endOffset: number, path?: DiagnosticPath, fixes?: readonly RuleFix[]): RuleFinding {
  return { message, startOffset, endOffset, path, fixes };
}

/** A finding at a place a rule worked out (placeOn's, or a span of the body). */
export function findingAt(place: { readonly startOffset: number; readonly endOffset: number; readonly path?: DiagnosticPath }, message: string, fixes?: readonly RuleFix[]): RuleFinding {
  return { message, startOffset: place.startOffset, endOffset: place.endOffset, path: place.path, fixes };
}
