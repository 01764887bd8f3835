/**
 * The one line-ending rule, for text Pressroom writes into a file (edits, new releases, converted text):
 * the line ending most of the file's line breaks use, as VS Code itself decides when it opens a file
 * with mixed endings, so editor and CLI write the same.
 */
export type Eol = '\n' | '\r\n';

/** '\r\n' when most line breaks are '\r\n'; '\n' when most are not, on a tie, or with no line break. */
export function eolOf(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (index > 0 && text[index - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
