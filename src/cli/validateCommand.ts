/**
 * `pressroom validate <files, folders or globs>`: the same engine and the same project configuration as
 * the editor, for CI. Exit 0 when every release is valid, 1 when any has errors or warnings, 2 for usage
 * or configuration errors (the check still runs, with the defaults where a configuration is broken).
 */
import { countBySeverity, describeCounts, plural } from '../core';
import { checkFile, type CheckedFile } from './checkFile';
import { expandInputs } from './expandInputs';
import { formatJson, formatText, type FileDiagnostic } from './formatDiagnostics';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from './io';
import { loadSchemaOption } from './loadSchemaOption';
import { parseArgs } from './parseArgs';
import { ProjectConfigs } from './projectConfigs';

export const VALIDATE_USAGE = `Usage: pressroom validate [options] <files, folders or globs...>

Checks the front matter of each release against the press release schema.
Files named on the command line are checked whatever their name. In folders and globs, the Markdown
files checked are those the project configuration calls releases, as in the editor.

The project configuration is the nearest .pressroom.jsonc above each file (its "files" globs, "schema"
and "maxFileSize"); without one, the defaults: releases under press/, news/, newsroom/ or releases/
folders and *.release.md, the built-in schema, files up to 10 MB.

Options:
  --format text|json   text (default): file:line:column severity code message
                       json: an array of {file, line, column, endLine, endColumn, severity, code, message}
  --schema <file>      check against this JSON Schema, instead of the built-in one or the one the
                       project configuration names (the command line wins)
  -h, --help           show this help

Exit status: 0 all valid, 1 problems found, 2 usage or configuration error.
`;

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

  const schemaFile = parsed.options.get('schema');
  const override = loadSchemaOption(io, schemaFile);
  if (!override.ok) {
    io.stderr(`pressroom validate: ${override.problem}\n`);
    return EXIT_USAGE;
  }
  const { files, unmatched } = expandInputs(io, parsed.positionals);
  if (unmatched.length > 0) {
    io.stderr(`pressroom validate: no such file, folder or matching files: ${unmatched.join(', ')}\n`);
    return EXIT_USAGE;
  }

  let configProblems = 0;
  const configs = new ProjectConfigs(io, {
    schemaOverride: typeof schemaFile === 'string' ? { file: schemaFile, schema: override.schema } : undefined,
    onProblem: (line) => {
      configProblems++;
      io.stderr(`${line}\n`);
    },
  });

  const checked: CheckedFile[] = [];
  for (const input of files) {
    try {
      const result = checkFile(io, configs, input);
      if (result) checked.push(result);
    } catch (error) {
      io.stderr(`pressroom validate: cannot read ${input.file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
  }

  const entries: FileDiagnostic[] = checked.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => ({ file, diagnostic })));
  const filesWithProblems = checked.filter(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.severity !== 'information')).length;
  io.stdout(format === 'json' ? formatJson(entries) : formatText(entries));
  if (format === 'text') io.stderr(summaryLine(checked.length, filesWithProblems, entries));
  if (configProblems > 0) return EXIT_USAGE;
  return filesWithProblems > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function summaryLine(files: number, filesWithProblems: number, entries: readonly FileDiagnostic[]): string {
  if (filesWithProblems === 0) return `${plural(files, 'file')} checked, all valid\n`;
  const counts = countBySeverity(entries.map((entry) => entry.diagnostic));
  return `${plural(files, 'file')} checked, ${filesWithProblems} with problems: ${describeCounts(counts)}\n`;
}
