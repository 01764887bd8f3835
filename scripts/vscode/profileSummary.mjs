// Sums a .cpuprofile (as `npm run bench:vscode -- --profile` writes) per function: self time and inclusive time
// (a function counted once per sample however deep it recurses), and self time per script, biggest first.
// `node scripts/vscode/profileSummary.mjs <file.cpuprofile> [rows]`
import * as fs from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/vscode/profileSummary.mjs <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 40);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const scriptOf = (url) => url.replace(/^.*\/(extensions|out|dist|node_modules)\//, '$1/') || '(native)';
const nameOf = (frame) => `${frame.functionName || '(anonymous)'} ${scriptOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;

const self = new Map();
const inclusive = new Map();
const perScript = new Map();
let total = 0;
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
profile.samples.forEach((id, index) => {
  const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
  total += ms;
  const node = byId.get(id);
  add(self, nameOf(node.callFrame), ms);
  add(perScript, scriptOf(node.callFrame.url), ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const name = nameOf(byId.get(at).callFrame);
    if (!seen.has(name)) add(inclusive, name, ms);
    seen.add(name);
  }
});

const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows);
const line = ([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`;
console.log(`${file}: ${(total / 1000).toFixed(2)} s sampled`);
console.log('\nself time per function:');
for (const row of top(self)) console.log(line(row));
console.log('\ninclusive time per function:');
for (const row of top(inclusive)) console.log(line(row));
console.log('\nself time per script:');
for (const row of top(perScript)) console.log(line(row));
