/** An in-memory file system for CLI tests: paths are POSIX, relative to an imaginary cwd. */
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';

export interface MemoryIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly files: Map<string, string>;
}

export function memoryIo(initial: Record<string, string>): MemoryIo {
  const files = new Map(Object.entries(initial).map(([name, text]) => [path.normalize(name), text]));
  const isFolder = (name: string) => {
    const prefix = path.normalize(name) === '.' ? '' : `${path.normalize(name)}/`;
    return [...files.keys()].some((file) => file.startsWith(prefix));
  };
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    files,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (name) => {
      const text = files.get(path.normalize(name));
      if (text === undefined) throw new Error(`ENOENT: ${name}`);
      return text;
    },
    writeFile: (name, text) => {
      if (files.has(path.normalize(name))) throw new Error(`EEXIST: ${name}`);
      files.set(path.normalize(name), text);
    },
    exists: (name) => files.has(path.normalize(name)) || isFolder(name),
    isDirectory: (name) => !files.has(path.normalize(name)) && isFolder(name),
    fileSize: (name) => Buffer.byteLength(files.get(path.normalize(name)) ?? ''),
    listDirectory: (name) => {
      const prefix = path.normalize(name) === '.' ? '' : `${path.normalize(name)}/`;
      const children = new Set<string>();
      for (const file of files.keys()) if (file.startsWith(prefix)) children.add(file.slice(prefix.length).split('/')[0]);
      return [...children];
    },
    cwd: () => '/project',
  };
}
