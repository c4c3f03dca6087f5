import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const noHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never HTML.',
};

/** A failure let go says why: where the person already learns of it (see src/ui/failures.ts). */
const namedCatch = {
  selector:
    "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression.arguments[params.length=0][body.type='Identifier'][body.name='undefined']",
  message:
    'Name why this failure is safe to let go (e.g. shownBySaveStatus, closedByThePerson in src/ui/failures.ts), or handle it: announce or show it.',
};

/** A feature uses another only through the other's index.ts: `../help-now`, not `../help-now/x`. */
const anotherFeaturesInside = {
  regex: '^\\.\\./[^./][^/]*/',
  message: "Import another feature through its index.ts (e.g. '../print'), not its files.",
};

/** Dependencies flow one way: app → features → (ui, db, formats, domain, i18n). */
const layerRules = [
  {
    files: ['src/domain/**', 'src/formats/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', 'dexie', 'dexie-*'],
              message: 'domain and formats stay pure: no React, no Dexie.',
            },
            {
              group: ['**/db/**', '**/features/**', '**/app/**', '**/ui/**'],
              message: 'domain and formats depend on nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/ui/**', 'react', 'react-dom'],
              message: 'db sits below the screens.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/db/**', 'dexie', 'dexie-*'],
              message: 'ui building blocks know nothing of screens or storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              importNames: ['default'],
              message: 'Screens read and write through db/ repositories.',
            },
          ],
          patterns: [
            { group: ['**/app/**'], message: 'features do not reach up into app/.' },
            anotherFeaturesInside,
          ],
        },
      ],
    },
  },
  {
    // Replaces the features rule for the viewer, so it repeats it and adds the database.
    files: ['src/features/viewer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'A recipient’s browser stores nothing: no database.' },
            {
              name: 'dexie-react-hooks',
              message: 'A recipient’s browser stores nothing: no database.',
            },
          ],
          patterns: [
            { group: ['**/app/**'], message: 'features do not reach up into app/.' },
            anotherFeaturesInside,
            {
              group: ['**/db/**'],
              message: 'The viewer shows a plan someone shared and stores nothing: no database.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': ['error', noHtml, namedCatch],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Leaving a property out with a rest pattern is the clearest way to omit it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
  },
  {
    // Type-aware rules for the app's own code: a promise is awaited, returned, or let go with
    // `void` on purpose, and never handed to something that ignores it.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  ...layerRules,
  {
    // Settings shows the app lock's section, which stays out of lock's index.ts on purpose: the
    // shell imports that index (quick exit), and must not carry the lock's settings screen.
    files: ['src/features/settings/SettingsScreen.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              importNames: ['default'],
              message: 'Screens read and write through db/ repositories.',
            },
          ],
          patterns: [{ group: ['**/app/**'], message: 'features do not reach up into app/.' }],
        },
      ],
    },
  },
  {
    // Node scripts and browser journeys: code in page.evaluate() runs in the browser.
    files: ['scripts/**', 'tests/e2e/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
