// ESLint flat config for the whole repository.
// The security rules at the bottom are the kit's promises to intranet hosts (strict CSP,
// hostile strings render as text); test/node/lint.test.ts proves each one fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import slk from './eslint-rules/no-string-style.js';

const UNSAFE_DIRECTIVES =
  'Hostile strings must render as text: use ordinary bindings, which Lit escapes, not unsafe directives.';
const NO_STRING_STYLE =
  'A style attribute or string style binding is blocked by a strict Content Security Policy: use styleMap() or classes.';
const NO_HTML_SINKS =
  'Writing HTML from strings can run hostile markup: render with Lit templates or set textContent.';

/** Rules that keep the kit safe on hostile hosts; applied to every source file. */
export const securityRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: UNSAFE_DIRECTIVES },
        { name: 'lit-html/static.js', importNames: ['unsafeStatic'], message: UNSAFE_DIRECTIVES },
      ],
      patterns: [
        {
          group: ['**/directives/unsafe-html*', '**/directives/unsafe-svg*', '**/directives/unsafe-mathml*'],
          message: UNSAFE_DIRECTIVES,
        },
      ],
    },
  ],
  'slk/no-string-style': 'error',
  'no-restricted-syntax': [
    'error',
    {
      selector: 'Identifier[name=/^unsafe(HTML|SVG|MathML|Static)$/]',
      message: UNSAFE_DIRECTIVES,
    },
    {
      selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
      message: NO_HTML_SINKS,
    },
    {
      selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
      message: NO_HTML_SINKS,
    },
    {
      selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
      message: NO_HTML_SINKS,
    },
    {
      selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
      message: NO_STRING_STYLE,
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site-dist/**',
      'coverage/**',
      'packages/components/src/generated/**',
      'packages/components/custom-elements.json',
      'packages/components/cdn/**',
      '.scratch/**',
      // Written to fail lint: test/node/lint.test.ts lints it on purpose.
      'test/lint/*.test.input.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['test/lint/*.test.input.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  {
    // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise (only its
    // DOM snapshot form is async). Without this, every plain assertion would need `void`;
    // with it, a forgotten `await` on `to.be.accessible()` is still reported.
    files: ['**/*.test.ts', '**/*.contract.ts', 'test/**/*.ts'],
    rules: {
      // Tests build deliberately malformed documents; typing every broken shape adds nothing.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules, 'lit-a11y/valid-lang': 'error' },
  },
  {
    files: ['packages/components/src/**/*.ts'],
    rules: {
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-nothing': 'error',
      'lit/no-this-assign-in-render': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The demo site's own classic script for the browser.
    files: ['site/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // Puppeteer scripts: code inside page.evaluate() runs in the browser.
    files: ['test/site/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '**/*.{js,mjs}'],
    plugins: { slk },
    rules: securityRules,
  },
  {
    // The SDK runs in Node and browsers, and never renders: no Lit, no DOM writing.
    files: ['packages/sdk/src/**/*.ts'],
    ignores: ['packages/sdk/src/cli/**', 'packages/sdk/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...securityRules['no-restricted-imports'][1].paths,
            // docs/decisions/0003-zod-mini.md: the chained API costs ~18 kB gzip more per bundle.
            { name: 'zod', message: 'Import from zod/mini: it tree-shakes (docs/decisions/0003-zod-mini.md).' },
            { name: 'zod/v4', message: 'Import from zod/mini: it tree-shakes (docs/decisions/0003-zod-mini.md).' },

          ],
          patterns: [
            ...securityRules['no-restricted-imports'][1].patterns,
            {
              group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '@slk/components', '@slk/components/*'],
              message: 'The SDK runs in Node too and never renders: it must not depend on Lit or the components.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util'],
              message: 'The SDK runs in browsers too: only its command line (src/cli) may use Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        ...securityRules['no-restricted-syntax'],
        {
          selector: "ImportDeclaration[source.value=/^zod/] > ImportSpecifier[imported.name='z']",
          message: "Write import * as z from 'zod/mini': bundlers keep all of the named z export (measured 93 kB vs 17 kB gzip).",
        },
      ],
      // Calendar maths must not depend on the host's time zone (see src/time/calendar-date.ts).
      'no-restricted-properties': [
        'error',
        ...['getDate', 'getDay', 'getMonth', 'getFullYear', 'getHours', 'getMinutes', 'setDate', 'setMonth', 'setFullYear', 'setHours', 'toLocaleDateString', 'toDateString'].map(
          (property) => ({ property, message: 'Local-time Date methods depend on the host’s time zone: use the SDK’s calendar-date functions.' }),
        ),
      ],
    },
  },
);
