/**
 * The one guarded way to read YAML text: refuses inputs that make YAML parsers hang or blow the stack
 * (too large, too deeply nested, alias bombs) before or while building plain data.
 */
import { parseDocument, type Document } from 'yaml';
import { ownCopy } from '../text/ownCopy';
import { findExcessiveNesting } from './nesting';

/** YAML larger than this is reported as too large instead of parsed. */
export const MAX_FRONT_MATTER_CHARS = 512 * 1024;
/** More alias expansions than this is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Deeper collections than this are refused before the recursive parts of the parser see them. */
export const MAX_NESTING_DEPTH = 64;

export interface YamlLimits {
  readonly maxChars: number;
  readonly maxAliasCount: number;
  readonly maxNestingDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxChars: MAX_FRONT_MATTER_CHARS,
  maxAliasCount: MAX_ALIAS_COUNT,
  maxNestingDepth: MAX_NESTING_DEPTH,
};

/** Why the YAML was refused; `offset` is relative to the source read. */
export type YamlReadFailure =
  | { readonly kind: 'too-large'; readonly chars: number }
  | { readonly kind: 'too-deep'; readonly offset: number }
  | { readonly kind: 'alias-limit' };

export interface YamlRead {
  /** The parsed document with source ranges; undefined when refused before parsing. */
  readonly document: Document.Parsed | undefined;
  /**
   * The plain data (`null` for an empty document); undefined when the document has errors
   * (see `document.errors`) or a failure stopped it.
   */
  readonly data: unknown;
  readonly failure: YamlReadFailure | undefined;
}

export function readYaml(source: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlRead {
  const parsed = parseGuarded(source, limits);
  if (!('document' in parsed)) return refused(parsed);
  const { document } = parsed;
  if (document.errors.length > 0) return { document, data: undefined, failure: undefined };
  try {
    return { document, data: document.toJS({ maxAliasCount: limits.maxAliasCount }), failure: undefined };
  } catch (error) {
    // The yaml package signals unresolved and excessive aliases this way, and runaway recursion as RangeError.
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return { document, data: undefined, failure: { kind: 'alias-limit' } };
    }
    if (error instanceof RangeError) return { document, data: undefined, failure: { kind: 'too-deep', offset: 0 } };
    throw error;
  }
}

/**
 * Only the document, for YAML whose plain data is already known (the quick read's): the same guarded
 * parse as readYaml, without building the data again.
 */
export function readYamlDocument(source: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Document.Parsed | undefined {
  const parsed = parseGuarded(source, limits);
  return 'document' in parsed ? parsed.document : undefined;
}

function parseGuarded(source: string, limits: YamlLimits): { readonly document: Document.Parsed } | YamlReadFailure {
  if (source.length > limits.maxChars) return { kind: 'too-large', chars: source.length };
  const deepAt = findExcessiveNesting(source, limits.maxNestingDepth);
  if (deepAt !== undefined) return { kind: 'too-deep', offset: deepAt };
  try {
    // Parsed from a copy, so that no value keeps the whole release alive (ownCopy.ts).
    return { document: parseDocument(ownCopy(source), { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false }) };
  } catch (error) {
    if (error instanceof RangeError) return { kind: 'too-deep', offset: 0 };
    throw error;
  }
}

function refused(failure: YamlReadFailure): YamlRead {
  return { document: undefined, data: undefined, failure };
}
