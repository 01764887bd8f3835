/**
 * The quick read: front matter to plain data with js-yaml, about seven times faster than the `yaml`
 * package's range-keeping parse, for the releases that turn out to have nothing wrong (most of a
 * repository). It answers only when it is sure to give exactly the data `readYaml` would: plain scalars
 * are resolved by the `yaml` package's own core-schema tags, and any text that uses what the two parsers
 * could read differently (anchors, aliases, tags, directives, complex keys, tabs, non-string keys) is
 * left to `readYaml`. `undefined` means "read it the careful way", never "it is wrong".
 */
import { load, FAILSAFE_SCHEMA, Type, type Schema as JsYamlSchema } from 'js-yaml';
import { isScalar, Schema as YamlSchema, type ScalarTag } from 'yaml';
import { findExcessiveNesting } from './nesting';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './read';
import { hasUnsureLine } from './unsureLines';

/**
 * What js-yaml and `yaml` may read differently, or what `readYaml` guards against, anywhere in the text:
 * a tab, a lone carriage return, a byte order mark or a Unicode line separator, a block scalar that
 * keeps its final line breaks (`|+`), `__proto__`. Anchors, aliases and tags are found by
 * `hasNodeProperty`, and what matters at a line's start by `hasUnsureLine`.
 */
const UNSURE_ANYWHERE = /[\t\uFEFF\u2028\u2029]|\r(?!\n)|__proto__|[|>]\d?\+/;

/** An anchor, alias or tag (`&a`, `*a`, `!`) where a node can start: at a line's start or after a space or indicator. */
function hasNodeProperty(source: string): boolean {
  for (const char of NODE_PROPERTIES) {
    for (let at = source.indexOf(char); at !== -1; at = source.indexOf(char, at + 1)) {
      const before = at === 0 ? '\n' : source[at - 1];
      if (!NODE_START_AFTER.test(before)) continue;
      if (char === '!' || at + 1 === source.length || source[at + 1] !== ' ') return true;
    }
  }
  return false;
}

const NODE_PROPERTIES = ['!', '&', '*'];
const NODE_START_AFTER = /[\s[{,:-]/;
let quickSchema: JsYamlSchema | undefined;

/**
 * js-yaml's failsafe schema with the `yaml` package's core scalars, tried in the same order: one js-yaml
 * type for all of them, so a plain word (most values) is dismissed by one look at its first character.
 */
function schemaLikeYamls(): JsYamlSchema {
  if (quickSchema) return quickSchema;
  const tags = new YamlSchema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.test instanceof RegExp && tag.default === true);
  const tagOf = (source: string) => tags.find((tag) => tag.test.test(source));
  const coreScalar = new Type('tag:pressroom.dev,2026:core-scalar', {
    kind: 'scalar',
    resolve: (source: string | null) => typeof source === 'string' && mayBeCoreScalar(source) && tagOf(source) !== undefined,
    construct: (source: string) => plain(tagOf(source)!.resolve(source, () => undefined, { intAsBigInt: false })),
  });
  quickSchema = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });
  return quickSchema;
}

/** Flow collections are left to `readYaml`, except an empty list or map as a whole value (`links: []`). */
function hasFlowCollection(source: string): boolean {
  return /[[\]{}]/.test(source) && /[[\]{}]/.test(source.replace(EMPTY_FLOW_VALUES, ':'));
}

const EMPTY_FLOW_VALUES = /: +(?:\[\]|\{\}) *(?=\r?$)/gm;

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

/** Some of `yaml`'s tags resolve to a Scalar node (null, a float keeping its digits); data holds its value. */
function plain(resolved: unknown): unknown {
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * The front matter's fields as plain data, or undefined when the quick reader cannot be sure (or the
 * YAML is not a plain set of fields): the caller then reads it with `readYaml`.
 */
export function quickReadFields(source: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Record<string, unknown> | undefined {
  if (source.length > limits.maxChars || UNSURE_ANYWHERE.test(source) || hasNodeProperty(source) || hasFlowCollection(source)) return undefined;
  // Below one level even an empty `[]` is too deep: only the whole nesting check says so.
  if (limits.maxNestingDepth < 1 ? findExcessiveNesting(source, limits.maxNestingDepth) !== undefined : hasUnsureLine(source, limits.maxNestingDepth)) return undefined;
  let data: unknown;
  try {
    data = load(source, { schema: schemaLikeYamls() });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}
