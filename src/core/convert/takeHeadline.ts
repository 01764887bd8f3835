/** The headline: the first likely line of the header, after a "MEDIA RELEASE" marker when there is one. */
import { accepts, fieldName, type Conversion } from './conversion';
import { readDateLine } from './dates';
import { classifyHeaderLine, continuesHeadline, headlineColumnOf, isMarkdownHeading, isNameAlone, tidyTitle, titleFromMarkerLine } from './headline';

/** A place in capitals: "ASHTON, VICTORIA", "CANBERRA, ACT". */
const PLACE = /^\s*\p{Lu}[\p{Lu}'’. -]{1,25},\s*\p{Lu}[\p{Lu}. ]{1,20}\s*$/u;
/** A line this long is body text: no headline is looked for past it. */
const LONGEST_HEADER_LINE = 200;

export function takeHeadline(conversion: Conversion): void {
  if (!accepts(conversion, 'headline')) return;
  const { lines, consumed } = conversion;
  const field = fieldName(conversion, 'headline');
  const markerAt = lastMarkerPosition(conversion);
  // A Markdown heading on the first line is the headline, whatever follows it.
  const first = conversion.header.find((line) => !consumed.has(line));
  const heading = first !== undefined && isMarkdownHeading(lines[first]) && ['candidate', 'unlikely'].includes(classifyHeaderLine(lines[first])) ? first : undefined;
  const index = heading ?? (markerAt >= 0 ? headlineCandidate(conversion, markerAt + 1) : undefined) ?? headlineCandidate(conversion, 0);
  if (index === undefined) {
    takeHeadlineColumn(conversion, field);
    return;
  }
  let title = titleFromMarkerLine(lines[index]) ?? lines[index];
  consumed.set(index, field);
  // A headline wrapped over several lines, perhaps with a blank line between them.
  // A Markdown heading is one line: it never wraps.
  for (let next = index + 1; next < lines.length && !consumed.has(next) && !isMarkdownHeading(lines[index]); next++) {
    const afterBlank = lines[next].trim() === '';
    if (afterBlank) {
      // PDF text may leave up to three blank lines between a headline's lines.
      const resume = lines.slice(next, next + 4).findIndex((line) => line.trim() !== '');
      if (resume < 0 || consumed.has(next + resume)) break;
      next += resume;
    }
    if (!continuesHeadline(title, lines[next], afterBlank)) break;
    title = `${title} ${lines[next]}`;
    consumed.set(next, field);
  }
  // A page title on one line may end with the site's name.
  const site = title === lines[index] ? siteNameOf(lines, title) : undefined;
  if (site !== undefined) {
    title = title.slice(0, title.length - site.length);
    conversion.remnants.set(index, site.replace(/^\s*[-–—|•]\s*/, ''));
  }
  conversion.found.headline = tidyTitle(title);
}

/** No headline line: perhaps the first long line of the header starts with the headline, in a column of its own. */
function takeHeadlineColumn(conversion: Conversion, field: string): void {
  const { lines, header, consumed } = conversion;
  const index = header.find((line) => !consumed.has(line) && lines[line].trim().length > 100 && headlineColumnOf(lines[line]) !== undefined);
  if (index === undefined) return;
  const line = lines[index];
  const column = headlineColumnOf(line) as { start: number; end: number };
  consumed.set(index, field);
  conversion.remnants.set(index, `${line.slice(0, column.start)}${line.slice(column.end).replace(/^\s+/, '')}`.trim());
  conversion.found.headline = tidyTitle(line.slice(column.start, column.end));
}

/**
 * A web page's title ends with the site's name ("Man charged - The Example District Attorney's Office"):
 * when the page repeats the title without it further down, the name is dropped (it stays in the body there).
 */
function siteNameOf(lines: readonly string[], title: string): string | undefined {
  const match = /^(.{20,}?)(\s+[-–—|•]\s+[^-–—|•]{3,60})\s*$/.exec(title);
  if (!match) return undefined;
  const bare = tidyTitle(match[1]).slice(0, 40);
  const repeated = lines.slice(0, 60).some((line) => line.trim() !== title.trim() && tidyTitle(line).startsWith(bare));
  return repeated ? match[2] : undefined;
}

/** The header position of the last bare "MEDIA RELEASE" marker line (not "MEDIA RELEASE: headline"), or -1. */
function lastMarkerPosition({ lines, header }: Conversion): number {
  return header.reduce((last, index, position) => (classifyHeaderLine(lines[index]) === 'marker' ? position : last), -1);
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
    // "ASHTON, VICTORIA" above the date: the dateline's place, on a line of its own.
    const place = kind === 'candidate' && lines[index].includes(',') && PLACE.test(lines[index]) && header[position + 1] !== undefined && readDateLine(lines[header[position + 1]]) !== undefined;
    if ((kind === 'marker-title' || kind === 'candidate') && !inAuthorBlock && !place) return index;
    if (lines[index].trim().length > LONGEST_HEADER_LINE) return undefined;
    previous = inAuthorBlock ? 'person' : kind;
  }
  return undefined;
}

function isShortCapitals(line: string): boolean {
  const text = line.trim();
  return text.length <= 40 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
