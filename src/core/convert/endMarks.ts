/** End marks such as ENDS, [ENDS], -END-, ###, "Ends." close the story; they stay in the body. */
const END_MARK = /^\s*(?:[-[(*]*\s*(?:ENDS?|END OF (?:MEDIA )?RELEASE)\s*[-\])*]*\.?|#{3,}|-30-)\s*$/i;

export function isEndMark(line: string): boolean {
  return END_MARK.test(line);
}
