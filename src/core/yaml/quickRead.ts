/**
 * The quick read: front matter to plain data without the `yaml` package's range-keeping parse (about
 * seven times slower), for the releases that turn out to have nothing wrong (most of a repository). It
 * answers only when it is sure to give exactly the data `readYaml` would: text that uses what the parsers
 * could read differently (anchors, aliases, tags, directives, complex keys, tabs, non-string keys) is left
 * to `readYaml`. The rest is read by the plain block reader (simpleFields.ts), or, when it is written in
 * another style, by js-yaml with plain scalars resolved by the `yaml` package's own core-schema tags.
 * `undefined` means "read it the careful way", never "it is wrong".
 */
import { load, FAILSAFE_SCHEMA, Type, type Schema as JsYamlSchema } from 'js-yaml';
import { coreTagOf, coreValueOf } from './coreScalars';
import { findExcessiveNesting } from './nesting';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './read';
import { readSimpleFields } from './simpleFields';
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
  const coreScalar = new Type('tag:pressroom.dev,2026:core-scalar', {
    kind: 'scalar',
    resolve: (source: string | null) => typeof source === 'string' && coreTagOf(source) !== undefined,
    construct: (source: string) => coreValueOf(coreTagOf(source)!, source),
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
 * The front matter's fields as plain data, or undefined when the quick reader cannot be sure (or the
 * YAML is not a plain set of fields): the caller then reads it with `readYaml`.
 */
export function quickReadFields(source: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Record<string, unknown> | undefined {
  if (source.length > limits.maxChars || UNSURE_ANYWHERE.test(source) || hasNodeProperty(source) || hasFlowCollection(source)) return undefined;
  // Below one level even an empty `[]` is too deep: only the whole nesting check says so.
  if (limits.maxNestingDepth < 1 ? findExcessiveNesting(source, limits.maxNestingDepth) !== undefined : hasUnsureLine(source, limits.maxNestingDepth)) return undefined;
  const simple = readSimpleFields(source);
  if (simple) return simple;
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
