/** The headline: the first likely line of the header, after a "MEDIA RELEASE" marker when there is one. */
import { accepts, fieldName, type Conversion } from './conversion';
import { classifyHeaderLine, continuesHeadline, isNameAlone, RELEASE_MARKER, tidyTitle, titleFromMarkerLine } from './headline';

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
  let previous: ReturnType<typeof classifyHeaderLine> | undefined;
  for (let position = from; position < header.length; position++) {
    const index = header[position];
    if (consumed.has(index)) continue;
    const kind = classifyHeaderLine(lines[index]);
    const next = header[position + 1] === undefined ? undefined : classifyHeaderLine(lines[header[position + 1]]);
    // The author's block: a name alone above an office, or an office wrapped onto a short line of capitals.
    const inAuthorBlock = kind === 'candidate' && ((next === 'person' && isNameAlone(lines[index])) || (previous === 'person' && isShortCapitals(lines[index]) && (next === 'person' || /\b(?:AND|FOR|OF|THE)\s*,?$|,$/i.test(lines[header[position - 1]].trim()))));
    if ((kind === 'marker-title' || kind === 'candidate') && !inAuthorBlock) return index;
    if (lines[index].trim().length > LONGEST_HEADER_LINE) return undefined;
    previous = inAuthorBlock ? 'person' : kind;
  }
  return undefined;
}

function isShortCapitals(line: string): boolean {
  const text = line.trim();
  return text.length <= 40 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
