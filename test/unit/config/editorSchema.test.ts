// The configuration's schema for editors: every release rule named under `rules`, with its options, and
// committed exactly as the generator makes it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { EDITOR_CONFIG_SCHEMA_FILE, editorConfigSchemaSource, REGENERATE_COMMAND } from '../../../scripts/generateSchemaValidator';
import { ALL_RULES, readProjectConfig } from '../../../src/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const committed = fs.readFileSync(path.join(ROOT, EDITOR_CONFIG_SCHEMA_FILE), 'utf8');
const schema = JSON.parse(committed) as { properties: { rules: { properties: Record<string, { default: string; markdownDescription: string }> } } };
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('the project configuration schema for editors', () => {
  it('is committed exactly as the generator makes it now, and is what the manifest gives VS Code', () => {
    assert.ok(committed === editorConfigSchemaSource(), `${EDITOR_CONFIG_SCHEMA_FILE} is out of date: run \`${REGENERATE_COMMAND}\` and commit it`);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.pressroom.jsonc', url: `./${EDITOR_CONFIG_SCHEMA_FILE}` }]);
  });

  it('names every release rule with its default severity and page', () => {
    const named = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(named), ALL_RULES.map((rule) => rule.id));
    for (const rule of ALL_RULES) {
      assert.equal(named[rule.id].default, rule.severity, rule.id);
      assert.ok(named[rule.id].markdownDescription.startsWith(`${rule.description}\n\nDefault: \`${rule.severity}\`. [What it checks and why](`), rule.id);
      assert.ok(named[rule.id].markdownDescription.endsWith(`docs/rules/${rule.id}.md)`), rule.id);
    }
  });

  it("accepts each rule set to a severity or to its own defaults, as Pressroom does", () => {
    for (const rule of ALL_RULES) {
      for (const setting of ['off', ['error'], ['warning', rule.defaults]]) {
        const config = { rules: { [rule.id]: setting } };
        assert.equal(validate(config), true, `${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`);
        assert.equal(readProjectConfig(JSON.stringify(config)).ok, true, JSON.stringify(config));
      }
    }
  });

  it('rejects a misspelt option, as Pressroom does, and leaves a rule name it does not know to Pressroom, which suggests one', () => {
    const misspelt = JSON.stringify({ rules: { 'media-contact': ['warning', { regoin: 'AU' }] } });
    assert.equal(validate(JSON.parse(misspelt)), false);
    assert.equal(readProjectConfig(misspelt).ok, false);
    const unknown = JSON.stringify({ rules: { 'media-contacts': 'off' } });
    assert.equal(validate(JSON.parse(unknown)), true);
    const read = readProjectConfig(unknown);
    assert.ok(!read.ok && /did you mean "media-contact"\?/.test(read.problem.message), JSON.stringify(read));
  });
});
