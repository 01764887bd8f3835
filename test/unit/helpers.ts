/** Small helpers that keep the unit tests readable: documents from lines, diagnostics as one-line strings, counted document reads. */
import { builtInSchema, validateRelease, type ParsedRelease, type ReleaseDiagnostic } from '../../src/core';

export const lines = (...content: string[]): string => content.join('\n');

/** `line:col-line:col severity code message`, zero-based like VS Code. */
export function describe1(diagnostic: ReleaseDiagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

export function check(text: string): string[] {
  return validateRelease(text, builtInSchema()).map(describe1);
}

/** A release that is valid against the built-in schema, as `---` front matter lines. */
export const VALID_FIELDS = [
  'title: Library opening hours extended over the holidays',
  'area: Northshire',
  'url: https://www.example.gov.uk/news/2026/library-hours/',
  'publish:',
  '  date: 09:30 02/12/2026',
];

/** The release as the quick path gives it: `document` a getter, its reads counted. */
export function counting(release: ParsedRelease): { release: ParsedRelease; reads: () => number } {
  let reads = 0;
  const wrapped = { ...release };
  Object.defineProperty(wrapped, 'document', {
    enumerable: true,
    get() {
      reads++;
      return release.document;
    },
  });
  return { release: wrapped, reads: () => reads };
}

/** Data equal in every value (NaN and -0 included) and in the order of every object's keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length || keysA.some((key, index) => key !== keysB[index])) return false;
  return keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
