/**
 * Bundles code that runs in VS Code's extension host (the test-only runner extension, the extension-host
 * suite) into one CommonJS file; `vscode` stays external, as the host provides it. Shared by
 * scripts/vscode/test.mjs and runWithTestElectron.ts.
 */
import { build } from 'esbuild';

export async function bundleForExtensionHost(entryPoint: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode (never used here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}
