// One rollup config for every JavaScript the kit ships:
//  1. unbundled ESM for npm (one file per source module, dependencies left as imports),
//     beside the .d.ts files that `tsc -b` writes into the same dist folders;
//  2. self-contained, minified drop-in bundles for intranet pages: slk.min.js (everything)
//     and one per component, with Subresource Integrity hashes in cdn/integrity.json.
// See docs/decisions/0004-drop-in-bundles.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Tests, fixtures (and the fixture type) are for this repository, not for npm.
const NOT_SHIPPED = /(\.(test|fixtures|stories|contract)\.ts|internal\/fixtures\.ts)$/;

/** Source modules of a package that belong in its npm build. */
function shippedSources(pkg) {
  return readdirSync(`packages/${pkg}/src`, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !NOT_SHIPPED.test(file))
    .map((file) => `packages/${pkg}/src/${file}`)
    .sort();
}

const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: true });

/** Unbundled ESM: the published package keeps each module so bundlers can tree-shake. */
function library(pkg, external) {
  return {
    input: shippedSources(pkg),
    external: (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [transpile()],
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
      sourcemap: true,
    },
    onwarn,
  };
}

const CDN = 'packages/components/cdn';
const hashes = {};

/**
 * Prints a sha384 Subresource Integrity hash for each drop-in and keeps them all in
 * cdn/integrity.json, so intranet editors can paste `integrity="…"` with the script tag.
 */
function integrity() {
  return {
    name: 'slk-integrity',
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        hashes[file.fileName] = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
        console.log(`  ${file.fileName}  integrity="${hashes[file.fileName]}"`);
      }
      const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
      mkdirSync(CDN, { recursive: true });
      writeFileSync(`${CDN}/integrity.json`, `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}

/** Component folders that have a define module, i.e. a registered tag. */
function componentNames() {
  return readdirSync('packages/components/src', { withFileTypes: true })
    .filter(({ name }) => existsSync(`packages/components/src/${name}/${name}.ts`))
    .filter(({ name }) => existsSync(`packages/components/src/${name}/define.ts`))
    .map((entry) => entry.name)
    .sort();
}

/** Self-contained bundles: Lit, the SDK and the component in one file, no imports left. */
function dropIns() {
  const input = { slk: 'packages/components/src/index.ts' };
  for (const name of componentNames()) input[`slk-${name}`] = `packages/components/src/${name}/define.ts`;
  return Object.entries(input).map(([name, entry]) => ({
    input: entry,
    plugins: [
      // `source` lets the bundle take @slk/sdk from its TypeScript, so the drop-ins do not
      // depend on the SDK having been built first.
      nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js'] }),
      transpile(),
      // Keep @license comments: Lit's BSD licence asks for its notice in redistributions.
      terser({ ecma: 2022, module: true, format: { comments: /@license/ } }),
      integrity(),
    ],
    output: { file: `${CDN}/${name}.min.js`, format: 'es', sourcemap: true },
    onwarn,
  }));
}

function onwarn(warning, warn) {
  // Lit's decorators and some dependencies use `this` at module top level harmlessly.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  library('sdk', ['zod']),
  library('components', ['lit', '@lit/context', '@lit/localize', '@slk/sdk']),
  ...dropIns(),
];
