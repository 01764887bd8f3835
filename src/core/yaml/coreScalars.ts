/**
 * What a plain scalar means under the `yaml` package's core schema (the schema `readYaml` uses): a
 * number, a boolean, null, or else the string as written. Both quick readers resolve plain scalars here,
 * so they give `readYaml`'s values.
 */
import { isScalar, Schema, type ScalarTag } from 'yaml';

let coreTags: readonly (ScalarTag & { test: RegExp })[] | undefined;

/** The core schema's scalar tags that a plain scalar can take implicitly, in the order `yaml` tries them. */
function implicitTags(): readonly (ScalarTag & { test: RegExp })[] {
  coreTags ??= new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.test instanceof RegExp && tag.default === true);
  return coreTags;
}

/** The core tag that reads `source`, if any (a string otherwise). */
export function coreTagOf(source: string): (ScalarTag & { test: RegExp }) | undefined {
  if (!mayBeCoreScalar(source)) return undefined;
  return implicitTags().find((tag) => tag.test.test(source));
}

/** The value of a plain scalar that a core tag reads (see coreTagOf). */
export function coreValueOf(tag: ScalarTag, source: string): unknown {
  const resolved = tag.resolve(source, () => undefined, { intAsBigInt: false });
  // Some tags resolve to a Scalar node (null, a float keeping its digits); data holds its value.
  return isScalar(resolved) ? resolved.value : resolved;
}

/** A plain scalar's value: what its core tag reads, or the string itself. */
export function plainScalarValue(source: string): unknown {
  const tag = coreTagOf(source);
  return tag === undefined ? source : coreValueOf(tag, source);
}

/**
 * Every core scalar but a string is empty, starts as a number does (a digit, a sign or a dot), or is one
 * of the null and boolean words (`~`, `n`, `t`, `f` in either case first): most values and every key are
 * other words, answered at once.
 */
export function mayBeCoreScalar(source: string): boolean {
  if (source.length === 0) return true;
  const first = source.charCodeAt(0);
  // A number is written in letters, digits, dots and signs only: a time or a phone number is told at once.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) return NUMBER_CHARACTERS.test(source);
  const word = first === 0x7e || first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46;
  return word && source.length <= LONGEST_CORE_WORD && CORE_WORDS.has(source);
}

const NUMBER_CHARACTERS = /^[0-9A-Za-z.+-]+$/;
const CORE_WORDS = new Set(['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const LONGEST_CORE_WORD = 'false'.length;
