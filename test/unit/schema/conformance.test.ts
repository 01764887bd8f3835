/**
 * The official JSON Schema Test Suite (../shared/json-schema-test-suite), through the same path as
 * `pressroom validate --schema`: each case's data written as a release's front matter, the schema loaded
 * with its references (the suite's remotes served from its remotes/ folder, never the network), and the
 * release called invalid when Pressroom reports any error. Every case that applies must agree.
 *
 * Left out, with the reason counted in the tally:
 * - optional/ (behaviour the suite itself does not require);
 * - `format` in 2019-09 and 2020-12, where the suite expects formats to be annotations only: Pressroom
 *   asserts them in every draft, because a newsroom writing `format: email` wants it checked;
 * - data that is not an object under a schema with references or identifiers (wrapping it as `{v: data}`
 *   would move the schema and break its pointers);
 * - data YAML does not read back exactly as the JSON (none in the suite today; counted if it appears);
 * - schemas written against a custom meta-schema (vocabulary.json): Pressroom says in words that it checks
 *   only the standard drafts;
 * - the groups in AJV_LIMITS, where ajv 8 itself (Pressroom's validator) gives the wrong answer, checked
 *   with plain ajv: `$dynamicRef` beyond a plain anchor, `unevaluatedItems` after `contains`, annotations
 *   from an `if` without `then`, a property named `__proto__`, some relative `$id`s that make ajv recurse.
 *   Their cases still count when they agree; a test fails when a listed group has no disagreement left.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { analyseRelease, parseRelease } from '../../../src/core';
import { SchemaFiles } from '../../../src/core/schema/schemaFiles';
import { describeWithSharedData } from '../sharedData';

interface SuiteCase {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}

interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteCase[];
}

const DRAFTS: readonly { folder: string; metaSchema: string }[] = [
  { folder: 'draft4', metaSchema: 'http://json-schema.org/draft-04/schema#' },
  { folder: 'draft6', metaSchema: 'http://json-schema.org/draft-06/schema#' },
  { folder: 'draft7', metaSchema: 'http://json-schema.org/draft-07/schema#' },
  { folder: 'draft2019-09', metaSchema: 'https://json-schema.org/draft/2019-09/schema' },
  { folder: 'draft2020-12', metaSchema: 'https://json-schema.org/draft/2020-12/schema' },
];

const FORMATS_ARE_ANNOTATIONS = new Set(['draft2019-09', 'draft2020-12']);
const REFERENCES = /"\$(ref|id|anchor|dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor)"|"id"\s*:/;

const SHARED_LIMITS: Readonly<Record<string, readonly string[]>> = {
  'properties.json': ['properties whose names are Javascript object property names'],
  'ref.json': ['refs with relative uris and defs', 'relative refs with absolute uris and defs'],
  'unevaluatedItems.json': ['unevaluatedItems with nested items', 'unevaluatedItems can see annotations from if without then and else'],
  'unevaluatedProperties.json': ['unevaluatedProperties with if/then/else, then not defined', 'unevaluatedProperties can see annotations from if without then and else'],
};

/** Groups where ajv 8.20 alone disagrees with the suite, by draft folder and file. */
const AJV_LIMITS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  draft7: { 'properties.json': SHARED_LIMITS['properties.json'] },
  'draft2019-09': { ...SHARED_LIMITS, 'recursiveRef.json': ['$recursiveRef with no $recursiveAnchor in the initial target schema resource'] },
  'draft2020-12': {
    ...SHARED_LIMITS,
    'unevaluatedItems.json': [
      ...SHARED_LIMITS['unevaluatedItems.json'],
      'unevaluatedItems depends on adjacent contains',
      'unevaluatedItems depends on multiple nested contains',
      'unevaluatedItems and contains interact to control item dependency relationship',
      'unevaluatedItems with minContains = 0',
    ],
    'unevaluatedProperties.json': [...SHARED_LIMITS['unevaluatedProperties.json'], 'unevaluatedProperties with $dynamicRef'],
    'dynamicRef.json': [
      'A $dynamicRef that initially resolves to a schema with a matching $dynamicAnchor resolves to the first $dynamicAnchor in the dynamic scope',
      'A $dynamicRef that initially resolves to a schema without a matching $dynamicAnchor behaves like a normal $ref to $anchor',
      'multiple dynamic paths to the $dynamicRef keyword',
      'tests for implementation dynamic anchor and reference link',
      '$ref and $dynamicAnchor are independent of order - $defs first',
      '$ref and $dynamicAnchor are independent of order - $ref first',
      '$dynamicRef points to a boolean schema',
      '$dynamicRef skips over intermediate resources - direct reference',
    ],
  },
};

const CUSTOM_META_SCHEMA = 'written against a custom meta-schema';

