/**
 * Small text helpers shared by completion, quick fixes and the new-release template: indentation,
 * snippet escaping, and applying edits. (Line endings: text/eol.ts; YAML scalars and keys: yaml/write.ts.)
 */
import type { ParsedRelease } from '../frontMatter/parse';

/** A replacement of `[startOffset, endOffset)` of the text by `newText`. */
export interface TextEdit {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly newText: string;
}

/** The indentation step the front matter already uses (the smallest nested indent), else 2. */
export function indentUnitOf(release: ParsedRelease): number {
  const block = release.block;
  if (!block) return 2;
  const source = release.text.slice(block.contentStart, block.contentEnd);
  let smallest = Infinity;
  for (const line of source.split('\n')) {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const rest = line.slice(indent).trim();
    if (indent > 0 && rest !== '' && !rest.startsWith('#')) smallest = Math.min(smallest, indent);
  }
  return Number.isFinite(smallest) && smallest <= 8 ? smallest : 2;
}

export function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}

/** Escapes text for use inside a snippet (VS Code / TextMate snippet syntax). */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Applies non-overlapping edits (in any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.startOffset - a.startOffset || b.endOffset - a.endOffset);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.startOffset) + edit.newText + result.slice(edit.endOffset);
  return result;
}

/**
 * What a snippet inserts when every placeholder keeps its default: `${1:abc}` → `abc`, `${2|a,b|}` → `a`,
 * `$1`/`$0` → nothing. For tests and for editors that cannot insert snippets.
 */
export function snippetDefaults(snippet: string): string {
  let out = '';
  for (let index = 0; index < snippet.length; index++) {
    const char = snippet[index];
    if (char === '\\' && index + 1 < snippet.length && /[$}\\]/.test(snippet[index + 1])) {
      out += snippet[++index];
    } else if (char === '$') {
      const rest = snippet.slice(index + 1);
      const simple = /^\d+/.exec(rest);
      if (simple) {
        index += simple[0].length;
        continue;
      }
      const choice = /^\{\d+\|((?:[^|\\]|\\.)*?)(?:,(?:[^|\\]|\\.)*)*\|\}/.exec(rest);
      if (choice) {
        out += choice[1].replace(/\\(.)/g, '$1');
        index += choice[0].length;
        continue;
      }
      const open = /^\{\d+(:?)/.exec(rest);
      if (open) {
        // Find the matching brace, honouring escapes and nested placeholders.
        let depth = 1;
        let cursor = index + 1 + open[0].length;
        const start = cursor;
        while (cursor < snippet.length && depth > 0) {
          if (snippet[cursor] === '\\') cursor += 2;
          else if (snippet[cursor] === '$' && snippet[cursor + 1] === '{') {
            depth++;
            cursor += 2;
          } else if (snippet[cursor] === '}') {
            depth--;
            cursor++;
          } else cursor++;
        }
        out += open[1] ? snippetDefaults(snippet.slice(start, cursor - 1)) : '';
        index = cursor - 1;
        continue;
      }
      out += char;
    } else {
      out += char;
    }
  }
  return out;
}
