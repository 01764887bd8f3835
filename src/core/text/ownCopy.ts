/**
 * A copy of a text that shares nothing with the text it was sliced from. JavaScript engines (V8 among them)
 * make a slice of a long string point into its parent, which then stays alive as long as the slice: the
 * values read from a release's front matter, kept for a workspace's index or a run's summaries, would each
 * keep their release's whole text. Reading from a copy of the front matter keeps that alone.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
