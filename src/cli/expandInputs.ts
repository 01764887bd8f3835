/**
 * Turns the CLI's arguments (files, folders, globs) into a sorted list of files. Files named on the
 * command line are explicit (checked whatever their name); folders and globs yield candidates, skipping
 * node_modules and .git, that the project configuration then decides on.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMarkdownPath, isPlainTextPath, isProjectTextFile, plural } from '../core';
import { walkFolder, type WalkOptions } from '../node/walkFolder';
import type { CliIo } from './io';
import { readProblem } from './readProblem';

export interface InputFile {
  readonly file: string;
  /** Named on the command line, not found in a folder or by a glob. */
  readonly explicit: boolean;
}

export interface ExpandedInputs {
  readonly files: InputFile[];
  /** Arguments that named nothing: a usage error. */
  readonly unmatched: string[];
  /** Folders that could not be read and links that loop: reported, and the run goes on. */
  readonly problems: string[];
  /** The files that folder walks passed over as not Markdown: what to say when nothing is left to check. */
  readonly otherFiles: PassedOver;
}

/** Files a folder walk passed over as not Markdown, dot files left out. */
export interface PassedOver {
  /** How many, by extension (".txt", or "" for none). */
  readonly byExtension: ReadonlyMap<string, number>;
  /** How many of them could be plain-text releases: .txt files other than robots.txt, LICENSE.txt and their kin. */
  readonly plainTextReleases: number;
}

/** The walk's problems in words, collected for the run's report. */
function walkReporting(problems: string[]): WalkOptions {
  return {
    onProblem(problem) {
      if (problem.kind === 'link-back') problems.push(`skipped ${problem.path}: it is a link back to a folder already being checked`);
      else if (problem.kind === 'unlistable') problems.push(`cannot read the folder ${problem.path}: ${readProblem(problem.error)}`);
      else problems.push(`skipped ${problem.path}: ${readProblem(problem.error)}`);
    },
  };
}

export function expandInputs(io: CliIo, inputs: readonly string[]): ExpandedInputs {
  // A file both named and found is explicit: naming it is the stronger request.
  const files = new Map<string, boolean>();
  const unmatched: string[] = [];
  const problems: string[] = [];
  const byExtension = new Map<string, number>();
  let plainTextReleases = 0;
  const passOver = (file: string) => {
    const name = path.basename(file);
    if (name.startsWith('.')) return;
    const extension = path.extname(name).toLowerCase();
    byExtension.set(extension, (byExtension.get(extension) ?? 0) + 1);
    if (isPlainTextPath(name) && !isProjectTextFile(name)) plainTextReleases += 1;
  };
  for (const input of inputs) {
    let matched = false;
    const found = (file: string) => {
      matched = true;
      if (!files.has(file)) files.set(file, false);
    };
    if (io.exists(input)) {
      if (io.isDirectory(input)) {
        matched = true; // an empty folder is not a mistake
        for (const file of walkFolder(io, input, walkReporting(problems))) {
          if (isMarkdownPath(file)) found(file);
          else passOver(file);
        }
      } else {
        matched = true;
        files.set(input, true);
      }
    } else if (picomatch.scan(input).isGlob) {
      const { base } = picomatch.scan(input);
      const matches = picomatch(input, { dot: false });
      for (const file of walkFolder(io, base || '.', walkReporting(problems))) {
        const relative = path.relative('.', file).split(path.sep).join('/');
        if (matches(relative) || matches(file.split(path.sep).join('/'))) found(file);
      }
    }
    if (!matched) unmatched.push(input);
  }
  const sorted = [...files.keys()].sort();
  return { files: sorted.map((file) => ({ file, explicit: files.get(file)! })), unmatched, problems, otherFiles: { byExtension, plainTextReleases } };
}

/** The extensions shown of the files passed over, the commonest first. */
const EXTENSIONS_SHOWN = 3;

/**
 * What folders of plain-text releases hold, when there is no Markdown in them: "no Markdown files found,
 * only 41 other files (.txt); …", so that a run finding nothing does not read as an empty folder.
 */
export function noMarkdownFound({ byExtension, plainTextReleases }: PassedOver): string {
  const byCount = [...byExtension].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
  const count = byCount.reduce((sum, [, each]) => sum + each, 0);
  const names = byCount.slice(0, EXTENSIONS_SHOWN).map(([extension]) => extension || 'no extension');
  const kinds = `${names.join(', ')}${byCount.length > EXTENSIONS_SHOWN ? ', …' : ''}`;
  const convert = plainTextReleases > 0 ? '; "pressroom convert --write <files>" turns plain-text releases into Markdown ones' : '';
  return `no Markdown files found, only ${plural(count, 'other file')} (${kinds}); releases are Markdown files${convert}`;
}
