// The grammar file and its package.json registration must agree, or VS Code silently ignores it.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_PATH, INJECTION_SCOPE, ROOT } from './harness';

interface GrammarContribution {
  scopeName?: string;
  path?: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: unknown;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes?: { grammars?: GrammarContribution[] };
};

/** Every name/contentName in the grammar, wherever it is nested. */
function scopeNames(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => scopeNames(child, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') found.push(value);
      else scopeNames(value, found);
    }
  }
  return found;
}

describe('release grammar: contribution', () => {
  const entry = pkg.contributes?.grammars?.find((g) => g.scopeName === INJECTION_SCOPE);

  it('is registered as an injection into Markdown', () => {
    assert.ok(entry, `no contributes.grammars entry for ${INJECTION_SCOPE}`);
    assert.equal(grammar.scopeName, INJECTION_SCOPE);
    assert.ok(entry.path && existsSync(join(ROOT, entry.path)), `missing grammar file ${entry.path}`);
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
  });

  it('maps the front matter to YAML', () => {
    assert.equal(entry?.embeddedLanguages?.['meta.embedded.block.frontmatter.pressroom'], 'yaml');
  });

  it('uses only scopes that end in .pressroom', () => {
    // The rules live in the repository; the top-level "name" is the grammar's display name.
    const outside = scopeNames(grammar.repository).filter((name) => !name.endsWith('.pressroom'));
    assert.deepEqual(outside, []);
  });
});
