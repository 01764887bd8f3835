/** A byte order mark at the start of a file is an encoding detail, never part of the text. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
