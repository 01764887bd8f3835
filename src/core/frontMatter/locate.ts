/**
 * Finds a release's front matter without parsing it. Two shapes are first-class:
 *
 *   ---                 ```yaml
 *   title: ...          title: ...
 *   ---                 ```
 *
 * Offsets are those of the text given, so every range computed later points into the file itself.
 */

export type FrontMatterShape = 'dashes' | 'fence';

export interface FrontMatterBlock {
  readonly shape: FrontMatterShape;
  /** The opening line (`---` or ```` ```yaml ````), without its line break. */
  readonly openStart: number;
  readonly openEnd: number;
  /** The YAML between the delimiters. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The closing line, or undefined when the block never closes. */
  readonly closeStart: number | undefined;
  readonly closeEnd: number | undefined;
  /** Where the Markdown body begins (after the closing line's break); the text's end if unterminated. */
  readonly bodyStart: number;
}

export type LocateResult =
  | { readonly kind: 'found'; readonly block: FrontMatterBlock }
  | { readonly kind: 'unterminated'; readonly block: FrontMatterBlock }
  /** A delimiter exists but not on the first line (after blank lines or other text). */
  | { readonly kind: 'misplaced'; readonly openStart: number; readonly openEnd: number; readonly shape: FrontMatterShape }
  | { readonly kind: 'none' };

const BOM = '\uFEFF';
const DASHES = /^---[ \t]*$/;
const DASHES_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const YAML_FENCE = /^(`{3,}|~{3,})[ \t]*ya?ml[ \t]*$/i;
/** How far to look past leading blank lines for a misplaced opening delimiter. */
const MISPLACED_LOOKAHEAD_LINES = 5;
const CARRIAGE_RETURN = 0x0d;
const DASH = 0x2d;
const DOT = 0x2e;
const FIELD_LINE = /^[A-Za-z_$][\w$.-]*[ \t]*:(?:[ \t]|$)/;

interface Line {
  readonly start: number;
  readonly end: number; // before '\r\n' or '\n'
  readonly next: number; // start of the following line
  readonly text: string;
}

function lineAt(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  const next = newline === -1 ? text.length + 1 : newline + 1;
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === '\r') end -= 1;
  return { start, end, next: Math.min(next, text.length), text: text.slice(start, end) };
}

function* linesFrom(text: string, offset: number): Generator<Line> {
  for (let start = offset, more = true; more; ) {
    yield lineAt(text, start);
    const newline = text.indexOf('\n', start);
    more = newline !== -1;
    start = newline + 1;
  }
}

function isClosing(shape: FrontMatterShape, fence: string, line: string): boolean {
  if (shape === 'dashes') return DASHES_CLOSE.test(line);
  const trimmed = line.trimEnd();
  return trimmed.length >= fence.length && trimmed[0] === fence[0] && /^(`+|~+)$/.test(trimmed);
}

export function locateFrontMatter(text: string): LocateResult {
  const origin = text.startsWith(BOM) ? 1 : 0;
  const opening = lineAt(text, origin);
  const fence = YAML_FENCE.exec(opening.text);
  const shape: FrontMatterShape | undefined = DASHES.test(opening.text) ? 'dashes' : fence ? 'fence' : undefined;
  if (!shape) return findMisplaced(text, opening);

  const fenceMarker = fence ? fence[1] : '';
  // Line by line without a Line made for each: only a line that starts as a closing one can be one.
  const closingStart = shape === 'dashes' ? undefined : fenceMarker.charCodeAt(0);
  for (let start = opening.next; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end -= 1;
    const first = text.charCodeAt(start);
    const mayClose = closingStart === undefined ? first === DASH || first === DOT : first === closingStart;
    if (mayClose && isClosing(shape, fenceMarker, text.slice(start, end))) {
      return {
        kind: 'found',
        block: {
          shape,
          openStart: opening.start,
          openEnd: opening.end,
          contentStart: opening.next,
          contentEnd: start,
          closeStart: start,
          closeEnd: end,
          bodyStart: newline === -1 ? text.length : newline + 1,
        },
      };
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return {
    kind: 'unterminated',
    block: {
      shape,
      openStart: opening.start,
      openEnd: opening.end,
      contentStart: Math.min(opening.next, text.length),
      contentEnd: text.length,
      closeStart: undefined,
      closeEnd: undefined,
      bodyStart: text.length,
    },
  };
}

/**
 * A delimiter a few lines down, after blank lines or a stray `<!--`, and followed by a `key:` line,
 * is almost certainly front matter that will not be recognised. Any other text before it means an
 * ordinary Markdown heading underline or code block.
 */
function findMisplaced(text: string, opening: Line): LocateResult {
  let previous: { readonly line: Line; readonly shape: FrontMatterShape } | undefined;
  let seen = 0;
  for (const line of linesFrom(text, opening.start)) {
    if (previous) {
      return FIELD_LINE.test(line.text) ? { kind: 'misplaced', openStart: previous.line.start, openEnd: previous.line.end, shape: previous.shape } : { kind: 'none' };
    }
    if (++seen > MISPLACED_LOOKAHEAD_LINES) break;
    if (DASHES.test(line.text)) previous = { line, shape: 'dashes' };
    else if (YAML_FENCE.test(line.text)) previous = { line, shape: 'fence' };
    else if (line.text.trim() !== '' && !line.text.trimStart().startsWith('<!--')) break;
  }
  return { kind: 'none' };
}
