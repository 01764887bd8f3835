/** `pressroom validate`'s options, read and checked: a usage error names the option and what it takes. */
import { FORMAT_NAMES, isFormatName, type FormatName } from './formatDiagnostics';
import { parseArgs } from './parseArgs';

export interface ValidateOptions {
  readonly inputs: readonly string[];
  readonly format: FormatName;
  readonly schema?: string;
  readonly output?: string;
  readonly quiet: boolean;
  readonly maxWarnings?: number;
  /** `write`: --fix; `diff`: --fix-dry-run. */
  readonly fix?: 'write' | 'diff';
  /** Named files too are checked only when the configuration calls them releases (hooks pass every staged file). */
  readonly onlyReleases: boolean;
  /** Threads that check (this one included): `auto` decides by cores and files, `off` is this thread alone. */
  readonly concurrency: Concurrency;
}

/** As ESLint's `--concurrency`: a number of threads, `auto` or `off`. */
export type Concurrency = number | 'auto' | 'off';

export type ReadOptions = { readonly kind: 'help' } | { readonly kind: 'usage-error'; readonly message: string } | { readonly kind: 'run'; readonly options: ValidateOptions };

const VALUED = ['format', 'schema', 'output', 'o', 'max-warnings', 'concurrency'];
const FLAGS = ['help', 'h', 'quiet', 'q', 'fix', 'fix-dry-run', 'only-releases'];

export function readValidateOptions(args: readonly string[]): ReadOptions {
  const parsed = parseArgs(args, VALUED, FLAGS);
  const has = (...names: string[]) => names.some((name) => parsed.options.has(name));
  const value = (...names: string[]) => names.map((name) => parsed.options.get(name)).find((found): found is string => typeof found === 'string');
  const error = (message: string): ReadOptions => ({ kind: 'usage-error', message });
  if (has('help', 'h')) return { kind: 'help' };
  if (parsed.unknown.length > 0) return error(`unknown option ${parsed.unknown[0]}`);
  const format = value('format') ?? 'text';
  if (!isFormatName(format)) return error(`--format must be one of ${FORMAT_NAMES.join(', ')}, not ${format}`);
  const maxText = value('max-warnings');
  if (maxText !== undefined && !/^\d+$/.test(maxText)) return error(`--max-warnings takes a whole number of warnings (0 or more), not ${maxText}`);
  const concurrency = value('concurrency') ?? 'auto';
  if (!/^(auto|off|[1-9]\d{0,2})$/.test(concurrency)) return error(`--concurrency takes a number of threads (1 to 999), auto or off, not ${concurrency}`);
  if (has('fix') && has('fix-dry-run')) return error('choose --fix (change the files) or --fix-dry-run (show the changes), not both');
  if (parsed.positionals.length === 0) return error('name at least one file, folder or glob');
  return {
    kind: 'run',
    options: {
      inputs: parsed.positionals,
      format,
      schema: value('schema'),
      output: value('output', 'o'),
      quiet: has('quiet', 'q'),
      maxWarnings: maxText === undefined ? undefined : Number(maxText),
      fix: has('fix') ? 'write' : has('fix-dry-run') ? 'diff' : undefined,
      onlyReleases: has('only-releases'),
      concurrency: concurrency === 'auto' || concurrency === 'off' ? concurrency : Number(concurrency),
    },
  };
}
