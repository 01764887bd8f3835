// `npm run package`: production build, then `vsce package` into pressroom-<version>.vsix.
// Fails when vsce prints any warning (they otherwise end in an interactive prompt), and prints the sizes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function vsixPath() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return path.join(root, `${name}-${version}.vsix`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { status: result.status, output };
}

export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function packageExtension() {
  const build = run(process.execPath, ['scripts/build.mjs', '--production']);
  process.stdout.write(build.output);
  if (build.status !== 0) throw new Error('package: the production build failed.');

  const out = vsixPath();
  fs.rmSync(out, { force: true });
  const vsce = run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out]);
  process.stdout.write(vsce.output);
  if (vsce.status !== 0 || !fs.existsSync(out)) throw new Error('package: vsce package failed.');
  if (/\bWARNING\b/i.test(vsce.output)) throw new Error('package: vsce printed warnings; fix them (the package must build without warnings).');

  const bundle = fs.statSync(path.join(root, 'dist', 'extension.js')).size;
  const browserBundle = fs.statSync(path.join(root, 'dist', 'extension.browser.js')).size;
  const vsix = fs.statSync(out).size;
  console.log(
    `package: ${path.basename(out)} ${formatBytes(vsix)} (${vsix} bytes); minified bundles: dist/extension.js (Node host) ` +
      `${formatBytes(bundle)} (${bundle} bytes), dist/extension.browser.js (web-worker host) ${formatBytes(browserBundle)} (${browserBundle} bytes)`,
  );
  return { vsix: out, vsixBytes: vsix, bundleBytes: bundle, browserBundleBytes: browserBundle };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    packageExtension();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
