/** Completion's areas from the workspace index: those used most first. Pure, so unit tests can reach it. */
import type { ReleaseFacts } from '../../core/authoring';

/** The areas used in these releases, most used first (then A to Z). */
export function areasByUse(facts: readonly ReleaseFacts[]): string[] {
  const counts = new Map<string, number>();
  for (const one of facts) for (const area of one.areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([area]) => area);
}
