// What the extension host was doing during each event-loop block over 50 ms that `npm run bench:vscode -- --profile`
// saw: for each block in bench.json that falls inside a CPU profile, the functions sampled then (inclusive share), and
// how much of the block the host spent on the CPU (samples times the sampling interval): a block with few samples is
// the host waiting for a core that other processes (the window, the server) held, not work of its own.
// `node scripts/vscode/profileBlocks.mjs <results folder> [rows]`
import * as fs from 'node:fs';
import * as path from 'node:path';

const [folder, rowsArg] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/vscode/profileBlocks.mjs <results folder> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 12);
const { blocksOver50Ms: blocks } = JSON.parse(fs.readFileSync(path.join(folder, 'bench.json'), 'utf8'));
const scriptOf = (url) => url.replace(/^.*\/(extensions|out|dist|node_modules)\//, '$1/') || '(native)';
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
  for (const block of blocks) {
    if (block.endUs === undefined || block.endUs < profile.startTime || block.endUs > profile.endTime) continue;
    const from = block.endUs - block.ms * 1000;
    const inside = samples.filter((sample) => sample.at >= from && sample.at <= block.endUs);
    const inclusive = new Map();
    for (const sample of inside) {
      const seen = new Set();
      for (let id = sample.id; id !== undefined; id = parentOf.get(id)) {
        const name = nameOf(byId.get(id).callFrame);
        if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
        seen.add(name);
      }
    }
    const onCpuMs = Math.round((inside.length * intervalUs) / 1000);
    console.log(`\n${file}: block of ${block.ms} ms at ${block.atMs} ms: about ${onCpuMs} ms on the CPU (${inside.length} samples)`);
    for (const [name, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(1, rows + 1)) {
      console.log(`  ${((100 * count) / inside.length).toFixed(0).padStart(4)}%  ${name}`);
    }
  }
}
