/**
 * A cheap, linear upper bound of YAML collection nesting, checked before the parser's recursive parts
 * see the text: flow brackets, compact block indicators on one line (`- - - x`, `? ? x`) and block
 * indentation. It errs on the side of parsing, so only absurd inputs are refused.
 */

/** Block indentation wider than this many columns per allowed level is refused. */
export const COLUMNS_PER_LEVEL = 8;

/** The offset where nesting first exceeds `limit`, or undefined when it never does. */
export function findExcessiveNesting(source: string, limit: number): number | undefined {
  let flowDepth = 0;
  let lineStart = 0;
  /** Only spaces, tabs and block indicators so far on this line. */
  let inIndent = true;
  let indicators = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\n') {
      lineStart = index + 1;
      inIndent = true;
      indicators = 0;
    } else if (char === '[' || char === '{') {
      inIndent = false;
      if (++flowDepth > limit) return index;
    } else if (char === ']' || char === '}') {
      inIndent = false;
      flowDepth = Math.max(0, flowDepth - 1);
    } else if (!inIndent) {
      continue;
    } else if (char === ' ' || char === '\t') {
      if (index - lineStart > limit * COLUMNS_PER_LEVEL) return lineStart;
    } else if (isBlockIndicator(source, index)) {
      // Each compact `- `, `? ` or `: ` opens one more level; the parser slows down sharply on these.
      if (++indicators > limit) return index;
    } else {
      inIndent = false;
    }
  }
  return undefined;
}

/** A block indicator (`-`, `?`, `:`) with a space, a tab, a line break or the end after it. */
export function isBlockIndicator(source: string, index: number): boolean {
  const char = source[index];
  if (char !== '-' && char !== '?' && char !== ':') return false;
  const next = source[index + 1];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}
