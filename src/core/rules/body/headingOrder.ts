/**
 * Heading levels go in order (WCAG 2.2 success criteria 1.3.1, Info and Relationships, and 2.4.6,
 * Headings and Labels). The headline is the page's level 1 heading, so body headings start at level 2.
 */
import { valueOfRole } from '../../schema/fieldRoles';
import type { Rule } from '../types';
import { bodyOutlineOf, lineSpan, mayHoldHeading } from './bodyOutline';
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
    for (const block of outline.blocks) {
      if (block.kind !== 'heading') continue;
      // `###` or `# # #` alone on a line is an end mark, not a heading.
      if (/^[#\s]*$/.test(block.content)) continue;
      const level = block.level;
      const opensBody = headlineInBody && level === 1 && previous === undefined;
      headlineInBody = false;
      if (opensBody) continue;
      const span = lineSpan(outline, block.firstLine);
      if (level < firstLevel) {
        findings.push(finding(`This is a level ${level} heading, but the headline is the page's top heading; make it level ${firstLevel} (${'#'.repeat(firstLevel)}).`, span.start, span.end));
      } else if (level > (previous ?? firstLevel - 1) + 1) {
        const expected = (previous ?? firstLevel - 1) + 1;
        const after = previous === undefined ? 'is the first heading' : `follows a level ${previous} heading`;
        findings.push(finding(`This level ${level} heading ${after}, so it skips a level; make it level ${expected} (${'#'.repeat(expected)}) so screen reader users can follow the outline.`, span.start, span.end));
      }
      previous = Math.max(level, firstLevel);
    }
    return findings;
  },
};
