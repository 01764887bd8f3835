/**
 * Why a JSON text does not parse, in words, the same for every JSON file Pressroom reads (the project
 * configuration, schema files): jsonc-parser's error codes rather than the JavaScript engine's message,
 * whose wording and positions change from one engine to the next.
 */
import { parse, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import { LineIndex } from './lineIndex';

/** The codes whose name alone does not say what to do. */
const PLAIN_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'a word JSON does not know (text takes "double quotes")',
  InvalidCommentToken: 'a comment, which JSON does not allow',
};

/** "comma expected", "close brace expected": an error code in words. */
export function jsonSyntaxWords(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return PLAIN_WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Where and why strict JSON (no comments, no trailing commas) fails to parse: "line 3, column 5: comma
 * expected". Undefined when it parses.
 */
export function strictJsonProblem(text: string): string | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const { line, character } = new LineIndex(text).positionAt(first.offset);
  return `line ${line + 1}, column ${character + 1}: ${jsonSyntaxWords(first.error)}`;
}
