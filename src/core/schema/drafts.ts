/**
 * Which JSON Schema draft a schema is written in (its `$schema`, draft 7 when absent), and one ajv
 * instance per draft, built only when a schema of that draft is first compiled (each costs milliseconds).
 */
import Ajv, { type CodeOptions, type Options } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import AjvDraft04 from 'ajv-draft-04';
import formatLimit from 'ajv-formats/dist/limit';
import { FORMATS } from './formats';
import type { IdRules } from './subschemas';

export type Draft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

export interface DraftRules extends IdRules {
  readonly draft: Draft;
  /** The draft's name in words, for messages. */
  readonly name: string;
}

const RULES: Readonly<Record<Draft, DraftRules>> = {
  'draft-04': { draft: 'draft-04', name: 'draft-04', idKey: 'id', refIgnoresSiblings: true },
  'draft-06': { draft: 'draft-06', name: 'draft-06', idKey: '$id', refIgnoresSiblings: true },
  'draft-07': { draft: 'draft-07', name: 'draft-07', idKey: '$id', refIgnoresSiblings: true },
  '2019-09': { draft: '2019-09', name: '2019-09', idKey: '$id', refIgnoresSiblings: false },
  '2020-12': { draft: '2020-12', name: '2020-12', idKey: '$id', refIgnoresSiblings: false },
};

export const DEFAULT_DRAFT: DraftRules = RULES['draft-07'];

const KNOWN: readonly [RegExp, Draft][] = [
  [/^json-schema\.org\/draft-04\/schema$/, 'draft-04'],
  [/^json-schema\.org\/draft-06\/schema$/, 'draft-06'],
  [/^json-schema\.org\/draft-07\/schema$/, 'draft-07'],
  [/^json-schema\.org\/draft\/2019-09\/schema$/, '2019-09'],
  [/^json-schema\.org\/draft\/2020-12\/schema$/, '2020-12'],
];

export type DraftResult = { readonly ok: true; readonly rules: DraftRules } | { readonly ok: false; readonly problem: string };

/** The draft a `$schema` value names; `sourceName` is the schema's name for the message when it names none we know. */
export function draftOf(schemaUri: unknown, sourceName: string): DraftResult {
  if (schemaUri === undefined) return { ok: true, rules: DEFAULT_DRAFT };
  if (typeof schemaUri !== 'string') return { ok: false, problem: `${sourceName} has a "$schema" that is not text; it should name a JSON Schema draft, like "http://json-schema.org/draft-07/schema#"` };
  const bare = schemaUri.trim().replace(/^https?:\/\//, '').replace(/#$/, '');
  const known = KNOWN.find(([pattern]) => pattern.test(bare));
  if (known) return { ok: true, rules: RULES[known[1]] };
  const old = /^json-schema\.org\/draft-0([0-3])\/schema$/.exec(bare);
  const named = old ? `JSON Schema draft ${old[1]}, which is older than Pressroom can check` : `"${schemaUri}", which is not a JSON Schema draft Pressroom knows`;
  return { ok: false, problem: `${sourceName} says it is written in ${named} ("$schema"). Pressroom checks drafts 04, 06, 07, 2019-09 and 2020-12: change "$schema" to one of them, like "http://json-schema.org/draft-07/schema#"` };
}

/** Every draft the same way: all errors, own properties only, editor annotations allowed, ajv's console silent. */
const OPTIONS: Options = { allErrors: true, strict: false, verbose: true, validateSchema: true, ownProperties: true, logger: false };

/**
 * For Pressroom's own schemas (the configuration's, the rules' options: ownSchemas.ts): one error is enough for
 * their messages, and their keywords are checked by tests rather than by ajv's strict mode.
 */
export const OWN_SCHEMA_OPTIONS: Options = { allErrors: false, strict: false };

const instances = new Map<Draft, Ajv>();

function ajvOfDraft(draft: Draft, options: Options): Ajv {
  switch (draft) {
    case 'draft-04':
      return new AjvDraft04(options) as unknown as Ajv;
    case 'draft-06': {
      const ajv = new Ajv(options);
      ajv.addMetaSchema(draft06MetaSchema);
      return ajv;
    }
    case 'draft-07':
      return new Ajv(options);
    case '2019-09':
      return new Ajv2019(options) as unknown as Ajv;
    case '2020-12':
      return new Ajv2020(options) as unknown as Ajv;
  }
}

/**
 * A new ajv instance of a draft with Pressroom's options and formats (ajv-formats' keywords too). `code` is
 * for the generator of the shipped schema's validator, which needs ajv's source code; run time leaves it out.
 */
export function createAjv(draft: Draft, code?: CodeOptions): Ajv {
  const ajv = ajvOfDraft(draft, code ? { ...OPTIONS, code } : OPTIONS);
  formatLimit(ajv);
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

/** The shared ajv instance of a draft; callers remove what they add (`removeSchema()`) once compiled. */
export function ajvFor(draft: Draft): Ajv {
  let ajv = instances.get(draft);
  if (!ajv) {
    ajv = createAjv(draft);
    instances.set(draft, ajv);
  }
  return ajv;
}
