// Bundles the extension (for VS Code's Node extension host and for its web-worker host, as on vscode.dev and
// github.dev) and the CLI with esbuild. Type-checking is `npm run typecheck`.
// The browser bundle must hold no Node API: a plugin refuses Node built-ins while bundling, and the output is
// then parsed and refused if it reads a Node global (process, Buffer, __dirname...) outside a `typeof` guard.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  define: { PRESSROOM_VERSION: JSON.stringify(version) },
  // jsonc-parser's default (UMD) build requires its parts at run time, which a bundle cannot follow; its ES build can be bundled.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Fails the browser build at the import of any Node built-in, naming the importing file. */
export const refuseNodeBuiltins = {
  name: 'refuse-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in; the browser bundle (vscode.dev, github.dev) cannot use it` }] };
    });
  },
};

const NODE_GLOBALS = new Set(['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate', 'require']);

/** True when `node` is the operand of `typeof`, or sits where a test on `typeof <name>` has already passed. */
function guardedByTypeof(node, name) {
  const testsTypeof = (test) => {
    let found = false;
    const visit = (child) => {
      if (ts.isTypeOfExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === name) found = true;
      else ts.forEachChild(child, visit);
    };
    visit(test);
    return found;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isTypeOfExpression(parent)) return true;
    if (ts.isIfStatement(parent) && child !== parent.expression && testsTypeof(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition && testsTypeof(parent.condition)) return true;
    if (ts.isBinaryExpression(parent) && child === parent.right && testsTypeof(parent.left)) return true;
  }
  return false;
}

/** Reads of Node globals in bundled JavaScript that no `typeof` check guards: [{ name, line, text }]. */
export function nodeGlobalReads(code, fileName = 'bundle.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declared = new Set();
  const reads = [];
  const visit = (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) ||
        (ts.isCallExpression(parent) && node.text === 'require' && isVscodeRequire(parent));
      if (!isName && !guardedByTypeof(node, node.text)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        reads.push({ name: node.text, line: line + 1, text: parent.getText(source).slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A bundle that declares its own `require` or `global` (esbuild's helpers, a library's shim) reads that one.
  return reads.filter((read) => !(['require', 'global'].includes(read.name) && declared.has(read.name)));
}

function isVscodeRequire(call) {
  const [argument] = call.arguments;
  return call.arguments.length === 1 && ts.isStringLiteral(argument) && argument.text === 'vscode';
}

/** Parses the browser bundle after each build and fails the build when it reads a Node global. */
const refuseNodeGlobals = {
  name: 'refuse-node-globals',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const outfile = build.initialOptions.outfile;
      const reads = nodeGlobalReads(readFileSync(outfile, 'utf8'), outfile);
      for (const read of reads) {
        result.errors.push({ text: `${outfile}:${read.line} reads the Node global "${read.name}", which the browser has not: ${read.text}` });
      }
    });
  },
};

/**
 * Keeps dist/cli.js, which every run of the CLI compiles, to the dispatcher: the engine and the
 * dependencies belong in the command bundles it loads.
 */
const refuseEngineInDispatcher = {
  name: 'refuse-engine-in-dispatcher',
  setup(build) {
    build.onResolve({ filter: /^[^.]|[/\\]core([/\\]|$)/ }, (args) => {
      if (args.kind === 'entry-point' || NODE_BUILTINS.has(args.path)) return undefined;
      return { errors: [{ text: `dist/cli.js must stay small: "${args.path}" (imported by ${args.importer}) belongs in a command bundle (src/cli/commands/<command>.ts)` }] };
    });
  },
};

/** dist/cli/<name>.js from src/cli/commands/<name>.ts; dist/cli.js loads the one a command needs. */
const CLI_COMMAND_BUNDLES = ['convert', 'list', 'validate', 'worker'];
const cli = { ...shared, minify: true };

const builds = [
  { ...shared, entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.browser.js',
    external: ['vscode'],
    platform: 'browser',
    target: 'es2022',
    plugins: [refuseNodeBuiltins, refuseNodeGlobals],
  },
  // The CLI: a small dispatcher (the package's bin) and one bundle per command, loaded only when it runs;
  // minified even in development builds, as every run compiles (or reads the code cache of) the bundle.
  { ...cli, entryPoints: ['src/cli/commands/shell.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [refuseEngineInDispatcher] },
  ...CLI_COMMAND_BUNDLES.map((name) => ({ ...cli, entryPoints: [`src/cli/commands/${name}.ts`], outfile: `dist/cli/${name}.js` })),
];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The shipped schema's validator is generated ahead of time (so no process compiles it); refresh it first.
  const generated = spawnSync(process.execPath, ['-r', 'esbuild-register', 'scripts/generateSchemaValidator.ts'], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (generated.status !== 0) process.exit(1);
  if (watch) {
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    console.log('esbuild: watching src for changes');
  } else {
    const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
    if (results.some((result) => result.status === 'rejected')) process.exit(1);
  }
}