type Outcome = { kind: 'checked'; agrees: boolean; detail: string } | { kind: 'left out'; reason: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema and data as a release: objects directly, anything else as `{v: data}` when the schema allows it. */
function asRelease(schema: unknown, data: unknown, metaSchema: string): { schema: unknown; data: Record<string, unknown> } | string {
  const stated = isObject(schema) && schema.$schema === undefined ? { $schema: metaSchema, ...schema } : schema;
  if (isObject(data)) return { schema: stated, data };
  if (REFERENCES.test(JSON.stringify(schema))) return 'data that is not an object, under a schema with references';
  const inner = isObject(schema) ? Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')) : schema;
  return { schema: { $schema: isObject(stated) ? stated.$schema : metaSchema, properties: { v: inner } }, data: { v: data } };
}

function readFileUri(uri: string): string | undefined {
  {
    try {
      return fs.readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}

function runCase(group: SuiteGroup, test: SuiteCase, folder: string, metaSchema: string, remotes: string): Outcome {
  if (isObject(group.schema) && typeof group.schema.$schema === 'string' && group.schema.$schema.startsWith('http://localhost:1234/')) return { kind: 'left out', reason: CUSTOM_META_SCHEMA };
  if (FORMATS_ARE_ANNOTATIONS.has(folder) && /"format"/.test(JSON.stringify(group.schema))) return { kind: 'left out', reason: 'format is an annotation only in 2019-09 and 2020-12' };
  const release = asRelease(group.schema, test.data, metaSchema);
  if (typeof release === 'string') return { kind: 'left out', reason: release };
  const text = `---\n${JSON.stringify(release.data)}\n---\n`;
  const parsed = parseRelease(text);
  if (!isDeepStrictEqual(parsed.data, release.data)) return { kind: 'left out', reason: 'data YAML does not read back exactly' };

  const files = new SchemaFiles('https://conformance.invalid/schema.json', JSON.stringify(release.schema), 'the suite schema', {
    localCopies: [{ remote: 'http://localhost:1234/', local: `${pathToFileURL(remotes).href}/` }],
  });
  for (let next = files.next(); next; next = files.next()) files.provide(next, readFileUri(next));
  const loaded = files.compile();
  if (!loaded.ok) return { kind: 'checked', agrees: false, detail: `schema refused: ${loaded.problem}` };
  // The schema's verdict alone: release rules (placeholders, contacts...) are not the suite's business.
  const analysis = analyseRelease(text, { kind: 'check', schema: undefined }, loaded.schema, { ruleSet: [] });
  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const valid = errors.length === 0;
  const said = valid ? 'valid' : errors.map((error) => `${error.code}: ${error.message}`).join('; ');
  return { kind: 'checked', agrees: valid === test.valid, detail: `expected ${test.valid ? 'valid' : 'invalid'}, Pressroom said ${said}` };
}

describeWithSharedData('the JSON Schema Test Suite, as releases', (shared) => {
  const suite = path.join(shared, 'json-schema-test-suite');
  const remotes = path.join(suite, 'remotes');
  const tally: string[] = [];

  for (const { folder, metaSchema } of DRAFTS) {
    const tests = path.join(suite, 'tests', folder);
    if (!fs.existsSync(tests)) continue;
    describe(folder, () => {
      let agree = 0;
      let checked = 0;
      let limited = 0;
      const limitedGroups = new Set<string>();
      const leftOut = new Map<string, number>();
      const files = fs.readdirSync(tests).filter((name) => name.endsWith('.json')).sort();
      for (const file of files) {
        it(file, () => {
          const disagreements: string[] = [];
          const groups = JSON.parse(fs.readFileSync(path.join(tests, file), 'utf8')) as SuiteGroup[];
          for (const group of groups) {
            for (const test of group.tests) {
              const outcome = runCase(group, test, folder, metaSchema, remotes);
              if (outcome.kind === 'left out') {
                leftOut.set(outcome.reason, (leftOut.get(outcome.reason) ?? 0) + 1);
                continue;
              }
              const isLimit = AJV_LIMITS[folder]?.[file]?.includes(group.description) ?? false;
              if (!outcome.agrees && isLimit) {
                limited++;
                limitedGroups.add(`${file} / ${group.description}`);
                continue;
              }
              checked++;
              if (outcome.agrees) agree++;
              else disagreements.push(`${group.description} / ${test.description}: ${outcome.detail}`);
            }
          }
          assert.deepEqual(disagreements, []);
        });
      }
      it('still meets every ajv limitation it lists (a group that now agrees leaves AJV_LIMITS)', () => {
        const listed = Object.entries(AJV_LIMITS[folder] ?? {}).flatMap(([file, groups]) => groups.map((group) => `${file} / ${group}`));
        assert.deepEqual(listed.filter((group) => !limitedGroups.has(group)), []);
      });
      after(() => {
        if (limited > 0) leftOut.set('known ajv limitations', limited);
        const reasons = [...leftOut].map(([reason, count]) => `${count} ${reason}`).join('; ');
        tally.push(`${folder}: ${agree}/${checked} agree${reasons ? ` (left out: ${reasons})` : ''}`);
      });
    });
  }

  after(() => {
    console.log(`\n  JSON Schema Test Suite tally:\n${tally.map((line) => `    ${line}`).join('\n')}\n`);
  });
});
