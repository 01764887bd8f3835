/**
 * Every format Pressroom checks, by name: ajv-formats' full set, with Pressroom's own `uri` (the same answers,
 * sooner) and press-date. The run-time ajv instances and the shipped schema's generated validator both take
 * their formats from here, so the two can never disagree.
 */
import type { Format } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';
import { isPressDate, PRESS_DATE_FORMAT } from '../dates/pressDate';
import { isUri } from './uriFormat';

const OWN: Readonly<Record<string, Format>> = {
  ...fullFormats,
  uri: { type: 'string', validate: isUri },
  [PRESS_DATE_FORMAT]: { type: 'string', validate: isPressDate },
};

/**
 * A pattern format (email...) is given to ajv inside a definition, which it checks in the same way: ajv
 * copies a bare pattern into generated code, but refers to a definition here, so the two share one pattern.
 */
export const FORMATS: Readonly<Record<string, Format>> = Object.fromEntries(
  Object.entries(OWN).map(([name, format]) => [name, format instanceof RegExp ? { validate: format } : format]),
);
