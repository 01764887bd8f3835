/** What a conversion gives back: the release text, the fields found, and where each came from. */

/** The field a line became, as a dotted path in the schema's names (`title`, `publish.date`, `press_contacts`). */
export type ConvertField = string;

export interface ConsumedLine {
  /** Zero-based line number in the original text. */
  readonly line: number;
  readonly field: ConvertField;
  readonly text: string;
  /** The words of the line that were not the field's, left in the body in its place (PDF text glues lines). */
  readonly kept?: string;
}

/** The front matter data written: the values found, in the fields the schema's roles name. */
export type ConvertedFields = Readonly<Record<string, unknown>>;

export type ConvertResult =
  | {
      readonly kind: 'release';
      /** The whole release: front matter, a blank line, the body. */
      readonly text: string;
      readonly fields: ConvertedFields;
      /** What was assumed or not found, for the author to check. */
      readonly notes: readonly string[];
      readonly consumedLines: readonly ConsumedLine[];
      /** The body as written into `text`. */
      readonly body: string;
    }
  | { readonly kind: 'not-a-release'; readonly reason: string };

export interface ConvertOptions {
  /** The time written when a publication date has none; 09:00 unless given. */
  readonly assumedTime?: { readonly hour: number; readonly minute: number };
  /** Convert a text that looks like a transcript or a speech anyway. */
  readonly force?: boolean;
  /** A `$schema` to write first, so the release is checked where it is kept (schemaKeyForNewRelease). */
  readonly schemaKey?: string;
}
