// --format junit: JUnit XML built by fast-xml-parser, read back by it: counts, and hostile text kept whole.
import * as assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli } from '../../../src/cli/main';
import { lines, VALID_FIELDS } from '../helpers';
import { BROKEN, CONTACT_FIELDS, project, VALID, WARNED } from './fixtures';

function junitOf(files: Record<string, string>, args: string[] = ['news']): { status: number; xml: string; io: ReturnType<typeof project> } {
  const io = project(files);
  const status = runCli(['validate', '--format', 'junit', ...args], io);
  return { status, xml: io.out.join(''), io };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' });

describe('pressroom validate --format junit', () => {
  it('prints one suite, one case per release, a failure listing the problems of each release with errors', () => {
    const { status, xml, io } = junitOf({ 'news/a.md': VALID, 'news/b.md': BROKEN, 'news/c.md': WARNED });
    assert.equal(status, 1);
    assert.deepEqual(io.err, []);
    assert.equal(
      xml,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="Pressroom: 3 releases checked" tests="3" failures="1" errors="0">',
        '  <testsuite name="Pressroom" tests="3" failures="1" errors="0" skipped="0">',
        '    <testcase name="news/a.md" classname="pressroom" file="news/a.md"/>',
        '    <testcase name="news/b.md" classname="pressroom" file="news/b.md">',
        '      <failure message="news/b.md: 2 errors, 1 warning" type="pressroom">news/b.md:1:1 error missing-field Missing required field &quot;area&quot;',
        'news/b.md:5:9 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not &quot;2020-03-18 16:55&quot;',
        'news/b.md:6:1 warning unknown-field Unknown field &quot;tittle&quot;; did you mean &quot;title&quot;?',
        '</failure>',
        '    </testcase>',
        '    <testcase name="news/c.md" classname="pressroom" file="news/c.md">',
        '      <system-out>news/c.md:7:1 warning unknown-field Unknown field &quot;tittle&quot;; did you mean &quot;title&quot;?',
        'news/c.md:8:1 warning unknown-field Unknown field &quot;are&quot;; did you mean &quot;area&quot;?',
        '</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    const suite = parser.parse(xml).testsuites.testsuite;
    assert.equal(suite.tests, '3');
    assert.equal(suite.failures, '1');
    assert.deepEqual(
      suite.testcase.map((testcase: { name: string; failure?: unknown }) => [testcase.name, testcase.failure !== undefined]),
      [
        ['news/a.md', false],
        ['news/b.md', true],
        ['news/c.md', false],
      ],
    );
  });

  it('keeps hostile text whole: <, &, ]]> and quotes escaped, characters XML cannot hold replaced', () => {
    const file = 'news/x <&]]>.md';
    // The key holds <, &, ]]>, quotes and three control characters (YAML escapes \x01 \x07 \x1b).
    const release = lines('---', ...VALID_FIELDS, '"a <b> & c ]]> \\"d\\" \\x01\\x07\\x1b": 1', ...CONTACT_FIELDS, '---', '');
    const { xml } = junitOf({ [file]: release });
    assert.equal(XMLValidator.validate(xml), true);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    assert.doesNotMatch(xml, /]]>/);
    const testcase = parser.parse(xml).testsuites.testsuite.testcase[0];
    assert.equal(testcase.name, file);
    assert.equal(testcase['system-out'], `${file}:7:1 warning unknown-field Unknown field "a <b> & c ]]> "d" \uFFFD\uFFFD\uFFFD": the schema "Press release" has no such field`);
  });

  it('is an empty suite when nothing is checked', () => {
    const { status, xml } = junitOf({ 'docs/readme.md': 'x' }, ['docs']);
    assert.equal(status, 0);
    assert.deepEqual(parser.parse(xml).testsuites.testsuite.tests, '0');
  });
});
