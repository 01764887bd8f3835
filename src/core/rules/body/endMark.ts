/** The story ends with the office's end mark (ENDS, ###, -30-), so editors know nothing was cut off. */
import type { Rule } from '../types';
import { bodyLayoutOf, DEFAULT_END_MARKS, eolOfRelease } from './endMarks';
import { finding } from '../finding';

export interface EndMarkOptions {
  /** The marks the office uses; the first is the one the fix adds. */
  readonly marks: readonly string[];
}

export function marksOf(option: unknown): readonly string[] {
  if (!Array.isArray(option)) return DEFAULT_END_MARKS;
  // Read once per option list: a configuration's list is the same object for every release, so its layouts are found by identity.
  let marks = usableMarks.get(option);
  if (!marks) {
    const usable = option.filter((mark): mark is string => typeof mark === 'string' && mark.trim() !== '');
    marks = usable.length > 0 ? usable : DEFAULT_END_MARKS;
    usableMarks.set(option, marks);
  }
  return marks;
}

const usableMarks = new WeakMap<readonly unknown[], readonly string[]>();

/** The options of both end-mark rules: the marks the office uses. */
export const END_MARK_OPTIONS_SCHEMA = {
  type: 'object',
  properties: { marks: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'The end marks the office uses; the first is the one the quick fix adds.' } },
  additionalProperties: false,
};

export const endMark: Rule<EndMarkOptions> = {
  id: 'end-mark',
  severity: 'off',
  description: 'The story ends with an end mark such as ENDS, before any notes to editors.',
  defaults: { marks: DEFAULT_END_MARKS },
  optionsSchema: END_MARK_OPTIONS_SCHEMA,
  scope: 'release',
  check(context) {
    const marks = marksOf(context.options.marks);
    const layout = bodyLayoutOf(context, marks);
    if (layout.endMark || !layout.lastText) return [];
    const base = context.body.offset;
    const eol = eolOfRelease(context);
    const mark = marks[0].trim();
    const edit = layout.notes
      ? { startOffset: base + layout.notes.start, endOffset: base + layout.notes.start, newText: `${mark}${eol}${eol}` }
      : { startOffset: base + layout.lastText.end, endOffset: base + layout.lastText.end, newText: `${eol}${eol}${mark}` };
    const where = layout.notes ? 'before the notes to editors' : 'after the last paragraph';
    const message = `The story has no end mark; add ${mark} on a line of its own ${where}, so editors know the story is complete.`;
    return [finding(message, base + layout.lastText.start, base + layout.lastText.end, undefined, [{ title: `Add ${mark} ${where}`, edits: [edit], inFixAll: true, isPreferred: true }])];
  },
};
