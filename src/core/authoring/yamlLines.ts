/**
 * A line-by-line reading of block-style front matter, robust to the half-typed YAML an author has
 * while completing (`tit` on its own line, `- ` with nothing after it) where the parser gives up.
 *
 * Each structural line is read as list dashes and a key, with their columns; the path of any column
 * is found from the nearest line above that holds something less indented (the YAML rule), so the
 * path of an empty new line depends on the cursor's indentation.
 */
import type { ParsedRelease } from '../frontMatter/parse';
import type { SchemaPath } from '../schema/jsonSchema';
import { unquoteScalar } from '../yaml';

export interface LineToken {
  readonly kind: 'dash' | 'key';
  readonly column: number;
  /** The key's name, unquoted (keys only). */
  readonly name: string;
  readonly line: number;
}

export interface YamlLine {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'blank' | 'comment' | 'continuation' | 'text' | 'structure';
  readonly tokens: readonly LineToken[];
  /** The key on the line (last token when it is a key). */
  readonly key?: { readonly name: string; readonly column: number; readonly start: number; readonly end: number; readonly colon: number };
  /** The inline value after the key's colon (or after the dashes), without comment and trailing spaces. */
  readonly value?: { readonly start: number; readonly end: number; readonly text: string };
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`][^:#]*?|[^\s#'"{[\]},&*!|>%@`](?:[^:#]|:(?!\s|$))*?)[ \t]*:(?=[ \t]|$)/;

/** Where a value's text ends: before a comment (` #`) outside quotes, and before trailing spaces. */
export function valueEnd(text: string, from: number): number {
  let end: number;
  const first = text[from];
  if (first === '"' || first === "'") {
    let index = from + 1;
    while (index < text.length) {
      if (first === '"' && text[index] === '\\') index += 2;
      else if (text[index] === first) {
        if (first === "'" && text[index + 1] === "'") index += 2;
        else break;
      } else index++;
    }
    const comment = text.slice(index + 1).search(/\s#/);
    end = comment === -1 ? text.length : index + 1 + comment;
  } else {
    const comment = text.slice(from).search(/(^|\s)#/);
    end = comment === -1 ? text.length : from + comment;
  }
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Reads dashes and a key from `text` starting at `column`; offsets are relative to the line. */
export function readTokens(text: string, lineNumber: number): { tokens: LineToken[]; key?: YamlLine['key']; valueStart: number } {
  const tokens: LineToken[] = [];
  let pos = /^[ \t]*/.exec(text)?.[0].length ?? 0;
  while (text[pos] === '-' && (pos + 1 === text.length || text[pos + 1] === ' ' || text[pos + 1] === '\t')) {
    tokens.push({ kind: 'dash', column: pos, name: '', line: lineNumber });
    pos++;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  }
  const match = KEY.exec(text.slice(pos));
  if (!match) return { tokens, valueStart: pos };
  const raw = match[1];
  const name = unquoteScalar(raw);
  tokens.push({ kind: 'key', column: pos, name, line: lineNumber });
  const colon = pos + match[0].length - 1;
  let valueStart = colon + 1;
  while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++;
  return { tokens, key: { name, column: pos, start: pos, end: pos + raw.length, colon }, valueStart };
}

/** The front matter's lines (terminated or not), read structurally. */
export function frontMatterLines(release: ParsedRelease): YamlLine[] {
  const block = release.block;
  if (!block) return [];
  const { lines, text } = release;
  const first = lines.positionAt(block.contentStart).line;
  const contentEnd = block.closeStart ?? text.length;
  if (block.contentStart >= contentEnd && block.closeStart !== undefined) return [];
  const last = lines.positionAt(contentEnd).line - (block.closeStart !== undefined ? 1 : 0);
  const result: YamlLine[] = [];
  /** Lines more indented than this column continue the scalar above (block scalars, folded text). */
  let scalarOwner: number | undefined;
  for (let line = first; line <= last; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const lineText = text.slice(start, end);
    const trimmed = lineText.trim();
    const indent = lineText.length - lineText.trimStart().length;
    if (trimmed === '') {
      result.push({ line, start, end, text: lineText, kind: 'blank', tokens: [] });
      continue;
    }
    if (scalarOwner !== undefined && indent > scalarOwner) {
      result.push({ line, start, end, text: lineText, kind: 'continuation', tokens: [] });
      continue;
    }
    if (trimmed.startsWith('#')) {
      result.push({ line, start, end, text: lineText, kind: 'comment', tokens: [] });
      continue;
    }
    const read = readTokens(lineText, line);
    const valueStop = valueEnd(lineText, read.valueStart);
    const hasValue = valueStop > read.valueStart;
    const last = read.tokens[read.tokens.length - 1];
    scalarOwner = hasValue && last ? last.column : undefined;
    if (read.tokens.length === 0) scalarOwner = indent;
    result.push({
      line,
      start,
      end,
      text: lineText,
      kind: read.tokens.length > 0 ? 'structure' : 'text',
      tokens: read.tokens,
      ...(read.key ? { key: { ...read.key, start: start + read.key.start, end: start + read.key.end, colon: start + read.key.colon } } : {}),
      value: { start: start + read.valueStart, end: start + Math.max(read.valueStart, valueStop), text: lineText.slice(read.valueStart, Math.max(read.valueStart, valueStop)) },
    });
  }
  return result;
}

/** Resolves paths of tokens from the tokens above them. */
export class PathResolver {
  constructor(private readonly tokens: readonly LineToken[]) {}

  /**
   * The collection holding an entity (a key, or a list dash when `isDash`) at `column`, looking at the
   * tokens before index `from`; `siblings` counts the list items before a dash (its index).
   */
  containerOf(from: number, column: number, isDash: boolean): { path: SchemaPath; siblings: number } {
    let siblings = 0;
    for (let index = from - 1; index >= 0; index--) {
      const token = this.tokens[index];
      if (token.column < column || (isDash && token.kind === 'key' && token.column === column)) {
        return { path: token.kind === 'key' ? this.pathOfKey(index) : this.pathOfDash(index), siblings };
      }
      if (isDash && token.kind === 'dash' && token.column === column) siblings++;
    }
    return { path: [], siblings };
  }

  /** The path of the value under the key token at `index`. */
  pathOfKey(index: number): SchemaPath {
    const token = this.tokens[index];
    return [...this.containerOf(index, token.column, false).path, token.name];
  }

  /** The path of the list item started by the dash token at `index`. */
  pathOfDash(index: number): SchemaPath {
    const container = this.containerOf(index, this.tokens[index].column, true);
    return [...container.path, container.siblings];
  }
}

export function samePath(a: SchemaPath, b: SchemaPath): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** The keys written in the block mapping at `path`, read from the lines (for front matter the parser cannot read yet). */
export function keysWrittenAt(release: ParsedRelease, path: SchemaPath): Set<string> {
  const tokens = frontMatterLines(release).flatMap((line) => line.tokens);
  const resolver = new PathResolver(tokens);
  const keys = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.kind === 'key' && samePath(resolver.containerOf(index, token.column, false).path, path)) keys.add(token.name);
  });
  return keys;
}
