// ESLint for the front end: typescript-eslint, the rules of hooks, and the feature boundaries (docs/adr/0023).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers: a feature imports src/components, src/lib, src/types, its own files, and another feature only
 * through that feature's index.ts (plus the files `alsoOpen` names in each other feature); the shared layers import
 * no feature and not the app; features do not import the app. The app imports what it composes.
 */
const boundaries = (alsoOpen = [], { appOpen = false } = {}) => [
  'error',
  {
    basePath: here,
    zones: [
      ...features.map((feature) => ({
        target: `./src/features/${feature}`,
        from: './src/features',
        except: [
          `./${feature}`,
          ...features
            .filter((other) => other !== feature)
            .flatMap((other) => ['index.ts', ...alsoOpen].map((file) => `./${other}/${file}`)),
        ],
        message: 'Import another feature only through its index.ts.',
      })),
      {
        target: ['./src/components', './src/lib', './src/types'],
        from: ['./src/features', './src/app'],
        message: 'Shared code imports no feature and not the app.',
      },
      ...(appOpen
        ? []
        : [{ target: './src/features', from: './src/app', message: 'A feature does not import the app.' }]),
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/screenshots', 'src/types/generated'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: globals.browser },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // As tsc's noUnusedParameters: a leading underscore marks a parameter or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': boundaries(),
    },
  },
  {
    // A test may build its data from another feature's fixtures, and render the app around its feature.
    files: ['src/**/*.test.{ts,tsx}', 'src/features/*/test-fixtures.ts', 'src/features/*/test-utils.tsx'],
    rules: { 'import-x/no-restricted-paths': boundaries(['test-fixtures.ts'], { appOpen: true }) },
  },
  { files: ['e2e/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
);
