// Checks what the packaged VSIX holds: only what VS Code runs. A VSIX is a zip; its central directory is read
// here directly (no unzip needed). Fails on sources, tests, source maps, node_modules and harness files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, vsixPath } from './package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Lists a zip's entries: [{ name, size, compressedSize }]. */
export function zipEntries(file) {
  const zip = fs.readFileSync(file);
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === EOCD) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${index}`);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, size, compressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const FORBIDDEN = [
  [/\.(c|m)?ts$/i, 'TypeScript source'],
  [/\.map$/i, 'source map'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^extension\/(src|test|scripts|examples|out|\.vscode-test|test-results|\.ci|\.github)\//, 'source, test or harness folder'],
  [/(^|\/)[^/]*\.test\.[cm]?[jt]s$/i, 'test file'],
  [/^extension\/dist\/(?!extension(\.browser)?\.js$)/, 'a dist file the extension does not load (only dist/extension.js and dist/extension.browser.js run)'],
  [/(^|\/)(tsconfig[^/]*\.json|\.mocharc[^/]*|eslint\.config\.[^/]+|\.eslintrc[^/]*|package-lock\.json|\.gitignore|\.vscodeignore)$/i, 'development config'],
  [/\.vsix$/i, 'a nested VSIX'],
  [/^extension\/\.(git|vscode)\//, 'editor or git metadata'],
];

const REQUIRED = [
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/extension.browser.js',
  'extension/media/icon.png',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
];

/** Returns a list of { name, ok, detail } checks. */
export function checkVsix(file = vsixPath()) {
  const entries = zipEntries(file);
  const names = entries.map((entry) => entry.name);
  const lower = new Set(names.map((name) => name.toLowerCase()));
  const checks = [];
  for (const required of REQUIRED) {
    checks.push({ name: `VSIX contains ${required}`, ok: lower.has(required.toLowerCase()) });
  }
  const offenders = names.flatMap((name) => {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(name));
    return hit ? [`${name} (${hit[1]})`] : [];
  });
  checks.push({
    name: 'VSIX holds no sources, tests, source maps, node_modules or development files',
    ok: offenders.length === 0,
    detail: offenders.join('\n'),
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const icon = fs.readFileSync(path.join(root, manifest.icon ?? 'media/icon.png'));
  const width = icon.readUInt32BE(16);
  const height = icon.readUInt32BE(20);
  checks.push({
    name: 'the icon is a PNG of at least 128x128',
    ok: icon.readUInt32BE(0) === 0x89504e47 && width >= 128 && height >= 128,
    detail: `${width}x${height}`,
  });
  return { entries, checks };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ? path.resolve(process.argv[2]) : vsixPath();
  const { entries, checks } = checkVsix(file);
  for (const entry of entries) console.log(`  ${entry.name.padEnd(60)} ${formatBytes(entry.size).padStart(10)}`);
  console.log(`${path.basename(file)}: ${formatBytes(fs.statSync(file).size)}, ${entries.length} entries`);
  let failed = 0;
  for (const check of checks) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail && !check.ok ? `\n${check.detail}` : ''}`);
    if (!check.ok) failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}
