/** The comments of a YAML text with their offsets, read by YAML's own lexer (a `#` inside a quoted or block value is not one). */
import { CST, Lexer } from 'yaml';

export interface YamlComment {
  /** Offset of the `#` in the source. */
  readonly offset: number;
  /** The comment from its `#`. */
  readonly text: string;
}

// The lexer's mode markers are not source text.
const MARKERS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

export function yamlComments(source: string): YamlComment[] {
  const comments: YamlComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (MARKERS.has(token)) continue;
    if (CST.tokenType(token) === 'comment') comments.push({ offset, text: token });
    offset += token.length;
  }
  return comments;
}
