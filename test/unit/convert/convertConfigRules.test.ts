// Convert runs no release rule, so it does not load them: a configuration's `rules` are checked for their
// shape (with validate's words) but not for rule names or options. validate checks both.
import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { memoryIo } from '../cli/memoryIo';

const PLAIN = 'Pier reopens\n17 October 2020\nThe pier reopens today.\n';
const STORY_SCHEMA = JSON.stringify({ type: 'object', required: ['headline'], properties: { headline: { type: 'string', 'x-pressroom-role': 'headline' } } });
const CONVERTED_TO_STORY = '---\nheadline: Pier reopens\n---\n\n17 October 2020\nThe pier reopens today.\n';
const FALLBACK = ' Pressroom checks releases without it until it is fixed\n';

function run(command: 'convert' | 'validate', config: string) {
  const io = memoryIo({ '.pressroom.jsonc': config, 'story.json': STORY_SCHEMA, 'pier.txt': PLAIN, 'pier.md': '---\nheadline: Pier reopens\n---\n\nThe pier reopens today.\n' });
  const code = runCli([command, command === 'convert' ? 'pier.txt' : 'pier.md'], io);
  return { code, out: io.out.join(''), err: io.err };
}

describe('pressroom convert and the configuration\'s rules', () => {
  it('converts with a configuration whose rule names or options only validate refuses', () => {
    for (const rules of ['{ "end-marks": "off" }', '{ "end-mark": ["warning", { "nope": 1 }] }']) {
      const config = `{ "schema": "story.json", "rules": ${rules} }`;
      const converted = run('convert', config);
      assert.equal(converted.code, 0, rules);
      assert.equal(converted.out, CONVERTED_TO_STORY);
      assert.deepEqual(converted.err, ['pier.txt: note: the schema has no publish.date; the date on line 2 stays in the body\n']);
      assert.equal(run('validate', config).code, 2, rules);
    }
  });

  it('refuses a setting of the wrong shape as validate does, in the same words and place', () => {
    const cases: [string, string][] = [
      ['{ "rules": 5 }', '.pressroom.jsonc:1:12: "rules" in .pressroom.jsonc must be an object of rule names and settings, like { "headline-length": "warning" }.'],
      [
        '{ "rules": { "end-mark": "loud" } }',
        '.pressroom.jsonc:1:26: The rule "end-mark" in "rules" in .pressroom.jsonc must be "error", "warning", "information" or "off", or a list of one of those and the rule\'s options, like ["warning", { ... }].',
      ],
      ['{ "rules": { "end-mark": ["warning", 3] } }', '.pressroom.jsonc:1:38: The options of the rule "end-mark" in "rules" in .pressroom.jsonc must be an object, like { "name": value }.'],
    ];
    for (const [config, problem] of cases) {
      const converted = run('convert', config);
      assert.equal(converted.code, 2, config);
      assert.equal(converted.err[0], problem + FALLBACK);
      assert.match(converted.out, /^---\n\$schema: press-release\ntitle: Pier reopens\n/);
      assert.equal(run('validate', config).err[0], problem + FALLBACK);
    }
  });
});
