// `npm start`: builds and packages Pressroom, installs the VSIX into a local code-server (VS Code in the
// browser; installed on first use into .vscode-test/code-server), opens the examples/ demo workspace and
// prints the address to open. Runs until Ctrl+C, then stops code-server.
//
// Options (environment): PORT=<port> to choose the port (default: a free one), FOLDER=<path> to open
// another folder than examples/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupAll, installVsix, prepareProfile, root, shuttingDown, startCodeServer } from './harness.mjs';
import { packageExtension } from './package.mjs';
import { setup } from './setup.mjs';

async function main() {
  setup();
  const { vsix } = packageExtension();
  const folder = path.resolve(process.env.FOLDER ?? path.join(root, 'examples'));
  if (!fs.existsSync(folder)) throw new Error(`start: ${folder} does not exist`);

  // A fresh profile each time, so the running extension is always the one just packaged.
  const profile = prepareProfile(path.join(root, '.vscode-test', 'start'));
  installVsix(profile, vsix);
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ profile, folder, port });

  console.log(`\nPressroom is running in VS Code at ${server.folderUrl}`);
  console.log(`(code-server ${server.pid}, log: ${path.relative(root, server.logFile)}). Press Ctrl+C to stop.\n`);
  // Runs until Ctrl+C (the harness's signal handler stops code-server) or until code-server exits.
  const { code, signal } = await server.exit;
  if (shuttingDown()) return; // Ctrl+C: the signal handler finishes the cleanup and exits
  console.error(`code-server stopped by itself (code ${code}, signal ${signal}); see ${path.relative(root, server.logFile)}`);
  await cleanupAll();
  process.exit(1);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await cleanupAll();
  process.exit(1);
});
