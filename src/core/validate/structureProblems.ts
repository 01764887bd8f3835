/** Diagnostics about the front matter block itself: missing, misplaced, unterminated, unsafe, unreadable YAML. */
import { isScalar, visit, type Document, type YAMLError } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_FRONT_MATTER_CHARS, MAX_NESTING_DEPTH, type ParsedRelease } from '../frontMatter/parse';
import { placeDiagnostic, type DiagnosticDraft } from '../diagnostics';
import type { ReleaseDiagnostic, Severity } from '../types';

/** A diagnostic of the release's text between two offsets. */
export function makeDiagnostic(release: ParsedRelease, draft: DiagnosticDraft, start: number, end: number): ReleaseDiagnostic {
  return placeDiagnostic(draft, { range: release.lines.rangeOf(start, end), startOffset: start, endOffset: end });
}

/** The first line of the file (after a BOM), where whole-file problems are shown. */
function firstLine(release: ParsedRelease): { start: number; end: number } {
  const start = release.text.startsWith('\uFEFF') ? 1 : 0;
  return { start, end: Math.max(start, release.lines.lineEnd(0)) };
}

function closingLine(release: ParsedRelease): string {
  return release.block?.shape === 'fence' ? '```' : '---';
}

/** Problems that stop the fields being checked at all; empty when the YAML can be checked. */
export function structureProblems(release: ParsedRelease, requiredFields: readonly string[]): ReleaseDiagnostic[] {
  const { located, block } = release;
  if (located.kind === 'none') {
    const { start, end } = firstLine(release);
    const fields = requiredFields.length > 0 ? ` holding ${requiredFields.join(', ')}` : '';
    const message = `This release has no front matter: start the file with a --- block${fields} (Pressroom: Convert to Press Release can build one from plain text)`;
    return [makeDiagnostic(release, { code: 'no-front-matter', message }, start, end)];
  }
  if (located.kind === 'misplaced') {
    const message = 'Front matter must start on the very first line of the file; remove the lines above it';
    return [makeDiagnostic(release, { code: 'front-matter-not-at-start', message }, located.openStart, located.openEnd)];
  }
  if (!block) return [];
  if (located.kind === 'unterminated') {
    const message = `The front matter opened here is never closed: add a ${closingLine(release)} line after its last field`;
    return [makeDiagnostic(release, { code: 'unterminated-front-matter', message }, block.openStart, block.openEnd)];
  }
  const failure = release.failure;
  if (!failure) return [];
  switch (failure.kind) {
    case 'too-large': {
      const size = Math.round(failure.chars / 1024);
      const message = `The front matter is too large to check (${size} KB; Pressroom checks up to ${MAX_FRONT_MATTER_CHARS / 1024} KB)`;
      return [makeDiagnostic(release, { code: 'too-large', message }, block.openStart, block.openEnd)];
    }
    case 'too-deep': {
      const end = release.lines.lineEnd(release.lines.positionAt(failure.offset).line);
      const message = `The front matter is nested too deeply to check (more than ${MAX_NESTING_DEPTH} levels)`;
      return [makeDiagnostic(release, { code: 'too-deep', message }, failure.offset, Math.max(end, failure.offset))];
    }
    case 'alias-limit': {
      const message = `The front matter repeats aliases (*name) more than ${MAX_ALIAS_COUNT} times, which looks like an alias bomb; it was not expanded`;
      return [makeDiagnostic(release, { code: 'alias-limit', message }, block.openStart, block.openEnd)];
    }
    case 'not-a-mapping': {
      const message = 'The front matter must be a set of fields (key: value lines), not a single value or a list';
      return [makeDiagnostic(release, { code: 'not-a-mapping', message }, block.contentStart, block.contentEnd)];
    }
  }
}

const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'Tabs cannot indent front matter; use spaces',
  MISSING_CHAR: 'Something is missing here (a closing quote or bracket?)',
  MULTILINE_IMPLICIT_KEY: 'A field name cannot run over several lines; is a colon missing on the line before?',
  BLOCK_AS_IMPLICIT_KEY: 'A field name cannot hold a block; is a colon in the wrong place?',
  UNEXPECTED_TOKEN: 'Unexpected text here',
  BAD_SCALAR_START: 'A value cannot start with this character; put the value in quotes',
  IMPOSSIBLE: 'The front matter cannot be read here',
};

/** YAML errors and warnings, in the file's own offsets, with wording for people who are not programmers. */
export function yamlProblems(release: ParsedRelease): ReleaseDiagnostic[] {
  // The quick read takes only YAML the careful parse reads without an error or a warning.
  if (release.readQuickly) return [];
  const { document, block } = release;
  if (!document || !block) return [];
  const base = block.contentStart;
  const convert = (problem: YAMLError, severity: Severity): ReleaseDiagnostic => {
    let [start, end] = problem.pos.map((position) => base + position);
    if (problem.code === 'MISSING_CHAR' && /quote/i.test(problem.message)) {
      const opening = unclosedQuoteStart(document, problem.pos[0]);
      if (opening !== undefined) [start, end] = [base + opening, base + opening + 1];
    }
    if (start >= block.contentEnd) ({ start, end } = lastContentLine(release));
    if (end <= start && start < release.text.length && !/[\r\n]/.test(release.text[start])) end = start + 1;
    if (problem.code === 'DUPLICATE_KEY') {
      const keyRange = scalarRangeStartingAt(document, problem.pos[0]);
      if (keyRange) [start, end] = keyRange.map((position) => base + position);
      const key = release.text.slice(start, end);
      return makeDiagnostic(release, { code: 'duplicate-key', message: `Duplicate field "${key}": each field may appear only once`, data: { key } }, start, end);
    }
    const friendly = YAML_MESSAGES[problem.code];
    const detail = problem.message.split('\n')[0];
    const message = friendly ? `${friendly} (YAML: ${detail})` : `The front matter is not valid YAML: ${detail}`;
    return makeDiagnostic(release, { code: 'yaml-syntax', severity, message }, start, end);
  };
  return [...document.errors.map((error) => convert(error, 'error')), ...document.warnings.map((warning) => convert(warning, 'warning'))];
}

/** Errors reported at the very end of the YAML (an unclosed bracket) are shown on its last line. */
function lastContentLine(release: ParsedRelease): { start: number; end: number } {
  const block = release.block!;
  const lastLine = release.lines.positionAt(Math.max(block.contentStart, block.contentEnd - 1)).line;
  return { start: release.lines.lineStart(lastLine), end: release.lines.lineEnd(lastLine) };
}

/** The key scalar that starts at a parser offset (the parser reports a duplicate key by its first character). */
function scalarRangeStartingAt(document: Document.Parsed, offset: number): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = [pair.key.range[0], pair.key.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The opening quote of the quoted scalar that runs to where the parser gave up. */
function unclosedQuoteStart(document: Document.Parsed, errorOffset: number): number | undefined {
  let found: number | undefined;
  visit(document, {
    Scalar(_, scalar) {
      const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
      if (quoted && scalar.range && scalar.range[0] <= errorOffset && scalar.range[1] >= errorOffset) found = scalar.range[0];
    },
  });
  return found;
}
