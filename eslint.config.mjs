// ESLint covers every TypeScript file in src and test, and the build scripts.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core must run in a browser (vscode.dev's web worker) as well as in Node: no editor, no Node.
const CORE_MESSAGE = 'src/core runs in a browser too: it must not import vscode or Node built-ins; pass what it needs in from the adapter.';
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: CORE_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  // ajv's standalone code, written by scripts/generateSchemaValidator.ts.
  { ignores: ['src/core/schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The core is plain data in, plain data out: it never reaches for the editor or for Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: CORE_MESSAGE }, ...NODE_BUILTINS],
          patterns: [{ group: ['node:*'], message: CORE_MESSAGE }],
        },
      ],
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({ name, message: CORE_MESSAGE }))],
    },
  },
  {
    // Adapters see the core through its public surface: src/core/index.ts or a room's index (core/authoring),
    // never a file deep inside a room, so a room can be rearranged without touching them.
    files: ['src/vscode/**/*.ts', 'src/cli/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*/*', '**/core/*/*/**'], message: "Import from src/core or a room's index (src/core/<room>), not a file inside it." }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly' },
    },
  },
);
