// The rules engine: severity and options from the configuration, a rule that throws, ranges, workspace rules.
import * as assert from 'node:assert/strict';
import { analyseRelease, builtInSchema, DIAGNOSTIC_REGISTRY, diagnosticHref, isRuleDiagnostic, LineIndex, parseRelease, type ReleaseDiagnostic } from '../../../src/core';
import { activeRules, diagnosticEntry, releaseSummaryOf, workspaceViewFor, type AnyRule, type RulesConfig } from '../../../src/core/rules';
import type { WorkspaceView } from '../../../src/core/rules/types';
import { renderProblems } from '../../../src/core/render';
import { NOW } from './ruleHarness';
import { alwaysThrows, noHeadlinePlaceholder, noTodo, sameUrl } from './testRules';

const CHECK = { kind: 'check', schema: undefined } as const;
const RELEASE = ['---', 'title: Library TODO hours', 'area: Northshire', 'url: https://www.example.org/news/library/', 'publish:', '  date: 09:30 02/12/2026', '---', 'The library opens later. TODO', ''].join('\n');

function analyse(text: string, ruleSet: readonly AnyRule[], rules?: RulesConfig, workspace?: WorkspaceView): readonly ReleaseDiagnostic[] {
  return analyseRelease(text, CHECK, builtInSchema(), { now: NOW, filePath: '/newsroom/news/library.md', ruleSet, rules, workspace }).diagnostics;
}

/** `line:col-line:col severity code message`, zero-based. */
function show(text: string, diagnostics: readonly ReleaseDiagnostic[]): string[] {
  const lines = new LineIndex(text);
  return diagnostics.map((diagnostic) => {
    const start = lines.positionAt(diagnostic.startOffset);
    const end = lines.positionAt(diagnostic.endOffset);
    assert.deepEqual(diagnostic.range, { start, end }, 'range and offsets agree');
    return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
  });
}

