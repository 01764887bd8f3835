/**
 * "1,234": a count as people read it, grouped in thousands, the same in every message and on every
 * platform. Grouped by hand: `toLocaleString` loads the locale data on first use, about 15 ms of every
 * CLI run, for one summary line.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}

/** "1 error", "2 errors", "1,234 releases": counts in messages. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
