/**
 * An in-memory file system for CLI tests: files are keyed by POSIX paths relative to an imaginary working
 * folder, /project; absolute paths inside it (as the configuration lookup uses) name the same files.
 */
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';

export const MEMORY_CWD = '/project';

export interface MemoryIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly files: Map<string, string>;
}

/** The key of a path: relative to /project, `.` for /project itself, `../…` outside it. */
function keyOf(name: string): string {
  return path.posix.relative(MEMORY_CWD, path.posix.resolve(MEMORY_CWD, name)) || '.';
}

export function memoryIo(initial: Record<string, string>): MemoryIo {
  const files = new Map(Object.entries(initial).map(([name, text]) => [keyOf(name), text]));
  const prefixOf = (name: string) => (keyOf(name) === '.' ? '' : `${keyOf(name)}/`);
  const isFolder = (name: string) => [...files.keys()].some((file) => file.startsWith(prefixOf(name)));
  const out: string[] = [];
  const err: string[] = [];
  const textOf = (name: string) => {
    const text = files.get(keyOf(name));
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${name}`), { code: 'ENOENT' });
    return text;
  };
  return {
    out,
    err,
    files,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (name) => textOf(name),
    readUpTo: (name, maxBytes) => {
      const text = textOf(name);
      const bytes = Buffer.byteLength(text);
      return bytes > maxBytes ? { bytes } : { bytes, text };
    },
    writeFile: (name, text) => {
      if (files.has(keyOf(name))) throw new Error(`EEXIST: ${name}`);
      files.set(keyOf(name), text);
    },
    replaceFile: (name, text) => void files.set(keyOf(name), text),
    exists: (name) => files.has(keyOf(name)) || isFolder(name),
    isDirectory: (name) => !files.has(keyOf(name)) && isFolder(name),
    listDirectory: (name) => {
      const prefix = prefixOf(name);
      const children = new Set<string>();
      for (const file of files.keys()) if (file.startsWith(prefix)) children.add(file.slice(prefix.length).split('/')[0]);
      return [...children].map((child) => ({ name: child, isFolder: !files.has(`${prefix}${child}`) && isFolder(`${prefix}${child}`) }));
    },
    cwd: () => MEMORY_CWD,
  };
}
