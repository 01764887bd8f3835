/**
 * Bundles code that runs in VS Code's extension host (the test-only runner extension, the extension-host
 * suite) into one CommonJS file; `vscode` stays external, as the host provides it. Shared by
 * scripts/vscode/test.mjs and runWithTestElectron.ts.
 *
 * `host: 'worker'` bundles for the web-worker host (vscode.dev, github.dev), which has no Node built-ins: the
 * suite's `node:assert/strict` and `mocha` are mapped to browser-safe stand-ins in runner-extension/worker/.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';

export type ExtensionHost = 'node' | 'worker';

const WORKER_STAND_INS: Record<string, string> = {
  'node:assert/strict': path.join(__dirname, 'runner-extension', 'worker', 'assert.ts'),
  mocha: path.join(__dirname, 'runner-extension', 'worker', 'mocha.ts'),
};

const workerStandIns: Plugin = {
  name: 'worker-stand-ins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:assert\/strict|mocha)$/ }, (args) => ({ path: WORKER_STAND_INS[args.path] }));
    // mocha.js is a UMD file in an ES package, so esbuild does not wrap it and its `module.exports = ...` would
    // replace the bundle's own exports; hiding `module`, `exports` and `define` makes it set globalThis.Mocha.
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.readFile(args.path, 'utf8')}\n}).call(globalThis);\n`,
      loader: 'js',
    }));
  },
};

export async function bundleForExtensionHost(entryPoint: string, outfile: string, host: ExtensionHost = 'node'): Promise<void> {
  await build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    format: 'cjs',
    external: ['vscode'],
    // As the extension's build does (scripts/build.mjs): jsonc-parser's UMD build cannot be bundled, its ES build can (the suite reaches core through the Releases tree).
    alias: { 'jsonc-parser': path.join(__dirname, '..', '..', 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
    sourcemap: 'inline',
    logLevel: 'warning',
    ...(host === 'node'
      ? {
          platform: 'node',
          target: 'node20',
          // mocha's parallel mode (never used here) resolves worker files at run time.
          logOverride: { 'require-resolve-not-external': 'silent' },
        }
      : { platform: 'browser', target: 'es2022', plugins: [workerStandIns] }),
  });
}
