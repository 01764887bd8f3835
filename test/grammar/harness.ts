// Loads the Pressroom injection grammar into vscode-textmate the way VS Code does
// (injected into text.html.markdown) and turns documents into tokens we can assert on.
// The Markdown and YAML base grammars are small test stand-ins in ./fixtures.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

export const ROOT = join(__dirname, '..', '..');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'pressroom-release.tmLanguage.json');
export const INJECTION_SCOPE = 'text.pressroom.release.injection';

const grammarFiles: Record<string, string> = {
  'text.html.markdown': join(__dirname, 'fixtures', 'markdown-stand-in.tmLanguage.json'),
  'source.yaml': join(__dirname, 'fixtures', 'yaml-stub.tmLanguage.json'),
  [INJECTION_SCOPE]: GRAMMAR_PATH,
};

export interface Token {
  text: string;
  start: number;
  scopes: string[];
}

let markdown: Promise<IGrammar> | undefined;

function loadMarkdown(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  const registry = new Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  return registry.loadGrammar('text.html.markdown').then((grammar) => {
    if (!grammar) throw new Error('could not load the Markdown stand-in grammar');
    return grammar;
  });
}

/** Tokenizes a whole document, line by line, carrying state like the editor does. */
export async function tokenize(text: string): Promise<Token[][]> {
  markdown ??= loadMarkdown();
  const grammar = await markdown;
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }))
      .filter((t) => t.text !== '');
  });
}

function dump(line: Token[]): string {
  return line.map((t) => `  ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}

/** Asserts that exactly `text` (its first occurrence on the line) is one token carrying `scope`. */
export function assertToken(doc: Token[][], lineNo: number, text: string, scope: string): void {
  const line = doc[lineNo];
  assert.ok(line, `no line ${lineNo}`);
  const lineText = line.map((t) => t.text).join('');
  const start = lineText.indexOf(text);
  assert.ok(start >= 0, `${JSON.stringify(text)} not on line ${lineNo}: ${JSON.stringify(lineText)}`);
  const token = line.find((t) => t.start === start && t.text === text);
  assert.ok(token, `${JSON.stringify(text)} is not exactly one token on line ${lineNo}:\n${dump(line)}`);
  assert.ok(token.scopes.includes(scope), `${JSON.stringify(text)} lacks ${scope}:\n${dump(line)}`);
}

/** All of our scopes used anywhere on a line. */
export function pressroomScopes(doc: Token[][], lineNo: number): string[] {
  const found = new Set<string>();
  for (const token of doc[lineNo] ?? []) {
    for (const scope of token.scopes) if (scope.endsWith('.pressroom')) found.add(scope);
  }
  return [...found];
}

/** Asserts no token on the line carries any of our scopes. */
export function assertUntouched(doc: Token[][], lineNo: number): void {
  assert.deepEqual(pressroomScopes(doc, lineNo), [], `line ${lineNo} should be left to Markdown:\n${dump(doc[lineNo] ?? [])}`);
}

/** Asserts every token on the line carries `scope` (e.g. a whole line inside the front matter). */
export function assertWholeLine(doc: Token[][], lineNo: number, scope: string): void {
  const line = doc[lineNo] ?? [];
  assert.ok(line.length > 0, `line ${lineNo} is empty`);
  for (const token of line) assert.ok(token.scopes.includes(scope), `line ${lineNo} not all ${scope}:\n${dump(line)}`);
}
