/**
 * What the author is typing at an offset of the front matter: a key (and in which mapping), a value
 * (of which field), or nothing Pressroom can help with. Worked out from the lines, so it works on the
 * half-typed YAML that completion always sees.
 */
import type { ParsedRelease } from '../frontMatter/parse';
import type { SchemaPath } from '../schema/jsonSchema';
import { frontMatterLines, PathResolver, readTokens, samePath, valueEnd, type LineToken, type YamlLine } from './yamlLines';

interface ContextBase {
  /** Column where a key at this place starts (for a value: the column of its key). */
  readonly column: number;
  /** Range the chosen text replaces: single line, contains the cursor. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** What has been typed between `replaceStart` and the cursor. */
  readonly typed: string;
}

export interface KeyContext extends ContextBase {
  readonly kind: 'key';
  /** Path of the collection the key (or list item) goes in. */
  readonly path: SchemaPath;
  /** Keys already in that mapping (not counting the line being typed). */
  readonly existing: ReadonlySet<string>;
  /** The line already has `:` after the key, so only the name is replaced. */
  readonly hasColon: boolean;
  /** The cursor line begins a new list item (`- `), and this key would be its first. */
  readonly startsItem: boolean;
}

export interface ValueContext extends ContextBase {
  readonly kind: 'value';
  /** Path of the field whose value is typed. */
  readonly path: SchemaPath;
  /** The cursor is right after the colon: a space must be inserted first. */
  readonly needsSpace: boolean;
}

export type CursorContext = KeyContext | ValueContext;

/** Inside the front matter's content (not on its delimiter lines)? */
export function inFrontMatter(release: ParsedRelease, offset: number): boolean {
  const block = release.block;
  if (!block) return false;
  if (offset < block.contentStart) return false;
  if (block.closeStart === undefined) return offset <= release.text.length;
  return offset < block.closeStart;
}

/** More lines than this are not analysed for completion (the parser's limits are far above it). */
const MAX_LINES = 5000;

export function cursorContext(release: ParsedRelease, offset: number): CursorContext | undefined {
  if (!inFrontMatter(release, offset)) return undefined;
  const lines = frontMatterLines(release);
  if (lines.length > MAX_LINES) return undefined;
  const lineNumber = release.lines.positionAt(offset).line;
  const cursorIndex = lines.findIndex((line) => line.line === lineNumber);
  if (cursorIndex < 0) return undefined;
  const current = lines[cursorIndex];
  if (current.kind === 'comment' || current.kind === 'continuation') return undefined;

  const column = offset - current.start;
  const prefix = current.text.slice(0, column);
  const read = readTokens(prefix, lineNumber);
  const dashes = read.tokens.filter((token) => token.kind === 'dash');

  // Tokens of the lines above, then the dashes typed on the cursor line.
  const above: LineToken[] = lines.slice(0, cursorIndex).flatMap((line) => (line.kind === 'structure' ? line.tokens : []));
  const tokens = [...above, ...dashes];
  const resolver = new PathResolver(tokens);

  if (read.key) {
    // `key: |` — a value is being typed (the colon is before the cursor).
    const keyColumn = read.key.column;
    const container = resolver.containerOf(tokens.length, keyColumn, false).path;
    const valueStart = current.start + read.valueStart;
    const fullValueEnd = current.start + valueEnd(current.text, read.valueStart);
    const needsSpace = read.valueStart === read.key.colon + 1 && read.valueStart === column;
    return {
      kind: 'value',
      path: [...container, read.key.name],
      column: keyColumn,
      replaceStart: Math.min(valueStart, offset),
      replaceEnd: Math.max(fullValueEnd, offset),
      typed: current.text.slice(Math.min(read.valueStart, column), column),
      needsSpace,
    };
  }

  // A key being typed: `tit|`, `- |`, or an empty (indented) line.
  const keyStart = read.valueStart;
  const typed = prefix.slice(keyStart);
  if (!/^[^\s:#'"{}[\],&*!|>%@`]*$/.test(typed)) return undefined;
  const after = current.text.slice(column);
  const wordRest = /^[^\s:#]*/.exec(after)?.[0] ?? '';
  const hasColon = /^[ \t]*:(?=\s|$)/.test(after.slice(wordRest.length));
  const keyColumn = keyStart;
  const container = resolver.containerOf(tokens.length, keyColumn, false).path;
  const existing = siblingKeys(lines, cursorIndex, keyColumn, container, above, dashes);
  return {
    kind: 'key',
    path: container,
    column: keyColumn,
    replaceStart: current.start + keyStart,
    replaceEnd: offset + wordRest.length,
    typed,
    existing,
    hasColon,
    startsItem: dashes.length > 0,
  };
}

/** Keys at `column` in the same mapping as the cursor line, above and below it. */
function siblingKeys(
  lines: readonly YamlLine[],
  cursorIndex: number,
  column: number,
  container: readonly (string | number)[],
  above: readonly LineToken[],
  cursorDashes: readonly LineToken[],
): Set<string> {
  const all: LineToken[] = [...above, ...cursorDashes];
  for (const line of lines.slice(cursorIndex + 1)) if (line.kind === 'structure') all.push(...line.tokens);
  const resolver = new PathResolver(all);
  const existing = new Set<string>();
  for (let index = 0; index < all.length; index++) {
    const token = all[index];
    if (token.kind !== 'key' || token.column !== column) continue;
    if (samePath(resolver.containerOf(index, column, false).path, container)) existing.add(token.name);
  }
  return existing;
}
