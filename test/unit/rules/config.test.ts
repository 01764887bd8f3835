// The `rules` key of .pressroom.jsonc and the pressroom.rules setting: what is accepted, what is refused and where, and which wins.
import * as assert from 'node:assert/strict';
import { effectiveConfig, readProjectConfig, type ConfigReadResult } from '../../../src/core';
import { checkRulesConfig } from '../../../src/core/rules';
import { TEST_RULES } from './testRules';

/** A failed read as [message, the text the problem covers]. */
function problemOf(text: string): [string, string] {
  const result: ConfigReadResult = readProjectConfig(text, TEST_RULES);
  assert.ok(!result.ok, 'expected a problem');
  return [result.problem.message, text.slice(result.problem.startOffset, result.problem.endOffset)];
}

describe('the rules configuration', () => {
  it('reads severities, "off" and severities with options', () => {
    const text = '{ "rules": { "no-todo": ["warning", { "word": "TBC" }], "always-throws": "off", "same-url": ["information"], "no-headline-placeholder": ["error", {}] } }';
    assert.deepEqual(readProjectConfig(text, TEST_RULES), {
      ok: true,
      values: { rules: { 'no-todo': ['warning', { word: 'TBC' }], 'always-throws': 'off', 'same-url': ['information'], 'no-headline-placeholder': ['error', {}] } },
    });
  });

  it('refuses a rule name Pressroom does not have, on the name, with a did-you-mean where one is close', () => {
    assert.deepEqual(problemOf('{ "rules": { "no-tood": "off" } }'), ['"rules" in .pressroom.jsonc names a rule Pressroom does not have, "no-tood"; did you mean "no-todo"?', '"no-tood"']);
    assert.deepEqual(problemOf('{ "rules": { "spelling": "off" } }'), ['"rules" in .pressroom.jsonc names a rule Pressroom does not have, "spelling"; the rules are listed in docs/rules/README.md', '"spelling"']);
  });

  it('refuses a severity that is not one, on the value', () => {
    const words = 'The rule "no-todo" in "rules" in .pressroom.jsonc must be "error", "warning", "information" or "off", or a list of one of those and the rule\'s options, like ["warning", { ... }]';
    assert.deepEqual(problemOf('{ "rules": { "no-todo": "loud" } }'), [words, '"loud"']);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["loud", {}] } }'), [words, '"loud"']);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": [] } }'), [words, '[]']);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["off", {}, 3] } }'), [words, '["off", {}, 3]']);
    assert.deepEqual(problemOf('{ "rules": "off" }'), ['"rules" in .pressroom.jsonc must be an object of rule names and settings, like { "headline-length": "warning" }', '"off"']);
  });

  it('refuses options the rule does not take, on the option at fault, with a did-you-mean', () => {
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["warning", { "wordd": "TBC" }] } }'), [
      'The options of the rule "no-todo" in "rules" in .pressroom.jsonc are not right: there is no option "wordd"; did you mean "word"?',
      '"wordd"',
    ]);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["warning", { "max": 3 }] } }'), [
      'The options of the rule "no-todo" in "rules" in .pressroom.jsonc are not right: there is no option "max"; the options are "word", "fixAll"',
      '"max"',
    ]);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["warning", { "word": 7 }] } }'), ['The options of the rule "no-todo" in "rules" in .pressroom.jsonc are not right: "word" must be text', '7']);
    assert.deepEqual(problemOf('{ "rules": { "no-todo": ["warning", { "word": "" }] } }'), [
      'The options of the rule "no-todo" in "rules" in .pressroom.jsonc are not right: "word" must NOT have fewer than 1 characters',
      '""',
    ]);
    assert.deepEqual(problemOf('{ "rules": { "always-throws": ["warning", { "max": 3 }] } }'), [
      'The rule "always-throws" in "rules" in .pressroom.jsonc has no options; give only its severity, like "warning"',
      '{ "max": 3 }',
    ]);
  });

  it('checks the setting with the same words, keeping the entries that can be used', () => {
    const check = checkRulesConfig({ 'no-todo': 'warning', 'no-tood': 'off', 'same-url': ['error', { x: 1 }] }, TEST_RULES, 'the pressroom.rules setting');
    assert.deepEqual(check.values, { 'no-todo': 'warning' });
    assert.deepEqual(
      check.problems.map((problem) => problem.message),
      ['the pressroom.rules setting names a rule Pressroom does not have, "no-tood"; did you mean "no-todo"?', 'The rule "same-url" in the pressroom.rules setting has no options; give only its severity, like "warning"'],
    );
    assert.deepEqual(checkRulesConfig(['no-todo'], TEST_RULES, 'the pressroom.rules setting').problems[0].message, 'the pressroom.rules setting must be an object of rule names and settings, like { "headline-length": "warning" }');
  });

  it('the file’s rules win over the setting’s as a whole, as the other shared settings do; neither gives none', () => {
    const file = { path: '/p/.pressroom.jsonc', values: { rules: { 'no-todo': 'off' as const } } };
    const fallback = { root: '/p', values: { rules: { 'same-url': 'warning' as const } } };
    assert.deepEqual(effectiveConfig({ file, fallback, defaultRoot: '/p' }).rules, { 'no-todo': 'off' });
    assert.deepEqual(effectiveConfig({ file: { path: '/p/.pressroom.jsonc', values: {} }, fallback, defaultRoot: '/p' }).rules, { 'same-url': 'warning' });
    assert.deepEqual(effectiveConfig({ defaultRoot: '/p' }).rules, {});
  });
});
