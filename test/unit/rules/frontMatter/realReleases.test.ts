// The front matter rules through the engine: on the untouched release snippet, and on the seed release.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInSchema, LineIndex, parseRelease } from '../../../../src/core';
import { runRules } from '../../../../src/core/rules/engine';
import { ALL_RULES } from '../../../../src/core/rules/allRules';
import { describeWithSharedData } from '../../sharedData';
import { NOW } from '../ruleHarness';
import { UNTOUCHED_SNIPPET } from './fixtures';

const FRONT_MATTER_RULES = ALL_RULES.filter((rule) => ['placeholders', 'web-addresses', 'embargo-before-publication', 'headline-length', 'headline-capitals', 'social-title-length', 'social-description-length', 'social-url-matches', 'social-title', 'social-image', 'social-image-alt'].includes(rule.id));

function problems(text: string): string[] {
  const lines = new LineIndex(text);
  return runRules(parseRelease(text), builtInSchema(), { now: NOW, rules: FRONT_MATTER_RULES }).map((diagnostic) => {
    const start = lines.positionAt(diagnostic.startOffset);
    return `${start.line}:${start.character} ${diagnostic.severity} ${diagnostic.code}`;
  });
}

describe('the front matter rules through the engine', () => {
  it('are all in the table', () => {
    assert.equal(FRONT_MATTER_RULES.length, 11);
  });

  it('give an untouched release snippet its placeholder errors, each value once', () => {
    assert.deepEqual(problems(UNTOUCHED_SNIPPET), ['1:7 error placeholders', '2:6 error placeholders', '3:5 error placeholders']);
  });
});

describeWithSharedData('the front matter rules on the seed release', (root) => {
  it('give no error, and the two length warnings its long headline earns', () => {
    const text = fs.readFileSync(path.join(root, 'samples', 'chief-constable-message-2020-03-18.md'), 'utf8');
    assert.deepEqual(problems(text), ['11:7 warning headline-length', '6:9 warning social-title-length']);
  });
});
