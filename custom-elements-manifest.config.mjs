// `cem analyze` reads the classes' JSDoc (the public API contract) into
// packages/components/custom-elements.json, which feeds Storybook autodocs, the docs site,
// typed framework wrappers and test/node/manifest.test.ts.
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.fixtures.ts',
    'packages/components/src/internal/fixtures.ts',
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/generated/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  packagejson: false,
};
