/** The headline: the first likely line of the header, after a "MEDIA RELEASE" marker when there is one. */
import { accepts, fieldName, type Conversion } from './conversion';
import { classifyHeaderLine, continuesHeadline, RELEASE_MARKER, tidyTitle, titleFromMarkerLine } from './headline';

/** A line this long is body text: no headline is looked for past it. */
const LONGEST_HEADER_LINE = 200;

export function takeHeadline(conversion: Conversion): void {
  if (!accepts(conversion, 'headline')) return;
  const { lines, consumed } = conversion;
  const field = fieldName(conversion, 'headline');
  const markerAt = lastMarkerPosition(conversion);
  const index = (markerAt >= 0 ? headlineCandidate(conversion, markerAt + 1) : undefined) ?? headlineCandidate(conversion, 0);
  if (index === undefined) return;
  let title = titleFromMarkerLine(lines[index]) ?? lines[index];
  consumed.set(index, field);
  // A headline wrapped over several lines.
  for (let next = index + 1; next < lines.length && lines[next].trim() !== '' && !consumed.has(next); next++) {
    if (!continuesHeadline(title, lines[next])) break;
    title = `${title} ${lines[next]}`;
    consumed.set(next, field);
  }
  conversion.found.headline = tidyTitle(title);
}

/** The header position of the last bare "MEDIA RELEASE" marker line (not "MEDIA RELEASE: headline"), or -1. */
function lastMarkerPosition({ lines, header }: Conversion): number {
  return header.reduce((last, index, position) => (RELEASE_MARKER.test(lines[index]) && lines[index].trim().length <= 100 && !titleFromMarkerLine(lines[index]) ? position : last), -1);
}

/** The first header line from position `from` on that can be a headline. */
function headlineCandidate({ lines, header, consumed }: Conversion, from: number): number | undefined {
  for (let position = from; position < header.length; position++) {
    const index = header[position];
    if (consumed.has(index)) continue;
    const kind = classifyHeaderLine(lines[index]);
    if (kind === 'marker-title' || kind === 'candidate') return index;
    if (lines[index].trim().length > LONGEST_HEADER_LINE) return undefined;
  }
  return undefined;
}
