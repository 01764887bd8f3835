/**
 * No ajv error reaches an author in ajv's own wording: every schema and case of the JSON Schema Test Suite
 * (../shared/json-schema-test-suite, every draft), its object data written as front matter, goes through the
 * message mapper, and no message may read like ajv ("must NOT have…", "must match…", "#/…", "[object Object]").
 * Also: whenever ajv reports an error, Pressroom reports at least one error, so none is dropped unreplaced.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileSchema, parseRelease, validateRelease } from '../../../src/core';
import { describeWithSharedData } from '../sharedData';

const DRAFTS: readonly [string, string][] = [
  ['draft4', 'http://json-schema.org/draft-04/schema#'],
  ['draft6', 'http://json-schema.org/draft-06/schema#'],
  ['draft7', 'http://json-schema.org/draft-07/schema#'],
  ['draft2019-09', 'https://json-schema.org/draft/2019-09/schema'],
  ['draft2020-12', 'https://json-schema.org/draft/2020-12/schema'],
];

const AJV_WORDING = [/^must (NOT )?(have|be|match|pass|contain)/i, /(^|\s)must NOT /, /(^|[\s(])#\//, /\[object Object\]/, /boolean schema is false/, /## \d/, /should (be|have|match)/];

interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly { description: string; data: unknown; valid: boolean }[];
}

const REFERENCES = /"\$(ref|id|anchor|dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor)"|"id"\s*:/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

describeWithSharedData('messages of every JSON Schema keyword, in words (the JSON Schema Test Suite)', (shared) => {
  for (const [folder, metaSchema] of DRAFTS) {
    const tests = path.join(shared, 'json-schema-test-suite', 'tests', folder);
    if (!fs.existsSync(tests)) continue;
    it(`${folder}: no message in ajv's wording, and every ajv error gives an error`, () => {
      const wrong: string[] = [];
      let messages = 0;
      for (const file of fs.readdirSync(tests).filter((name) => name.endsWith('.json')).sort()) {
        const groups = JSON.parse(fs.readFileSync(path.join(tests, file), 'utf8')) as SuiteGroup[];
        for (const group of groups) {
          // Remote references need the suite's remotes (the conformance test serves them); custom meta-schemas are refused.
          if (JSON.stringify(group.schema).includes('localhost:1234')) continue;
          const json = isObject(group.schema) && group.schema.$schema === undefined ? { $schema: metaSchema, ...group.schema } : group.schema;
          const compiled = compileSchema(json, `${file} schema`);
          // Other data as {v: data} under {properties: {v: schema}}, where moving the schema breaks no reference.
          const inner = isObject(group.schema) ? Object.fromEntries(Object.entries(group.schema).filter(([key]) => key !== '$schema')) : group.schema;
          const wrapped = REFERENCES.test(JSON.stringify(group.schema)) ? undefined : compileSchema({ $schema: metaSchema, properties: { v: inner } }, `${file} schema`);
          for (const test of group.tests) {
            const direct = isObject(test.data);
            const schema = direct ? compiled : wrapped;
            if (!schema?.ok) continue;
            const data = direct ? test.data : { v: test.data };
            const text = `---\n${JSON.stringify(data)}\n---\n`;
            if (!isDeepStrictEqual(parseRelease(text).data, data)) continue;
            const diagnostics = validateRelease(text, schema.schema);
            messages += diagnostics.length;
            for (const { message } of diagnostics) {
              if (AJV_WORDING.some((pattern) => pattern.test(message))) wrong.push(`${file} / ${group.description} / ${test.description}: ${message}`);
            }
            const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
            if (schema.schema.check(data).length > 0 && !hasError) wrong.push(`${file} / ${group.description} / ${test.description}: ajv found an error, Pressroom none`);
          }
        }
      }
      assert.deepEqual(wrong, []);
      assert.ok(messages > 300, `only ${messages} messages were produced: the suite was not read`);
    });
  }
});
