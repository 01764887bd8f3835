/**
 * A unified diff (as `diff -u` and `git apply` read it) of a text and the edits made to it. The edits
 * say exactly what changed, so no line-matching search is needed: each run of edited lines becomes a
 * change, and changes closer than twice the context share a hunk. Linear in the text's size.
 */
import { LineIndex } from '../core';
import type { TextEdit } from '../core/authoring';

const CONTEXT = 3;

interface Change {
  /** First old line replaced (0-based) and how many. */
  readonly oldStart: number;
  readonly oldLines: readonly string[];
  readonly newLines: readonly string[];
}

/** Lines with their endings kept, so CRLF and a missing final newline survive. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** Each run of edited lines, old and new, without the unchanged lines at either end. */
function changesOf(before: string, edits: readonly TextEdit[]): Change[] {
  const index = new LineIndex(before);
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset);
  const groups: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const edit of sorted) {
    const first = index.positionAt(edit.startOffset).line;
    const last = index.positionAt(edit.endOffset).line;
    const group = groups.at(-1);
    if (group && first <= group.last) {
      group.last = Math.max(group.last, last);
      group.edits.push(edit);
    } else {
      groups.push({ first, last, edits: [edit] });
    }
  }
  const changes: Change[] = [];
  for (const group of groups) {
    const from = index.lineStart(group.first);
    const to = group.last + 1 < index.lineCount ? index.lineStart(group.last + 1) : before.length;
    let after = before.slice(from, to);
    for (const edit of [...group.edits].reverse()) after = after.slice(0, edit.startOffset - from) + edit.newText + after.slice(edit.endOffset - from);
    const oldLines = splitLines(before.slice(from, to));
    const newLines = splitLines(after);
    let head = 0;
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
    let tail = 0;
    while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++;
    if (head === oldLines.length && head === newLines.length) continue;
    changes.push({ oldStart: group.first + head, oldLines: oldLines.slice(head, oldLines.length - tail), newLines: newLines.slice(head, newLines.length - tail) });
  }
  return changes;
}

function line(prefix: string, text: string): string {
  return text.endsWith('\n') ? `${prefix}${text}` : `${prefix}${text}\n\\ No newline at end of file\n`;
}

/** `-start,count` / `+start,count`: an empty side names the line before it. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

/** The diff of `before` and `before` with `edits` applied, or '' when they change nothing. */
export function unifiedDiff(name: string, before: string, edits: readonly TextEdit[]): string {
  const changes = changesOf(before, edits);
  if (changes.length === 0) return '';
  const old = splitLines(before);
  let out = `--- a/${name}\n+++ b/${name}\n`;
  let shift = 0; // new line number minus old line number, before the current hunk
  for (let first = 0; first < changes.length; ) {
    let last = first;
    while (last + 1 < changes.length && changes[last + 1].oldStart - (changes[last].oldStart + changes[last].oldLines.length) <= 2 * CONTEXT) last++;
    const start = Math.max(0, changes[first].oldStart - CONTEXT);
    const endChange = changes[last];
    const end = Math.min(old.length, endChange.oldStart + endChange.oldLines.length + CONTEXT);
    let body = '';
    let oldCount = 0;
    let newCount = 0;
    let at = start;
    const hunkShift = shift;
    for (let index = first; index <= last; index++) {
      const change = changes[index];
      for (; at < change.oldStart; at++, oldCount++, newCount++) body += line(' ', old[at]);
      for (const text of change.oldLines) body += line('-', text);
      for (const text of change.newLines) body += line('+', text);
      oldCount += change.oldLines.length;
      newCount += change.newLines.length;
      at += change.oldLines.length;
      shift += change.newLines.length - change.oldLines.length;
    }
    for (; at < end; at++, oldCount++, newCount++) body += line(' ', old[at]);
    out += `@@ -${range(start, oldCount)} +${range(start + hunkShift, newCount)} @@\n${body}`;
    first = last + 1;
  }
  return out;
}
