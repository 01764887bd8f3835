/** A small argument parser: `--name value`, `--name=value`, boolean flags, and positionals. */

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
  readonly unknown: string[];
}

export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const unknown: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++index];
      if (value === undefined) unknown.push(arg);
      else options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      unknown.push(arg);
    }
  }
  return { positionals, options, unknown };
}
