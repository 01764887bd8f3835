/**
 * The checking half of `pressroom validate`, shared by the sequential run and the worker threads: each
 * file is read and analysed once (with the workspace rules seeing no other release), giving its
 * diagnostics and a small summary; then only the few releases whose summary shares a match key with
 * another's (ReleaseIndex) are checked again with those others, for the workspace rules. So no parse
 * is kept, no release is compared with every other, and the result is the same in any order.
 */
import { matchKeysOf, releaseSummaryOf, ReleaseIndex, type ReleaseAnalysis, type ReleaseDiagnostic, type ReleaseSummary, type WorkspaceView } from '../core';
import { checkFile } from './checkFile';
import type { InputFile } from './expandInputs';
import type { CliIo } from './io';
import { ProjectConfigs, type ProjectConfigsOptions } from './projectConfigs';
import { readProblem } from './readProblem';

/** A line for standard error that a check produced: a configuration problem (exit 2) or a note. */
export interface RunLine {
  readonly kind: 'problem' | 'note';
  readonly text: string;
}

export interface FileOutcome {
  readonly file: string;
  /** Undefined when the file is not a release, or could not be read. */
  readonly diagnostics?: readonly ReleaseDiagnostic[];
  /** What the workspace rules of other releases see of this one. */
  readonly summary?: ReleaseSummary;
  /** The summary's match keys, worked out where the file was checked (in a checking thread, on a large run). */
  readonly matchKeys?: readonly string[];
  /** Kept only for --fix (a parse per file is too much to keep for a whole tree). */
  readonly analysis?: ReleaseAnalysis;
  /** Configuration problems, notes and a failed read, the first time this run met them. */
  readonly lines: readonly RunLine[];
}

export type CheckIo = Pick<CliIo, 'readUpTo' | 'readFile' | 'exists' | 'isDirectory' | 'cwd'>;

/** Checks files one at a time with one project configuration cache (one per thread). */
export class FileChecker {
  readonly configs: ProjectConfigs;
  private pending: RunLine[] = [];

  constructor(
    private readonly io: CheckIo,
    options: Pick<ProjectConfigsOptions, 'schemaOverride'>,
    private readonly now: Date,
    private readonly keepAnalysis = false,
  ) {
    this.configs = new ProjectConfigs(io, {
      ...options,
      onProblem: (text) => this.pending.push({ kind: 'problem', text }),
      onNote: (text) => this.pending.push({ kind: 'note', text }),
    });
  }

  /** One file, its workspace rules seeing `others` (the releases ReleaseIndex matched; none on a first pass). */
  check(input: InputFile, others: readonly ReleaseSummary[] = [], reader: Pick<CliIo, 'readUpTo'> = this.io): FileOutcome {
    const workspace: WorkspaceView = { releases: others, fileExists: (path) => this.fileExists(path) };
    try {
      const checked = checkFile(reader, this.configs, input, { now: this.now, workspace });
      const analysis = checked?.analysis;
      const summary = analysis?.decision.kind === 'check' ? releaseSummaryOf(this.configs.absolute(input.file), analysis.parsed, analysis.schema.roles) : undefined;
      const matchKeys = summary && matchKeysOf(summary);
      return { file: input.file, diagnostics: checked?.diagnostics, summary, matchKeys, analysis: this.keepAnalysis ? analysis : undefined, lines: this.takeLines() };
    } catch (error) {
      this.pending.push({ kind: 'problem', text: `pressroom validate: cannot read ${input.file}: ${readProblem(error)}` });
      return { file: input.file, lines: this.takeLines() };
    }
  }

  private takeLines(): RunLine[] {
    const lines = this.pending;
    this.pending = [];
    return lines;
  }

  private fileExists(path: string): boolean | undefined {
    try {
      return this.io.exists(path);
    } catch {
      return undefined;
    }
  }
}

/** Receives how many files are done, as the run goes (for a progress line). */
export type ProgressSink = (done: number, total: number) => void;

export function checkSequentially(checker: FileChecker, inputs: readonly InputFile[], progress?: ProgressSink): FileOutcome[] {
  return inputs.map((input, index) => {
    const outcome = checker.check(input);
    progress?.(index + 1, inputs.length);
    return outcome;
  });
}

/** The releases of a run by match key, from the first pass's summaries. */
export function indexOf(outcomes: readonly FileOutcome[]): ReleaseIndex {
  const index = new ReleaseIndex();
  for (const { summary, matchKeys } of outcomes) if (summary) index.add(summary, matchKeys);
  return index;
}

/**
 * The second pass: each release that shares a match key with another is checked again with those
 * others, so its workspace rules (duplicate-url, duplicate-headline) see them. Returns the outcomes in
 * the same order, replaced where checked again.
 */
export function settleWorkspace(checker: FileChecker, inputs: readonly InputFile[], outcomes: readonly FileOutcome[], index: ReleaseIndex): FileOutcome[] {
  return outcomes.map((outcome, at) => {
    const others = outcome.summary ? index.othersLike(outcome.summary) : [];
    if (others.length === 0) return outcome;
    const again = checker.check(inputs[at], others);
    return { ...again, lines: [...outcome.lines, ...again.lines] };
  });
}
