// Shared pieces of the real-VS-Code harness: code-server processes, the browser, settings, waiting.
// Every process started here is recorded and stopped by its own PID (code-server by its process group,
// which holds its extension hosts and watchers) when the run ends, fails, or is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeServerBin } from './setup.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The gallery is disabled so the server never looks anything up outside this machine. */
const SERVER_ENV = { EXTENSIONS_GALLERY: '{}' };

// ---------------------------------------------------------------------------------------------------------
// Cleanup

const cleanups = new Set();
let exiting = false;

/** Registers an async cleanup; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(cleanup) {
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    cleanups.delete(run);
    await cleanup();
  };
  cleanups.add(run);
  return run;
}

export async function cleanupAll() {
  for (const run of [...cleanups].reverse()) {
    try {
      await run();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}

const groups = new Set();

/** True once a signal asked the run to stop (cleanup is under way). */
export function shuttingDown() {
  return exiting;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    console.error(`\n${signal}: stopping the processes started by this run...`);
    cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

// Last resort (an uncaught error, process.exit): kill what is still running, synchronously.
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

// ---------------------------------------------------------------------------------------------------------
// Waiting

/** Resolves with the promise's value, or rejects after `ms` with a message naming what was awaited. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits until `file` exists (it must be written atomically, by rename), watching its folder.
 * Rejects early when `abort` (a promise) rejects, e.g. the server exiting.
 */
export function waitForFile(file, ms, what, abort) {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  let watcher;
  const appeared = new Promise((resolve) => {
    watcher = fs.watch(dir, () => {
      if (fs.existsSync(file)) resolve(file);
    });
    if (fs.existsSync(file)) resolve(file);
  });
  const racers = [appeared];
  if (abort) racers.push(abort);
  return withTimeout(Promise.race(racers), ms, what).finally(() => watcher.close());
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// code-server

/** A fresh profile: user data with our settings, and an empty extensions folder. */
export function prepareProfile(dir, settings = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const defaults = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaults, ...settings }, null, 2));
  return { dir, userDataDir, extensionsDir };
}

export function installVsix(profile, vsix) {
  const result = spawnSync(
    process.execPath,
    [codeServerBin, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: { ...process.env, ...SERVER_ENV }, timeout: 120_000 },
  );
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${path.basename(vsix)} failed:\n${result.stdout}${result.stderr}`);
  }
}

/** Copies a folder (the fixture workspace) so a run never touches the committed files. */
export function copyFolder(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/**
 * Starts code-server on a free port of 127.0.0.1 and resolves once it listens.
 * Returns { url, folderUrl, port, pid, logFile, exit, exited, stop }: `exit` resolves with { code, signal } when
 * the server exits; `exited` rejects then (to race against other waits).
 */
export async function startCodeServer({ profile, folder, port, env = {}, logFile }) {
  port ??= await freePort();
  const args = [
    codeServerBin,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    folder,
  ];
  logFile ??= path.join(profile.dir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: profile.dir,
    env: { ...process.env, ...SERVER_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so its extension hosts stop with it
  });
  groups.add(child.pid);

  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const failedEarly = exit.then(({ code, signal }) => {
    throw new Error(`code-server exited (code ${code}, signal ${signal}); see ${path.relative(root, logFile)}`);
  });
  failedEarly.catch(() => {});

  let output = '';
  const listening = new Promise((resolve) => {
    const onData = (chunk) => {
      fs.writeSync(log, chunk);
      if (output.length < 100_000) output += chunk.toString();
      if (/HTTP server listening on/.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });

  const stop = onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const stopped = await Promise.race([exit.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5000).unref())]);
      if (!stopped) killGroup(child.pid, 'SIGKILL');
    }
    // Its helpers (extension host, file watcher, pty host) share the group: make sure none outlives it.
    killGroup(child.pid, 'SIGKILL');
    await waitForGroupGone(child.pid, 5000);
    groups.delete(child.pid);
    fs.closeSync(log);
  });

  try {
    await withTimeout(Promise.race([listening, failedEarly]), 60_000, 'code-server to listen');
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  return { url, folderUrl: `${url}?folder=${encodeURIComponent(folder).replace(/%2F/g, "/")}`, port, pid: child.pid, logFile, exit, exited: failedEarly, stop };
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (checking every 50 ms) until no process of the group is left, up to `ms`. */
async function waitForGroupGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pid)) console.error(`warning: processes of group ${pid} are still exiting`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/** Lines of the server log that show it trying to reach a host outside this machine. */
export function outsideLookups(logFile) {
  const text = fs.readFileSync(logFile, 'utf8');
  return text
    .split('\n')
    .filter((line) => /ENOTFOUND|EAI_AGAIN|getaddrinfo|marketplace\.visualstudio\.com|open-vsx\.org|update\.code\.visualstudio\.com|vscode-cdn\.net/i.test(line));
}

// ---------------------------------------------------------------------------------------------------------
// Reporting

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Once `--install-extension` has written the extensions folder's extensions.json, VS Code treats folders
 * missing from it as removed; so the unpacked test extension is listed there too, like an installed one.
 */
export function registerUnpackedExtension(extensionsDir, id, version, dir) {
  const index = path.join(extensionsDir, 'extensions.json');
  const entries = fs.existsSync(index) ? JSON.parse(fs.readFileSync(index, 'utf8')) : [];
  entries.push({
    identifier: { id },
    version,
    location: { $mid: 1, fsPath: dir, external: pathToFileURL(dir).href, path: dir, scheme: 'file' },
    relativeLocation: path.basename(dir),
    metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  });
  fs.writeFileSync(index, JSON.stringify(entries));
}
