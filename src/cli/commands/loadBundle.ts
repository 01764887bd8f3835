/**
 * Loads a command's bundle as `require` would, but with V8's code cache: the bytecode V8 compiled for
 * the bundle the last time it ran is kept in a private folder under the OS temp folder, keyed by the
 * bundle's place and content, the Node version and Node's options (V8 refuses data made under other
 * flags), so the next run skips most of the compiling. Any problem with the cache (no temp folder, a
 * read-only one, a folder someone else owns, stale or corrupt data) only means compiling as usual: the
 * command never fails because of it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

export function loadBundle(file: string): unknown {
  const bytes = fs.readFileSync(file);
  const cacheFile = codeCacheFileFor(file, bytes);
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  const script = new vm.Script(wrap(bytes.toString('utf8')), { filename: file, cachedData });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // Written at exit, so it holds the functions this run compiled too, not only the top level.
    process.once('exit', () => writeAtomically(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown, filename: file, id: file };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** The cache file for this bundle, or undefined when there is no private folder to keep it in. */
function codeCacheFileFor(file: string, bytes: Buffer): string | undefined {
  const folder = privateCacheFolder();
  if (folder === undefined) return undefined;
  // Where it runs from and how first: two installed copies, or runs with other flags, each keep their own
  // cache file, and a new build replaces the one it makes stale.
  const place = createHash('sha256').update([file, process.version, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\n'));
  const content = createHash('sha256').update(bytes);
  return path.join(folder, `${path.basename(file, '.js')}-${place.digest('hex').slice(0, 8)}-${content.digest('hex').slice(0, 32)}.v8`);
}

/**
 * `<temp>/pressroom-cli-<user id>`, made if missing, used only when it is a real folder that this
 * user owns and nobody else can write to: cached bytecode is run, so nobody else may plant it.
 */
function privateCacheFolder(): string | undefined {
  try {
    const uid = process.getuid?.();
    const folder = path.join(os.tmpdir(), `pressroom-cli-${uid ?? 'user'}`);
    if (!fs.existsSync(folder)) fs.mkdirSync(folder, { mode: 0o700 }); // not the temp folder itself, when it is missing
    const stat = fs.lstatSync(folder);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written beside and renamed into place, so a run starting at the same moment never reads half a file;
 * then the caches of earlier builds of the same bundle file are removed, so the folder does not grow with
 * each update, and the oldest beyond MAX_CACHE_FILES, so copies installed and removed (one per `npx` or
 * CI run in a fresh folder) do not pile up either.
 */
function writeAtomically(file: string, data: Buffer): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, data, { mode: 0o600 });
    fs.renameSync(partial, file);
    const folder = path.dirname(file);
    const bundle = path.basename(file).replace(/[0-9a-f]+\.v8$/, '');
    const kept: string[] = [];
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith('.v8') || name === path.basename(file)) continue;
      if (name.startsWith(bundle)) fs.rmSync(path.join(folder, name), { force: true });
      else kept.push(name);
    }
    for (const name of oldestBeyond(folder, kept, MAX_CACHE_FILES - 1)) fs.rmSync(path.join(folder, name), { force: true });
  } catch {
    try {
      fs.rmSync(partial, { force: true });
    } catch {
      // Nothing left to do: the next run compiles as usual.
    }
  }
}

/** Cache files kept, the one just written among them: a few installed copies' worth of each command's bundle. */
export const MAX_CACHE_FILES = 16;

/** The names beyond the `keep` most recently written. */
function oldestBeyond(folder: string, names: readonly string[], keep: number): string[] {
  if (names.length <= keep) return [];
  const written = new Map(names.map((name) => [name, fs.statSync(path.join(folder, name)).mtimeMs]));
  return [...names].sort((a, b) => written.get(a)! - written.get(b)!).slice(0, names.length - keep);
}
