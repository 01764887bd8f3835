/**
 * `pressroom validate <files, folders or globs>`: the same engine as the editor, for CI.
 * Exit 0 when every release is valid, 1 when any has errors or warnings, 2 for usage or configuration errors.
 */
import { countBySeverity, describeCounts, MAX_RELEASE_BYTES, plural, tooLargeFile, validateRelease, withoutBom, type ReleaseDiagnostic } from '../core';
import { expandInputs } from './expandInputs';
import { formatJson, formatText, type FileDiagnostic } from './formatDiagnostics';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from './io';
import { loadSchemaOption } from './loadSchemaOption';
import { parseArgs } from './parseArgs';

export const VALIDATE_USAGE = `Usage: pressroom validate [options] <files, folders or globs...>

Checks the front matter of each release against the press release schema.
Folders and globs are searched for Markdown files (.md, .markdown); files are checked whatever their name.

Options:
  --format text|json   text (default): file:line:column severity code message
                       json: an array of {file, line, column, endLine, endColumn, severity, code, message}
  --schema <file>      check against this JSON Schema instead of the built-in one
  -h, --help           show this help

Exit status: 0 all valid, 1 problems found, 2 usage or configuration error.
`;

function checkFile(io: CliIo, file: string, schema: Parameters<typeof validateRelease>[1]): ReleaseDiagnostic[] {
  const size = io.fileSize(file);
  if (size > MAX_RELEASE_BYTES) return [tooLargeFile(size)];
  // Like the editor, the BOM is not part of the text: columns on line 1 stay right.
  return validateRelease(withoutBom(io.readFile(file)), schema);
}

export function runValidate(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ['format', 'schema'], ['help', 'h']);
  if (parsed.options.has('help') || parsed.options.has('h')) {
    io.stdout(VALIDATE_USAGE);
    return EXIT_OK;
  }
  const usageError = (message: string) => {
    io.stderr(`pressroom validate: ${message}\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  };
  if (parsed.unknown.length > 0) return usageError(`unknown option ${parsed.unknown[0]}`);
  const format = parsed.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(`--format must be text or json, not ${String(format)}`);
  if (parsed.positionals.length === 0) return usageError('name at least one file, folder or glob');

  const schema = loadSchemaOption(io, parsed.options.get('schema'));
  if (!schema.ok) {
    io.stderr(`pressroom validate: ${schema.problem}\n`);
    return EXIT_USAGE;
  }
  const { files, unmatched } = expandInputs(io, parsed.positionals);
  if (unmatched.length > 0) {
    io.stderr(`pressroom validate: no such file, folder or matching files: ${unmatched.join(', ')}\n`);
    return EXIT_USAGE;
  }

  const entries: FileDiagnostic[] = [];
  let filesWithProblems = 0;
  for (const file of files) {
    let found: ReleaseDiagnostic[];
    try {
      found = checkFile(io, file, schema.schema);
    } catch (error) {
      io.stderr(`pressroom validate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
    if (found.some((diagnostic) => diagnostic.severity !== 'information')) filesWithProblems++;
    for (const diagnostic of found) entries.push({ file, diagnostic });
  }

  io.stdout(format === 'json' ? formatJson(entries) : formatText(entries));
  if (format === 'text') io.stderr(summaryLine(files.length, filesWithProblems, entries));
  return filesWithProblems > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function summaryLine(files: number, filesWithProblems: number, entries: readonly FileDiagnostic[]): string {
  if (filesWithProblems === 0) return `${plural(files, 'file')} checked, all valid\n`;
  const counts = countBySeverity(entries.map((entry) => entry.diagnostic));
  return `${plural(files, 'file')} checked, ${filesWithProblems} with problems: ${describeCounts(counts)}\n`;
}
