// Packs the CLI alone as `pressroom-cli`: the esbuild bundles (dist/cli.js, the bin, which loads one of
// dist/cli/<command>.js; together they hold every dependency), a package.json with the bin and no
// dependencies, a README and the LICENSE. The extension's package.json lists the extension's
// dependencies, which installing it would fetch for nothing; this package has none.
// Run `npm run build` first. Usage: node scripts/cli-package/pack.mjs [destination folder] (default: out/)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const destination = path.resolve(process.argv[2] ?? path.join(root, 'out'));
const stage = path.join(destination, 'cli-package');

const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'cli.js')) || !existsSync(path.join(dist, 'cli'))) {
  console.error('pack: dist/cli.js or dist/cli/ is missing; run "npm run build" first');
  process.exit(1);
}
const bundles = ['cli.js', ...readdirSync(path.join(dist, 'cli')).filter((name) => name.endsWith('.js')).map((name) => `cli/${name}`)];
const project = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

rmSync(stage, { recursive: true, force: true });
mkdirSync(path.join(stage, 'cli'), { recursive: true });
// The source maps stay behind (they name files of this repository), and so do the comments pointing to them.
for (const bundle of bundles) {
  const code = readFileSync(path.join(dist, bundle), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  writeFileSync(path.join(stage, bundle), code, { mode: bundle === 'cli.js' ? 0o755 : 0o644 });
}
copyFileSync(path.join(root, 'scripts', 'cli-package', 'README.md'), path.join(stage, 'README.md'));
copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
const manifest = {
  name: 'pressroom-cli',
  version: project.version,
  description: "Check press releases' Markdown front matter against a JSON Schema, in CI and pre-commit hooks: the Pressroom VS Code extension's checks on the command line.",
  license: project.license,
  repository: project.repository,
  homepage: project.homepage,
  bugs: project.bugs,
  keywords: ['press release', 'front matter', 'markdown', 'lint', 'ci', 'sarif', 'junit'],
  engines: { node: project.engines.node },
  bin: { pressroom: 'cli.js' },
  files: [...bundles, 'README.md', 'LICENSE'],
};
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: stage, encoding: 'utf8' }));
console.log(path.join(destination, packed.filename));
