// Installs code-server (VS Code's workbench and Node extension host, served to a browser) into the
// git-ignored .vscode-test/code-server/ folder. Idempotent: does nothing when the pinned version is there.
//
// Why code-server: desktop VS Code cannot be downloaded on machines that only reach the npm registry,
// while code-server is published on npm. 4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20.
//
// Its pinned @vscode/ripgrep downloads a binary in its postinstall; it first looks in a cache under $TMPDIR,
// so we put a tarball made from the system's `rg` there (Debian's ripgrep package).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TAG = 'v13.0.0-10';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const codeServerDir = path.join(root, '.vscode-test', 'code-server');
export const codeServerBin = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function installedVersion() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(codeServerDir, 'node_modules', 'code-server', 'package.json'), 'utf8'));
    return fs.existsSync(path.join(codeServerDir, '.installed')) ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function ripgrepTarget() {
  if (process.platform !== 'linux') throw new Error(`setup: only Linux is supported (this is ${process.platform}).`);
  if (process.arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (process.arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new Error(`setup: unsupported architecture ${process.arch}.`);
}

/** Puts a tarball of the system ripgrep where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache() {
  const rg = which('rg');
  if (!rg) throw new Error('setup: ripgrep is missing; install it first (Debian: apt-get install -y ripgrep).');
  const cacheDir = path.join(os.tmpdir(), RIPGREP_CACHE);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_TAG}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-rg-'));
  try {
    fs.copyFileSync(rg, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const tar = spawnSync('tar', ['-czf', tarball, '-C', staging, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error('setup: could not create the ripgrep cache tarball.');
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  console.log(`setup: seeded ripgrep cache ${tarball} from ${rg}`);
}

export function setup() {
  const version = installedVersion();
  if (version === CODE_SERVER_VERSION) return;
  if (!which('chromium')) console.warn('setup: warning: chromium is missing (Debian: apt-get install -y chromium).');
  seedRipgrepCache();
  const started = Date.now();
  console.log(`setup: installing code-server@${CODE_SERVER_VERSION} into ${path.relative(root, codeServerDir)} (about 1-2 minutes)...`);
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(
    path.join(codeServerDir, 'package.json'),
    JSON.stringify({ name: 'pressroom-code-server', private: true, description: 'Test harness only; not part of the extension.' }, null, 2) + '\n',
  );
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
    {
      cwd: codeServerDir,
      stdio: 'inherit',
      env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    },
  );
  if (npm.status !== 0 || !fs.existsSync(codeServerBin)) {
    throw new Error(
      `setup: npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status}). It builds native modules and needs ` +
        'build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev.',
    );
  }
  fs.writeFileSync(path.join(codeServerDir, '.installed'), `${CODE_SERVER_VERSION}\n`);
  console.log(`setup: code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
    console.log(`setup: code-server ${CODE_SERVER_VERSION} ready`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
