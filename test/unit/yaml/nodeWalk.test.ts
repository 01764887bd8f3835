/**
 * nodeAt walks a path through the document itself; the slow way is `yaml`'s own `getIn(path, true)`.
 * Compared on generated and mutated front matter, along every path its data has and paths it has not
 * (missing keys, indices written as strings, numbers on mappings, paths through scalars).
 */
import * as assert from 'node:assert/strict';
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { nodeAt } from '../../../src/core/yaml';
import { generateFrontMatter, mutate, seededRandom } from './yamlFuzz';

/** Every path into the document's nodes (keys as the data would name them), and some beside them. */
function pathsOf(node: unknown, prefix: readonly (string | number)[], into: (string | number)[][], depth = 0): void {
  into.push([...prefix]);
  if (depth > 4) return;
  if (isSeq(node)) {
    node.items.forEach((item, index) => pathsOf(item, [...prefix, index], into, depth + 1));
    into.push([...prefix, String(node.items.length - 1)], [...prefix, node.items.length], [...prefix, -1], [...prefix, '01'], [...prefix, '']);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'string' || typeof key === 'number') pathsOf(pair.value, [...prefix, key], into, depth + 1);
      if (typeof key === 'number') into.push([...prefix, String(key)]);
    }
    into.push([...prefix, 'missing'], [...prefix, 0], [...prefix, 1]);
  }
}

function slowNodeAt(document: Document.Parsed, path: readonly (string | number)[]): unknown {
  const found = path.length === 0 ? document.contents : document.getIn(path, true);
  return isNode(found) ? found : undefined;
}

describe('nodeAt: the walk along a path against yaml getIn', () => {
  it('finds the same node on 1,000 generated and mutated documents, along every path and some that are not there', () => {
    const random = seededRandom(4077);
    let found = 0;
    for (let round = 0; round < 1000; round++) {
      const source = random() < 0.6 ? mutate(random, generateFrontMatter(random)) : generateFrontMatter(random);
      const document = parseDocument(source, { uniqueKeys: false });
      const paths: (string | number)[][] = [];
      pathsOf(document.contents, [], paths);
      paths.push(['title', 'x', 'y'], [0, 0]);
      for (const path of paths) {
        const expected = slowNodeAt(document, path);
        assert.equal(nodeAt(document, path), expected, `${JSON.stringify(path)} in ${JSON.stringify(source)}`);
        if (expected !== undefined) found++;
      }
    }
    assert.ok(found > 3000, `${found} nodes found`);
  });
});
