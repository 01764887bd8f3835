/** "1,234": a count as people read it, grouped in thousands, the same in every message and on every platform. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** "1 error", "2 errors", "1,234 releases": counts in messages. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