describe('the rules engine', () => {
  it('runs each rule on a checked release: code = rule id, its default severity, exact ranges, in position order with the schema’s', () => {
    const text = RELEASE.replace('area: Northshire\n', '');
    assert.deepEqual(show(text, analyse(text, [noTodo])), [
      '0:0-0:3 error missing-field Missing required field "area"',
      '1:15-1:19 error no-todo Remove "TODO".',
      '6:25-6:29 error no-todo Remove "TODO".',
    ]);
  });

  it('takes each rule’s severity from the configuration, and "off" turns it off', () => {
    assert.deepEqual(show(RELEASE, analyse(RELEASE, [noTodo], { 'no-todo': 'information' })), ['1:15-1:19 information no-todo Remove "TODO".', '7:25-7:29 information no-todo Remove "TODO".']);
    assert.deepEqual(show(RELEASE, analyse(RELEASE, [noTodo], { 'no-todo': ['warning'] })), ['1:15-1:19 warning no-todo Remove "TODO".', '7:25-7:29 warning no-todo Remove "TODO".']);
    assert.deepEqual(analyse(RELEASE, [noTodo], { 'no-todo': 'off' }), []);
    assert.deepEqual(analyse(RELEASE, [noTodo], { 'no-todo': ['off', { word: 'hours' }] }), []);
  });

  it('lays the configured options over the rule’s defaults, one by one', () => {
    assert.deepEqual(show(RELEASE, analyse(RELEASE, [noTodo], { 'no-todo': ['error', { word: 'hours' }] })), ['1:20-1:25 error no-todo Remove "hours".']);
    const [active] = activeRules({ 'no-todo': ['warning', { fixAll: false }] }, [noTodo]);
    assert.deepEqual(active, { rule: noTodo, severity: 'warning', options: { word: 'TODO', fixAll: false } });
  });

  it('ignores settings the checks would refuse (unknown rules, wrong severities, wrong options): the rule keeps its defaults', () => {
    const config = { 'no-such-rule': 'off', 'no-todo': ['loud', { word: 'hours' }] } as unknown as RulesConfig;
    assert.deepEqual(activeRules(config, [noTodo]), [{ rule: noTodo, severity: 'error', options: { word: 'TODO', fixAll: true } }]);
    const badOptions = { 'no-todo': ['warning', { word: 7 }] } as unknown as RulesConfig;
    assert.deepEqual(activeRules(badOptions, [noTodo]), [{ rule: noTodo, severity: 'error', options: { word: 'TODO', fixAll: true } }]);
  });

  it('a rule that throws gives one internal-error naming it, on the opening line, and the other rules still run', () => {
    const diagnostics = analyse(RELEASE, [alwaysThrows, noTodo]);
    assert.deepEqual(show(RELEASE, diagnostics), [
      '0:0-0:3 warning internal-error Pressroom\'s "always-throws" rule could not check this release (boom); this is a fault in Pressroom, not in the release, and the other checks still ran. Please report it.',
      '1:15-1:19 error no-todo Remove "TODO".',
      '7:25-7:29 error no-todo Remove "TODO".',
    ]);
    assert.deepEqual(diagnostics[0].data, { rule: 'always-throws' });
  });

  it('a rule that returns something other than findings, or a finding without a place, is an internal error too', () => {
    const notAList: AnyRule = { ...noTodo, id: 'not-a-list', check: () => 'nothing' as unknown as [] };
    const noPlace: AnyRule = { ...noTodo, id: 'no-place', check: () => [{ message: 'Somewhere.' } as never] };
    assert.deepEqual(
      analyse(RELEASE, [notAList, noPlace]).map((diagnostic) => diagnostic.message),
      [
        'Pressroom\'s "not-a-list" rule could not check this release (the rule did not return a list of findings); this is a fault in Pressroom, not in the release, and the other checks still ran. Please report it.',
        'Pressroom\'s "no-place" rule could not check this release (a finding has no message or place); this is a fault in Pressroom, not in the release, and the other checks still ran. Please report it.',
      ],
    );
  });

  it('keeps a finding’s range inside the text', () => {
    const wild: AnyRule = { ...noTodo, id: 'wild', check: () => [{ message: 'Everywhere.', startOffset: -5, endOffset: 1e9 }] };
    const [diagnostic] = analyse(RELEASE, [wild]);
    assert.equal(diagnostic.startOffset, 0);
    assert.equal(diagnostic.endOffset, RELEASE.length);
  });

  it('carries the finding’s path and fixes in the diagnostic, linked to the rule’s page', () => {
    const text = RELEASE.replace('Library TODO hours', 'Headline');
    const [diagnostic] = analyse(text, [noHeadlinePlaceholder]);
    assert.ok(isRuleDiagnostic(diagnostic));
    assert.deepEqual(diagnostic.path, ['title']);
    assert.deepEqual(diagnostic.data.fixes, [{ title: 'Select the placeholder', edits: [], inFixAll: false, select: { startOffset: 11, endOffset: 19 } }]);
    assert.equal(diagnosticHref(diagnostic.code), 'https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/no-headline-placeholder.md');
  });

  it('does not run rules while the front matter cannot be read, nor on files that are not checked', () => {
    const broken = RELEASE.replace('area: Northshire', 'area: "Northshire');
    assert.deepEqual(
      analyse(broken, [noTodo]).map((diagnostic) => diagnostic.code),
      ['yaml-syntax'],
    );
    assert.deepEqual(analyseRelease(RELEASE, { kind: 'skip', reason: 'not-a-release' }, builtInSchema(), { ruleSet: [noTodo] }).diagnostics, []);
    assert.deepEqual(
      analyseRelease(RELEASE, { kind: 'too-large', bytes: 2, limit: 1 }, builtInSchema(), { ruleSet: [noTodo] }).diagnostics.map((diagnostic) => diagnostic.code),
      ['too-large'],
    );
  });

  it('runs workspace rules only with a workspace view, which never shows the release itself', () => {
    assert.deepEqual(analyse(RELEASE, [sameUrl]), []);
    const url = 'https://www.example.org/news/library/';
    const workspace: WorkspaceView = {
      releases: [
        { path: '/newsroom/news/library.md', url },
        { path: '/newsroom/news/library-copy.md', url },
        { path: '/newsroom/news/other.md', url: 'https://www.example.org/news/other/' },
      ],
      fileExists: () => undefined,
    };
    // The caller's view is used as given; workspaceViewFor (below) leaves out the release itself.
    assert.deepEqual(show(RELEASE, analyse(RELEASE, [sameUrl], undefined, workspace)), [
      '3:5-3:42 error same-url Also the url of /newsroom/news/library.md.',
      '3:5-3:42 error same-url Also the url of /newsroom/news/library-copy.md.',
    ]);
  });

  it('runs every rule Pressroom has when no rule set is given, and gives the run its time', () => {
    const seen: Date[] = [];
    const clock: AnyRule = { ...noTodo, id: 'clock', check: ({ now }) => (seen.push(now), []) };
    analyseRelease(RELEASE, CHECK, builtInSchema(), { now: NOW, ruleSet: [clock] });
    assert.deepEqual(seen, [NOW]);
    const all = analyseRelease(RELEASE, CHECK, builtInSchema()).diagnostics;
    assert.ok(all.every((diagnostic) => diagnostic.code !== 'internal-error'), 'no rule of ALL_RULES fails on a plain release');
  });

  it('workspaceViewFor leaves out the release itself, and asks for the summaries only when a rule reads them', () => {
    let asked = 0;
    const summaries = () => {
      asked++;
      return [{ path: '/n/a.md', url: 'https://www.example.org/a/' }, { path: '/n/b.md', url: 'https://www.example.org/a/' }];
    };
    const view = workspaceViewFor('/n/a.md', summaries, (path) => (path === '/n/picture.jpg' ? true : undefined));
    assert.equal(asked, 0);
    assert.deepEqual(view.releases, [{ path: '/n/b.md', url: 'https://www.example.org/a/' }]);
    assert.deepEqual(view.releases.length, 1);
    assert.equal(asked, 1, 'worked out once');
    assert.equal(view.fileExists('/n/picture.jpg'), true);
    assert.equal(view.fileExists('/n/other.jpg'), undefined);
  });

  it('lists a rule beside the registry’s codes as a kind "rule" entry (an off rule with the severity it gets once on)', () => {
    const off: AnyRule = { ...noTodo, id: 'quiet', severity: 'off' };
    assert.deepEqual(diagnosticEntry('no-todo', [noTodo, off]), { kind: 'rule', severity: 'error', description: 'No TODO left in.', fixes: [] });
    assert.deepEqual(diagnosticEntry('quiet', [noTodo, off]), { kind: 'rule', severity: 'warning', description: 'No TODO left in.', fixes: [] });
    assert.equal(diagnosticEntry('missing-field', [noTodo]), DIAGNOSTIC_REGISTRY['missing-field']);
    assert.equal(diagnosticEntry('no-such-code', [noTodo]), undefined);
  });

  it('rule problems reach the preview banner with the schema’s, each a button at its place', () => {
    const banner = renderProblems(analyse(RELEASE, [noTodo], { 'no-todo': 'warning' }));
    assert.ok(banner.includes('<p class="problems-summary">2 warnings</p>'), banner);
    assert.ok(
      banner.includes(
        '<li><button type="button" class="problem warning" data-start-line="1" data-start-character="15" data-end-line="1" data-end-character="19"><span class="problem-severity">Warning</span> <span class="problem-line">Line 2</span> <span class="problem-message">Remove &quot;TODO&quot;.</span></button></li>',
      ),
      banner,
    );
  });

  it('summarises a release for the others by its roles: headline, url and publish date as written, text only', () => {
    const roles = builtInSchema().roles;
    assert.deepEqual(releaseSummaryOf('/n/a.md', parseRelease(RELEASE), roles), {
      path: '/n/a.md',
      headline: 'Library TODO hours',
      url: 'https://www.example.org/news/library/',
      publishDate: '09:30 02/12/2026',
    });
    const odd = RELEASE.replace('title: Library TODO hours', 'title: "  "').replace('url: https://www.example.org/news/library/', 'url: 7');
    assert.deepEqual(releaseSummaryOf('/n/a.md', parseRelease(odd), roles), { path: '/n/a.md', headline: undefined, url: undefined, publishDate: '09:30 02/12/2026' });
  });
});
