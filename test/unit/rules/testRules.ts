/** Rules that exist only in the engine's tests: they find plain words, so what the engine does with findings shows exactly. */
import type { AnyRule } from '../../../src/core/rules';
import type { Rule, RuleFinding } from '../../../src/core/rules/types';

/** Every occurrence of `word` in the whole text (front matter and body). */
function occurrences(text: string, word: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) found.push({ start: at, end: at + word.length });
  return found;
}

/** Flags each "TODO", with a fix that removes it (safe for fix-all). */
export const noTodo: Rule<{ word: string; fixAll: boolean }> = {
  id: 'no-todo',
  severity: 'error',
  description: 'No TODO left in.',
  defaults: { word: 'TODO', fixAll: true },
  optionsSchema: { type: 'object', additionalProperties: false, properties: { word: { type: 'string', minLength: 1 }, fixAll: { type: 'boolean' } } },
  scope: 'release',
  check: ({ release, options }) =>
    occurrences(release.text, options.word).map(
      ({ start, end }): RuleFinding => ({
        message: `Remove "${options.word}".`,
        startOffset: start,
        endOffset: end,
        fixes: [{ title: `Remove "${options.word}"`, edits: [{ startOffset: start, endOffset: end, newText: '' }], inFixAll: options.fixAll }],
      }),
    ),
};

/** Flags each "Headline", with a fix that only selects it for the author to type over. */
export const noHeadlinePlaceholder: Rule = {
  id: 'no-headline-placeholder',
  severity: 'warning',
  description: 'The headline is not the template word.',
  defaults: {},
  scope: 'release',
  check: ({ release }) =>
    occurrences(release.text, 'Headline').map(({ start, end }) => ({
      message: 'Write the headline.',
      startOffset: start,
      endOffset: end,
      path: ['title'],
      fixes: [{ title: 'Select the placeholder', edits: [], inFixAll: false, select: { startOffset: start, endOffset: end } }],
    })),
};

/** Throws on every release. */
export const alwaysThrows: Rule = {
  id: 'always-throws',
  severity: 'error',
  description: 'Fails, to show the engine survives it.',
  defaults: {},
  scope: 'release',
  check: () => {
    throw new Error('boom');
  },
};

/** Reports the other releases with the same url, and whether the picture in `og.image` exists. */
export const sameUrl: Rule = {
  id: 'same-url',
  severity: 'error',
  description: 'No two releases have the same url.',
  defaults: {},
  scope: 'workspace',
  check: ({ release, data, workspace }) => {
    const url = data.url;
    if (typeof url !== 'string' || !workspace) return [];
    const start = release.text.indexOf(url);
    return workspace.releases
      .filter((other) => other.url === url)
      .map((other) => ({ message: `Also the url of ${other.path}.`, startOffset: start, endOffset: start + url.length }));
  },
};

export const TEST_RULES: readonly AnyRule[] = [noTodo, noHeadlinePlaceholder, alwaysThrows, sameUrl];
