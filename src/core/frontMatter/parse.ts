/**
 * Parses a release once: locates the front matter, parses its YAML with source ranges, and turns it
 * into plain data, guarding against the inputs that make YAML parsers hang or blow the stack.
 * Every later step (validation, completion, hover, fixes, preview) works from this result.
 */
import { Document, isMap, parseDocument } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import { locateFrontMatter, type FrontMatterBlock, type LocateResult } from './locate';

/** Front matter larger than this is reported as too large instead of parsed. */
export const MAX_FRONT_MATTER_CHARS = 512 * 1024;
/** More alias expansions than this is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Deeper collections than this are refused before the recursive parts of the parser see them. */
export const MAX_NESTING_DEPTH = 64;

export type ParseFailure =
  | { readonly kind: 'too-large'; readonly chars: number }
  | { readonly kind: 'too-deep'; readonly offset: number }
  | { readonly kind: 'alias-limit' }
  | { readonly kind: 'not-a-mapping' };

export interface ParsedRelease {
  readonly text: string;
  readonly lines: LineIndex;
  readonly located: LocateResult;
  /** The block, when one was found (terminated or not). */
  readonly block: FrontMatterBlock | undefined;
  /** The parsed YAML document; its node ranges are relative to `block.contentStart`. */
  readonly document: Document.Parsed | undefined;
  /** The front matter as plain data, when it could be built. */
  readonly data: Record<string, unknown> | undefined;
  readonly failure: ParseFailure | undefined;
  /** Where the Markdown body begins. */
  readonly bodyStart: number;
}

export function parseRelease(text: string): ParsedRelease {
  const lines = new LineIndex(text);
  const located = locateFrontMatter(text);
  const block = located.kind === 'found' || located.kind === 'unterminated' ? located.block : undefined;
  const bodyStart = block ? block.bodyStart : text.startsWith('\uFEFF') ? 1 : 0;
  const base = { text, lines, located, block, bodyStart };
  if (!block || located.kind === 'unterminated') {
    return { ...base, document: undefined, data: undefined, failure: undefined };
  }

  const source = text.slice(block.contentStart, block.contentEnd);
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    return { ...base, document: undefined, data: undefined, failure: { kind: 'too-large', chars: source.length } };
  }
  const deepAt = findExcessiveNesting(source, MAX_NESTING_DEPTH);
  if (deepAt !== undefined) {
    return { ...base, document: undefined, data: undefined, failure: { kind: 'too-deep', offset: block.contentStart + deepAt } };
  }

  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (document.errors.length > 0) return { ...base, document, data: undefined, failure: undefined };
  if (document.contents === null) return { ...base, document, data: {}, failure: undefined };
  if (!isMap(document.contents)) {
    return { ...base, document, data: undefined, failure: { kind: 'not-a-mapping' } };
  }
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { ...base, document, data, failure: undefined };
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return { ...base, document, data: undefined, failure: { kind: 'alias-limit' } };
    }
    if (error instanceof RangeError) {
      return { ...base, document, data: undefined, failure: { kind: 'too-deep', offset: block.contentStart } };
    }
    throw error;
  }
}

/**
 * A cheap upper bound of collection nesting: flow brackets and block indentation. It errs on the side
 * of parsing, so only absurd inputs (thousands of levels) are refused.
 */
function findExcessiveNesting(source: string, limit: number): number | undefined {
  let flowDepth = 0;
  let lineStart = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '[' || char === '{') {
      if (++flowDepth > limit) return index;
    } else if (char === ']' || char === '}') {
      flowDepth = Math.max(0, flowDepth - 1);
    } else if (char === '\n') {
      lineStart = index + 1;
    } else if (char === ' ' && index - lineStart > limit * 8 && source.slice(lineStart, index).trim() === '') {
      return lineStart;
    }
  }
  return undefined;
}

/** The body text (Markdown) of a parsed release. */
export function bodyOf(release: ParsedRelease): string {
  return release.text.slice(release.bodyStart);
}
