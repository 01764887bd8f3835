/**
 * `pressroom convert <files> [--write] [--force] [--schema <file>]`: turns plain-text releases into releases
 * with front matter, filling the fields of the schema the project configuration names (or --schema).
 * Prints to stdout, or with --write creates `<name>.md` beside each `.txt` file (never overwriting,
 * never touching the original). Notes go to stderr.
 */
import { isMarkdownPath, markdownPathFor, schemaKeyForNewRelease, schemaPathFor } from '../core';
import { readProjectConfigWithoutRules } from '../core/config';
import { convertPlainText } from '../core/convert';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from './io';
import { loadSchemaOption } from './loadSchemaOption';
import { parseArgs } from './parseArgs';
import { FileConfigs, type ProjectConfigsOptions } from './projectConfigs';
import { readProblem } from './readProblem';

/** What converting needs of the outside world. */
export type ConvertIo = Pick<CliIo, 'stdout' | 'stderr' | 'readFile' | 'writeFile' | 'exists' | 'isDirectory' | 'cwd'>;

export const CONVERT_USAGE = `Usage: pressroom convert <files> [--write] [--force] [--schema <file>]

Converts plain-text press releases into Markdown releases with front matter.

Options:
  --write           write <name>.md beside each <name>.txt instead of printing (never overwrites)
  --force           convert a file that looks like an interview transcript or a speech anyway
  --schema <file>   fill the fields of this JSON Schema, instead of the built-in one or the one
                    the project configuration (the nearest .pressroom.jsonc) names
  --help            show this help

Exit status: 0 when every file was converted, 1 when some file was not a release or could not be
read or written, 2 for usage or configuration errors.
`;

interface ConvertArgs {
  readonly files: string[];
  readonly write: boolean;
  readonly force: boolean;
  readonly schemaFile: string | true | undefined;
  readonly help: boolean;
}

function parseConvertArgs(args: readonly string[]): ConvertArgs | string {
  const parsed = parseArgs(args, ['schema'], ['write', 'w', 'force', 'help', 'h']);
  if (parsed.unknown.length > 0) {
    const option = parsed.unknown[0];
    return option === '--schema' ? '--schema needs a file name' : `unknown option "${option}"`;
  }
  const schemaFile = parsed.options.get('schema');
  if (typeof schemaFile === 'string' && schemaFile.startsWith('--')) return '--schema needs a file name';
  return {
    files: parsed.positionals,
    write: parsed.options.has('write') || parsed.options.has('w'),
    force: parsed.options.has('force'),
    help: parsed.options.has('help') || parsed.options.has('h'),
    schemaFile,
  };
}

/** Where --write puts the converted release: `notes.txt` becomes `notes.md`. */
export function convertTargetOf(file: string): string | undefined {
  return markdownPathFor(file) ?? (isMarkdownPath(file) ? undefined : `${file}.md`);
}

export function runConvert(args: string[], io: ConvertIo): number {
  const parsed = parseConvertArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`pressroom convert: ${parsed}\n\n${CONVERT_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout(CONVERT_USAGE);
    return EXIT_OK;
  }
  if (parsed.files.length === 0) {
    io.stderr(`pressroom convert: name at least one file\n\n${CONVERT_USAGE}`);
    return EXIT_USAGE;
  }

  const loaded = loadSchemaOption(io, parsed.schemaFile);
  if (!loaded.ok) {
    io.stderr(`pressroom convert: ${loaded.problem}\n`);
    return EXIT_USAGE;
  }
  let configProblems = 0;
  const options: ProjectConfigsOptions = {
    schemaOverride: typeof parsed.schemaFile === 'string' ? { file: parsed.schemaFile, schema: loaded.schema } : undefined,
    onProblem: (line) => {
      configProblems++;
      io.stderr(`${line}\n`);
    },
  };
  // Convert runs no release rule, so it does not load them: the settings in a configuration's `rules` are
  // checked for their shape, not for rule names and options (validate checks those).
  const configs = new FileConfigs(io, options, readProjectConfigWithoutRules);

  let failed = false;
  const several = parsed.files.length > 1;
  parsed.files.forEach((file, position) => {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.stderr(`${file}: cannot read the file: ${readProblem(error)}\n`);
      failed = true;
      return;
    }
    // As the editor converts it: for the schema that checks the release where it is written (a `schemas`
    // entry's globs may choose it), and outside the release globs with a `$schema`, so it is checked there.
    const config = configs.configFor(file);
    const target = configs.absolute(convertTargetOf(file) ?? file);
    const schema = configs.schemaAt(schemaPathFor(target, undefined, config), config);
    const schemaKey = schemaKeyForNewRelease(target, config, schema.json);
    const result = convertPlainText(text, schema, { force: parsed.force, schemaKey });
    if (result.kind === 'not-a-release') {
      const hint = /transcript|speech/.test(result.reason) ? ' (--force converts it anyway)' : '';
      io.stderr(`${file}: not converted: ${result.reason}${hint}\n`);
      failed = true;
      return;
    }
    if (parsed.write) {
      const target = convertTargetOf(file);
      if (target === undefined) {
        io.stderr(`${file}: not written: --write converts .txt files into .md files beside them; print it instead (without --write)\n`);
        failed = true;
        return;
      }
      if (io.exists(target)) {
        io.stderr(`${file}: not written: ${target} already exists\n`);
        failed = true;
        return;
      }
      try {
        io.writeFile(target, result.text);
      } catch (error) {
        io.stderr(`${file}: could not write ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
        return;
      }
      io.stderr(`${file}: wrote ${target}\n`);
    } else {
      if (several) io.stdout(`${position > 0 ? '\n' : ''}==> ${file} <==\n`);
      io.stdout(result.text);
    }
    for (const note of result.notes) io.stderr(`${file}: note: ${note}\n`);
  });
  if (configProblems > 0) return EXIT_USAGE;
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
