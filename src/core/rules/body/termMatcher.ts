/**
 * One matcher for a style guide's whole list of discouraged terms: terms are indexed by their first
 * word (or first symbol, for `%` or `&`), and the text is read once, word by word, looking each word
 * up, so 5,000 terms cost no more per word than five.
 */

export interface StyleTerm {
  /** The discouraged text as configured. */
  readonly term: string;
  /** What to write instead. */
  readonly use: string;
  readonly caseSensitive: boolean;
}

export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly term: StyleTerm;
  /** The replacement, in the case the match was written in and spaced like the text around it. */
  readonly replacement: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Not global: a shared global regex keeps a `lastIndex` that `matchAll` would copy. */
const FIRST_WORD = /[\p{L}\p{N}]+/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** The lookup key of a term: its first word, lower case, or its first character when it starts with a symbol. */
function keyOf(term: string): string {
  if (!isWordChar(term[0])) return term[0];
  return (FIRST_WORD.exec(term)?.[0] ?? term).toLowerCase();
}

/** Keeps the written case when the configured term is all lower case: `Utilise` → `Use`, `UTILISE` → `USE`. */
function inCaseOf(written: string, term: StyleTerm): string {
  if (term.caseSensitive || term.term !== term.term.toLowerCase()) return term.use;
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return term.use.toUpperCase();
  if (letters[0] && letters[0] === letters[0].toUpperCase() && letters[0] !== letters[0].toLowerCase()) return term.use[0].toUpperCase() + term.use.slice(1);
  return term.use;
}

export class TermMatcher {
  private readonly byKey = new Map<string, StyleTerm[]>();
  private readonly symbols: RegExp | undefined;

  constructor(terms: readonly StyleTerm[]) {
    for (const term of terms) {
      if (term.term.trim() === '' || term.term === term.use) continue;
      const key = keyOf(term.term);
      const list = this.byKey.get(key) ?? [];
      list.push(term);
      this.byKey.set(key, list);
    }
    // Longest first, so "per cent." is preferred over "per".
    for (const list of this.byKey.values()) list.sort((a, b) => b.term.length - a.term.length);
    const symbolKeys = [...this.byKey.keys()].filter((key) => !isWordChar(key));
    this.symbols = symbolKeys.length > 0 ? new RegExp(`[${symbolKeys.map((key) => key.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu') : undefined;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every match in `text`, in order, never overlapping. */
  matches(text: string): TermMatch[] {
    if (this.byKey.size === 0) return [];
    const found: TermMatch[] = [];
    const starts: { index: number; key: string }[] = [];
    for (const word of text.matchAll(WORD)) starts.push({ index: word.index, key: word[0].toLowerCase() });
    if (this.symbols) for (const symbol of text.matchAll(this.symbols)) starts.push({ index: symbol.index, key: symbol[0] });
    if (this.symbols) starts.sort((a, b) => a.index - b.index);
    let after = 0;
    for (const { index, key } of starts) {
      if (index < after) continue;
      const candidates = this.byKey.get(key);
      if (!candidates) continue;
      const match = candidates.map((term) => this.matchAt(text, index, term)).find((m) => m !== undefined);
      if (!match) continue;
      found.push(match);
      after = match.end;
    }
    return found;
  }

  private matchAt(text: string, start: number, term: StyleTerm): TermMatch | undefined {
    const end = start + term.term.length;
    const written = text.slice(start, end);
    if (term.caseSensitive ? written !== term.term : written.toLowerCase() !== term.term.toLowerCase()) return undefined;
    if (isWordChar(term.term[term.term.length - 1]) && isWordChar(text[end])) return undefined;
    // Already the preferred form ("Covid" inside "Covid-19" when Covid-19 is what to use).
    if (text.slice(start, start + term.use.length).toLowerCase() === term.use.toLowerCase()) return undefined;
    let replacement = inCaseOf(written, term);
    // "50%" becomes "50 per cent", not "50per cent".
    if (!isWordChar(term.term[0]) && isWordChar(replacement[0]) && isWordChar(text[start - 1])) replacement = ` ${replacement}`;
    if (!isWordChar(term.term[term.term.length - 1]) && isWordChar(replacement[replacement.length - 1]) && isWordChar(text[end])) replacement = `${replacement} `;
    return { start, end, term, replacement };
  }
}
