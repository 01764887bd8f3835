/** The body: the original lines less those taken for fields, otherwise exactly as written. */
import type { ConvertField } from './types';

/**
 * The lines not consumed, as written: no leading or trailing blank lines, no doubled blank lines where a
 * line was taken out. A consumed line with a remnant (words that were not the field's) leaves the remnant.
 */
export function bodyWithout(lines: readonly string[], consumed: ReadonlyMap<number, ConvertField>, eol: string, remnants: ReadonlyMap<number, string> = new Map()): string {
  const kept: string[] = [];
  let removedSinceKept = false;
  lines.forEach((original, index) => {
    const line = remnants.get(index) ?? original;
    if (consumed.has(index) && !remnants.has(index)) {
      removedSinceKept = true;
      return;
    }
    const blank = line.trim() === '';
    if (blank && (kept.length === 0 || (removedSinceKept && kept[kept.length - 1].trim() === ''))) return;
    kept.push(line);
    if (!blank) removedSinceKept = false;
  });
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  return kept.join(eol);
}
