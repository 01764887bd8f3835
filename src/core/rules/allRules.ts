/**
 * Every release rule Pressroom has, in the order the documentation lists them. A rule is added here
 * and nowhere else: the engine, the configuration's schema, the docs index and the CLI's SARIF rule
 * list all read this table.
 */
import type { Rule } from './types';

// Each rule file exports one rule; their options differ, so the table holds them as Rule<any>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_RULES: readonly Rule<any>[] = [
  // front matter rules (src/core/rules/frontMatter)
  // body rules (src/core/rules/body)
  // workspace rules (src/core/rules/workspace)
];
