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
  plugins: [
    {
      // The analyser also guesses events from `dispatchEvent(new X(detail))` calls, naming
      // them after the argument ("error") or not at all. The kit documents every public
      // event with @event in the class's JSDoc; keep those, drop the guesses.
      name: 'slk-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('slk-') && event.description);
          }
        }
      },
    },
  ],
};
