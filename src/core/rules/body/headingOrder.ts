/**
 * Heading levels go in order (WCAG 2.2 success criteria 1.3.1, Info and Relationships, and 2.4.6,
 * Headings and Labels). The headline is the page's level 1 heading, so body headings start at level 2.
 */
import { valueOfRole } from '../../schema/fieldRoles';
import type { Rule, RuleFix } from '../types';
import { bodyOutlineOf, lineSpan, mayHoldHeading, type BodyOutline, type OutlineBlock } from './bodyOutline';
import { finding } from '../finding';

export interface HeadingOrderOptions {
  /** The level of the body's top headings: 2 when the site shows the headline as the page's h1. */
  readonly firstLevel: number;
}

export const headingOrder: Rule<HeadingOrderOptions> = {
  id: 'heading-order',
  severity: 'warning',
  description: 'Headings in the body start at level 2 (the headline is level 1) and never skip a level.',
  defaults: { firstLevel: 2 },
  optionsSchema: {
    type: 'object',
    properties: { firstLevel: { type: 'integer', minimum: 1, maximum: 6, description: 'The level of the body’s top headings (2 when the headline is the page’s level 1 heading).' } },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const option = context.options.firstLevel;
    const firstLevel = Number.isInteger(option) && option >= 1 && option <= 6 ? option : 2;
    const outline = bodyOutlineOf(context);
    // Most releases have no heading: told from the lines, without reading the blocks.
    if (!mayHoldHeading(outline)) return [];
    const findings = [];
    let previous: number | undefined;
    // Without a headline in the front matter (a plain-text release), a level 1 heading opening the body is the headline.
    const headline = valueOfRole(context.data, context.roles, 'headline');
    let headlineInBody = typeof headline !== 'string' || headline.trim() === '';
    const headings = outline.blocks.filter((block) => block.kind === 'heading');
    for (const [index, block] of headings.entries()) {
      // `###` or `# # #` alone on a line is an end mark, not a heading.
      if (/^[#\s]*$/.test(block.content)) continue;
      const level = block.level;
      const opensBody = headlineInBody && level === 1 && previous === undefined;
      headlineInBody = false;
      if (opensBody) continue;
      const span = lineSpan(outline, block.firstLine);
      if (level < firstLevel) {
        const fixes = levelFixes(outline, headings, index, firstLevel);
        findings.push(finding(`This is a level ${level} heading, but the headline is the page's top heading; make it level ${firstLevel} (${'#'.repeat(firstLevel)}).`, span.start, span.end, undefined, fixes));
      } else if (level > (previous ?? firstLevel - 1) + 1) {
        const expected = (previous ?? firstLevel - 1) + 1;
        const after = previous === undefined ? 'is the first heading' : `follows a level ${previous} heading`;
        const fixes = levelFixes(outline, headings, index, expected);
        findings.push(finding(`This level ${level} heading ${after}, so it skips a level; make it level ${expected} (${'#'.repeat(expected)}) so screen reader users can follow the outline.`, span.start, span.end, undefined, fixes));
      }
      previous = Math.max(level, firstLevel);
    }
    return findings;
  },
};

/** A `#` heading's marker: after up to three spaces, one to six `#` and then a space, a tab or the line's end. */
const ATX_MARKER = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/** Where a heading's `#` marker is in the file, or undefined for a Setext heading or one inside a quote or list. */
function markerOf(outline: BodyOutline, block: OutlineBlock): { start: number; end: number } | undefined {
  const row = outline.rows[block.firstLine];
  const match = ATX_MARKER.exec(outline.text.slice(row.start, row.end));
  if (!match) return undefined;
  const start = outline.offset + row.start + match[0].length - match[1].length;
  return { start, end: start + match[1].length };
}

/**
 * The heading's marker rewritten at `level`; and, when headings sit under it, it and them moved by the
 * same number of levels, so its section keeps its shape. Choices, never in fix-all: which one is right
 * depends on what the author meant.
 */
function levelFixes(outline: BodyOutline, headings: readonly OutlineBlock[], index: number, level: number): RuleFix[] | undefined {
  const heading = headings[index];
  const marker = markerOf(outline, heading);
  if (!marker) return undefined;
  const hashes = '#'.repeat(level);
  const fixes: RuleFix[] = [{ title: `Make it level ${level} (${hashes})`, edits: [{ startOffset: marker.start, endOffset: marker.end, newText: hashes }], inFixAll: false, isPreferred: false }];
  const shift = level - heading.level;
  const under: { start: number; end: number; level: number }[] = [];
  for (const below of headings.slice(index + 1)) {
    if (below.level <= heading.level) break;
    const place = markerOf(outline, below);
    if (!place) return fixes;
    under.push({ ...place, level: Math.min(6, Math.max(1, below.level + shift)) });
  }
  if (under.length === 0) return fixes;
  const edits = [fixes[0].edits[0], ...under.map((place) => ({ startOffset: place.start, endOffset: place.end, newText: '#'.repeat(place.level) }))];
  const count = under.length === 1 ? 'the heading' : `the ${under.length} headings`;
  fixes.push({ title: `Make it level ${level}, moving ${count} under it with it`, edits, inFixAll: false, isPreferred: false });
  return fixes;
}
