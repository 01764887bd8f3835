// What the extension host was doing during each event-loop block over 50 ms that `npm run bench:vscode -- --profile`
// saw, and during each timed request (the first completion, and the same request outside a release): for each that
// falls inside a CPU profile, how much of it the host spent on the CPU (samples times the sampling interval; a
// window with few samples is the host waiting for a core that other processes held), whose code that was (Pressroom,
// another extension such as VS Code's own Markdown support, the host itself), and the functions sampled (inclusive).
// Functions are named with the folder of the extension they belong to, as every bundled extension is dist/extension.js.
// `node scripts/vscode/profileBlocks.mjs <results folder> [rows]`
import * as fs from 'node:fs';
import * as path from 'node:path';

const [folder, rowsArg] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/vscode/profileBlocks.mjs <results folder> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 12);
const figures = JSON.parse(fs.readFileSync(path.join(folder, 'bench.json'), 'utf8'));
const windows = [
  ...figures.blocksOver50Ms.map((block) => ({ title: `block of ${block.ms} ms at ${block.atMs} ms`, fromUs: block.endUs - block.ms * 1000, toUs: block.endUs })),
  ...Object.entries(figures.windowsUs ?? {}).map(([title, [fromUs, toUs]]) => ({ title: `${title} (${Math.round((toUs - fromUs) / 1000)} ms)`, fromUs, toUs })),
];

/** The extension a script belongs to (its folder under extensions/), else "VS Code" for the host's own code. */
function ownerOf(url) {
  const extension = /\/extensions\/([^/]+)\//.exec(url);
  if (extension) return extension[1];
  return /\/out\/vs\//.test(url) ? 'VS Code' : undefined;
}
const scriptOf = (url) => {
  const owner = ownerOf(url);
  if (owner === undefined) return url || '(native)';
  return `${owner}/${url.replace(/^.*\/(extensions\/[^/]+|out)\//, '')}`;
};
const nameOf = (frame) => `${frame.functionName || '(anonymous)'} ${scriptOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;

for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  let at = profile.startTime;
  const samples = profile.samples.map((id, index) => ({ id, at: (at += profile.timeDeltas[index]) }));
  const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
  const intervalUs = deltas[Math.floor(deltas.length / 2)] ?? 0;
  for (const window of windows) {
    if (window.toUs < profile.startTime || window.fromUs > profile.endTime) continue;
    const inside = samples.filter((sample) => sample.at >= window.fromUs && sample.at <= window.toUs);
    const inclusive = new Map();
    const owners = new Map();
    for (const sample of inside) {
      const seen = new Set();
      let owner;
      for (let id = sample.id; id !== undefined; id = parentOf.get(id)) {
        const { callFrame } = byId.get(id);
        owner ??= ownerOf(callFrame.url);
        const name = nameOf(callFrame);
        if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
        seen.add(name);
      }
      // A sample of Node's or V8's own code belongs to the nearest caller that has an owner.
      const key = owner ?? (byId.get(sample.id).callFrame.functionName === '(idle)' ? '(idle)' : '(program, garbage collection)');
      owners.set(key, (owners.get(key) ?? 0) + 1);
    }
    const onCpu = inside.length - (owners.get('(idle)') ?? 0);
    const msOf = (count) => Math.round((count * intervalUs) / 1000);
    console.log(`\n${file}: ${window.title}: about ${msOf(onCpu)} ms on the CPU (${inside.length} samples)`);
    const shares = [...owners].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]);
    if (shares.length > 0) console.log(`  by owner: ${shares.map(([key, count]) => `${key} ${msOf(count)} ms`).join(', ')}`);
    for (const [name, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(1, rows + 1)) {
      console.log(`  ${((100 * count) / inside.length).toFixed(0).padStart(4)}%  ${name}`);
    }
  }
}
