/** "Notes to editors" follow the end mark: they are background for the editor, not part of the story. */
import type { Rule } from '../types';
import { END_MARK_OPTIONS_SCHEMA, marksOf, type EndMarkOptions } from './endMark';
import { bodyLayoutOf, DEFAULT_END_MARKS, eolOfRelease } from './endMarks';
import { finding } from '../finding';

export const notesAfterEndMark: Rule<EndMarkOptions> = {
  id: 'notes-after-end-mark',
  severity: 'warning',
  description: 'Notes to editors come after the end mark, when the release has one.',
  defaults: { marks: DEFAULT_END_MARKS },
  optionsSchema: END_MARK_OPTIONS_SCHEMA,
  scope: 'release',
  check(context) {
    const layout = bodyLayoutOf(context, marksOf(context.options.marks));
    const { endMark: mark, notes } = layout;
    if (!mark || !notes || notes.start > mark.start) return [];
    const base = context.body.offset;
    const text = context.body.text;
    const eol = eolOfRelease(context);
    // The mark's whole line goes, with its line break, so no blank line is left behind.
    const lineStart = text.lastIndexOf('\n', mark.start - 1) + 1;
    const next = text.indexOf('\n', mark.end);
    const lineEnd = next === -1 ? text.length : next + 1;
    const move = {
      title: `Move ${mark.text} above the notes to editors`,
      edits: [
        { startOffset: base + notes.start, endOffset: base + notes.start, newText: `${mark.text}${eol}${eol}` },
        { startOffset: base + lineStart, endOffset: base + lineEnd, newText: '' },
      ],
      inFixAll: false,
    };
    const message = `The notes to editors come before the end mark (${mark.text}); put the end mark above them, so editors know where the story stops.`;
    return [finding(message, base + notes.start, base + notes.end, undefined, [move])];
  },
};
