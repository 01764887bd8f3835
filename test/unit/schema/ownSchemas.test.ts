// Pressroom's own schemas (the project configuration's, each rule's options) are checked by validators
// generated at build time (scripts/generateSchemaValidator.ts). The committed file must be what the generator
// makes now, each own schema must find its generated validator, and each must report what a run-time compile
// reports, on seeded values of every shape its properties could be given.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { OWN_VALIDATORS_FILE, ownValidatorsSource, REGENERATE_COMMAND } from '../../../scripts/generateSchemaValidator';
import configSchemaJson from '../../../schemas/pressroom-config.schema.json';
import { ALL_RULES } from '../../../src/core';
import { OWN_SCHEMA_OPTIONS } from '../../../src/core/schema/drafts';
import { OWN_VALIDATORS } from '../../../src/core/schema/generated/ownValidators';
import { ownSchemaValidator } from '../../../src/core/schema/ownSchemas';
import { seededRandom } from '../seededRandom';

const ROOT = path.resolve(__dirname, '..', '..', '..');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const OWN_SCHEMAS: { name: string; schema: Record<string, unknown> }[] = [
  { name: 'the project configuration', schema: configSchemaJson as Record<string, unknown> },
  ...ALL_RULES.flatMap((rule) => (rule.optionsSchema ? [{ name: `${rule.id}'s options`, schema: rule.optionsSchema }] : [])),
];

/** Values of every JSON type, and some a configuration holds (globs, sizes, severities, time zones). */
const SCALARS: Json[] = [null, true, false, 0, 1, -1, 6, 7, 65, 1.5, 1e9, '', ' ', 'warning', 'off', 'news/**/*.md', '10 MB', '2kb', '12 GB', 'Europe/London', 'x'.repeat(300)];

/** A value for a property: a scalar, a list of them, or an object of other properties (one level deeper each time). */
function valueFor(random: () => number, names: readonly string[], depth: number): Json {
  const pick = random();
  if (pick < 0.55 || depth > 2) return SCALARS[Math.floor(random() * SCALARS.length)];
  if (pick < 0.8) return Array.from({ length: Math.floor(random() * 3) }, () => valueFor(random, names, depth + 1));
  return objectOf(random, names, depth + 1);
}

/** An object of some of the schema's property names (and a stray one now and then). */
function objectOf(random: () => number, names: readonly string[], depth: number): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const name of [...names, 'stray', 'files', 'schema', 'max', 'marks']) if (random() < 0.35) object[name] = valueFor(random, names, depth);
  return object;
}

function propertyNamesOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNamesOf(item, into);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
      propertyNamesOf(value, into);
    }
  }
  return into;
}

describe("the generated validators of Pressroom's own schemas", () => {
  it('are committed exactly as the generator makes them now', () => {
    const committed = fs.readFileSync(path.join(ROOT, OWN_VALIDATORS_FILE), 'utf8');
    assert.ok(committed === ownValidatorsSource(), `${OWN_VALIDATORS_FILE} is out of date: run \`${REGENERATE_COMMAND}\` and commit it`);
  });

  it("import nothing but ajv's run-time helpers", () => {
    const committed = fs.readFileSync(path.join(ROOT, OWN_VALIDATORS_FILE), 'utf8');
    for (const [, module] of committed.matchAll(/^import .* from '([^']+)';$/gm)) assert.match(module!, /^ajv\/dist\/runtime\//);
    assert.doesNotMatch(committed, /\brequire\(/);
  });

  it('serve every own schema: the configuration and each rule with options', () => {
    const generated = new Set<unknown>(OWN_VALIDATORS.map((own) => own.validate));
    assert.ok(OWN_SCHEMAS.length >= 10);
    for (const { name, schema } of OWN_SCHEMAS) assert.ok(generated.has(ownSchemaValidator(schema)), `${name} is compiled at run time`);
  });

  it('give way to a run-time compile for a schema they were not made from, which still checks', () => {
    const edited = { ...configSchemaJson, required: ['files'] };
    const validate = ownSchemaValidator(edited);
    assert.ok(!OWN_VALIDATORS.some((own) => own.validate === validate));
    assert.equal(validate({}), false);
    assert.deepEqual(validate.errors?.map((error) => error.keyword), ['required']);
    assert.equal(validate({ files: ['news/**/*.md'] }), true);
  });

  it('report exactly what a run-time compile reports, on 600 seeded values of each schema', () => {
    const random = seededRandom(20261201);
    let invalid = 0;
    const keywords = new Set<string>();
    for (const { name, schema } of OWN_SCHEMAS) {
      const compiled = new Ajv(OWN_SCHEMA_OPTIONS).compile(structuredClone(schema));
      const generated = ownSchemaValidator(schema);
      const names = [...propertyNamesOf(schema)];
      for (let index = 0; index < 600; index++) {
        const value = index % 10 === 0 ? valueFor(random, names, 0) : objectOf(random, names, 0);
        const valid = compiled(value);
        assert.equal(generated(value), valid, `${name}: ${JSON.stringify(value)}`);
        assert.deepEqual(generated.errors ?? null, compiled.errors ?? null, `${name}: ${JSON.stringify(value)}`);
        if (!valid) invalid++;
        for (const error of compiled.errors ?? []) keywords.add(error.keyword);
      }
    }
    // The values reach the schemas' keywords, not only a wrong type at the top.
    assert.ok(invalid > OWN_SCHEMAS.length * 300, `only ${invalid} invalid values`);
    for (const keyword of ['type', 'additionalProperties', 'minItems', 'minLength', 'minimum', 'pattern']) assert.ok(keywords.has(keyword), `no ${keyword} error`);
  });
});
