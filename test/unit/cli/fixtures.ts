/**
 * Releases for the CLI's format, option and fix tests. These tests are about the CLI, not the release
 * rules, so each project turns every rule off in its .pressroom.jsonc, and each release has a media
 * contact (at an address on a domain not kept for examples) so that VALID stays clean under the rules'
 * defaults as well.
 */
import { ALL_RULES } from '../../../src/core';
import { lines, VALID_FIELDS } from '../helpers';
import { memoryIo, type MemoryIo } from './memoryIo';

export const RULES_OFF_CONFIG = `${JSON.stringify({ rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.id, 'off'])) }, null, 2)}\n`;

/** Front matter lines naming a media contact, placed last so they move no line the tests look at. */
export const CONTACT_FIELDS = ['contacts:', '  - name: Jane Doe', '    email: jane.doe@example.gov.uk'];

export const VALID = lines('---', ...VALID_FIELDS, ...CONTACT_FIELDS, '---', 'The library opens longer over the holidays.', '');
/** Two errors (area missing, a date in another style) and a warning (`tittle`). */
export const BROKEN = lines('---', 'title: A', 'url: https://www.example.org/a', 'publish:', '  date: 2020-03-18 16:55', 'tittle: B', ...CONTACT_FIELDS, '---', '');
/** Warnings only: two near-miss fields, on lines 7 and 8. */
export const WARNED = lines('---', ...VALID_FIELDS, 'tittle: B', 'are: C', ...CONTACT_FIELDS, '---', '');

/**
 * A release clean under the schema and the rules' defaults with its own headline and address, so that
 * several in one project are not duplicates of each other.
 */
export function validRelease(headline: string, slug: string): string {
  const fields = [`title: ${headline}`, 'area: Northshire', `url: https://www.example.gov.uk/news/2026/${slug}/`, 'publish:', '  date: 09:30 02/12/2026'];
  return lines('---', ...fields, ...CONTACT_FIELDS, '---', `${headline}, the council said today.`, '');
}

/** An in-memory project with the rules turned off. */
export function project(files: Record<string, string>): MemoryIo {
  return memoryIo({ '.pressroom.jsonc': RULES_OFF_CONFIG, ...files });
}
