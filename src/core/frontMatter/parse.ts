/**
 * Parses a release once: locates the front matter, parses its YAML with source ranges, and turns it
 * into plain data, guarding against the inputs that make YAML parsers hang or blow the stack.
 * Every later step (validation, completion, hover, fixes, preview) works from this result.
 */
import { isMap, type Document } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import { quickReadFields, readYaml, readYamlDocument, type YamlReadFailure } from '../yaml';
import { locateFrontMatter, type FrontMatterBlock, type LocateResult } from './locate';

export { MAX_ALIAS_COUNT, MAX_FRONT_MATTER_CHARS, MAX_NESTING_DEPTH } from '../yaml';

/** Why the fields cannot be read: the guarded read refused the YAML, or it is not a set of fields. */
export type ParseFailure = YamlReadFailure | { readonly kind: 'not-a-mapping' };

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
  /**
   * True when the quick read gave the fields (parseReleaseQuickly): the YAML has no anchors, aliases or
   * tags, so the data mirrors its nodes one to one, and `document` is parsed only on first use.
   */
  readonly readQuickly?: boolean;
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

  const { document, data, failure } = readYaml(text.slice(block.contentStart, block.contentEnd));
  // Offsets in the file, not in the front matter.
  const placed = failure?.kind === 'too-deep' ? { ...failure, offset: block.contentStart + failure.offset } : failure;
  if (!document) return { ...base, document: undefined, data: undefined, failure: placed };
  if (document.errors.length > 0) return { ...base, document, data: undefined, failure: undefined };
  if (document.contents === null) return { ...base, document, data: {}, failure: undefined };
  if (!isMap(document.contents)) return { ...base, document, data: undefined, failure: { kind: 'not-a-mapping' } };
  if (placed) return { ...base, document, data: undefined, failure: placed };
  return { ...base, document, data: data as Record<string, unknown>, failure: undefined };
}

/**
 * The quick parse of a release whose front matter js-yaml can read with certainty (see quickReadFields):
 * the same ParsedRelease, except that the range-keeping `document` is parsed on first use, so a release
 * nothing is wrong with never pays for it. Undefined when only `parseRelease` can read the text.
 */
export function parseReleaseQuickly(text: string): ParsedRelease | undefined {
  const located = locateFrontMatter(text);
  if (located.kind !== 'found') return undefined;
  const data = quickReadFields(text.slice(located.block.contentStart, located.block.contentEnd));
  return data && new QuickRelease(text, located, data);
}

/**
 * A release read quickly. A class, with `document` a getter on its prototype: an object written with a
 * getter of its own costs a call into the engine's runtime each time one is made, once per release.
 */
class QuickRelease implements ParsedRelease {
  readonly lines: LineIndex;
  readonly block: FrontMatterBlock;
  readonly failure = undefined;
  readonly bodyStart: number;
  readonly readQuickly = true;
  /** The range-keeping parse once made (undefined when it failed); null until then. */
  private parsedDocument: Document.Parsed | undefined | null = null;

  constructor(
    readonly text: string,
    readonly located: LocateResult & { readonly kind: 'found' },
    readonly data: Record<string, unknown>,
  ) {
    this.lines = new LineIndex(text);
    this.block = located.block;
    this.bodyStart = located.block.bodyStart;
  }

  get document(): Document.Parsed | undefined {
    if (this.parsedDocument === null) this.parsedDocument = readYamlDocument(this.text.slice(this.block.contentStart, this.block.contentEnd));
    return this.parsedDocument;
  }
}

/** The body text (Markdown) of a parsed release. */
export function bodyOf(release: ParsedRelease): string {
  return release.text.slice(release.bodyStart);
}
