// Publish plain ESM and test what you publish. These checks
// read the packages as a consumer gets them, after `npm run build`:
//  1. what `npm pack` would put in each tarball, by rules plus the short lists beside this file;
//  2. every `exports` entry, `bin`, `customElements` and `sideEffects` pointing at packed files,
//     resolved by TypeScript (bundler, node16, nodenext) and by Node;
//  3. a consumer's bundle of one component holding no other component, and the SDK without Lit.
//
// The drop-in bundles in packages/components/cdn/ are not in the npm package: they are for pages
// with no bundler, copied from a build (docs/decisions/0004-drop-in-bundles.md). Each is a
// self-contained copy of Lit and the SDK, 14 MB with their maps, that no npm consumer needs.
import { expect } from 'chai';
import { build, type BuildFailure, type Metafile, type Plugin } from 'esbuild';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['sdk', 'components'] as const;
type Pkg = (typeof PACKAGES)[number];

/** Drop-in bundles stay out of npm (see the top of this file); flip this to publish them. */
const DROP_INS_ON_NPM = false;

/**
 * Files outside dist/ and src/ that each tarball must hold, from packed-files/<pkg>.txt. For the
 * SDK the list is complete, so a new example or schema is a visible change. The components' list
 * is the minimum: files its `exports` name may ship too (generated framework typings).
 */
const ACCEPTS_EXPORTED_FILES: Record<Pkg, boolean> = { sdk: false, components: true };

/**
 * `<slk-review>` supplies the review to the elements inside it, so the define modules of the
 * elements that read a review register it too (README: "slk-review-timeline.min.js (which
 * includes <slk-review>)"). It is the one component another may pull in, and only that way.
 */
const PROVIDER = 'review';

interface Conditions {
  types?: string;
  source?: string;
  import?: string;
  default?: string;
}
interface Manifest {
  name: string;
  exports: Record<string, string | Conditions>;
  files: string[];
  bin?: string | Record<string, string>;
  customElements?: string;
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One concrete `exports` entry: a wildcard is expanded once per file it matches on disk. */
interface Entry {
  pkg: Pkg;
  specifier: string;
  types?: string;
  source?: string;
  runtime?: string;
  /** Expanded from a `*` entry (which cannot vouch for a file left by an older build). */
  wildcard: boolean;
}

interface Packed {
  manifest: Manifest;
  /** Package-relative paths npm would pack, with their modes, less `stale` ones. */
  files: Map<string, number>;
  /** Packed dist/ files whose source is gone: left by an older build, reported once. */
  stale: string[];
  /** The package's files on disk, less stale ones: what `exports` wildcards expand over. */
  disk: string[];
  entries: Entry[];
  /** Relative imports of each packed .js and .d.ts (package-relative, as written). */
  imports: Map<string, string[]>;
}

const packageDir = (pkg: Pkg) => join(root, 'packages', pkg);
const readText = (pkg: Pkg, file: string) => readFileSync(join(packageDir(pkg), file), 'utf8');
const LIST_LIMIT = 25;
const list = (items: string[]) =>
  [...items.slice(0, LIST_LIMIT), ...(items.length > LIST_LIMIT ? [`… and ${items.length - LIST_LIMIT} more`] : [])].map((item) => `\n  - ${item}`).join('');

/** Asserts no problems were found, listing every one of them in the failure. */
function expectNone(problems: string[], what: string, howToFix: string) {
  if (problems.length > 0) expect.fail(`${what}:${list(problems)}\n${howToFix}`);
}

function readManifest(pkg: Pkg): Manifest {
  return JSON.parse(readText(pkg, 'package.json')) as Manifest;
}

function expectedList(pkg: Pkg): string[] {
  return readFileSync(new URL(`packed-files/${pkg}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

async function npmPack(pkg: Pkg): Promise<Map<string, number>> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--workspace', `packages/${pkg}`], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [result] = JSON.parse(stdout) as Array<{ files: Array<{ path: string; mode: number }> }>;
  return new Map(result!.files.map((file) => [file.path, file.mode]));
}

/** Every file of a package on disk, package-relative, for expanding `exports` wildcards. */
function filesOnDisk(pkg: Pkg): string[] {
  return readdirSync(packageDir(pkg), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.startsWith('node_modules/') && statSync(join(packageDir(pkg), file)).isFile());
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `./dist/*\/*.js` as a regular expression whose every `*` is the same string, as in Node. */
function patternOf(target: string): RegExp {
  const [first, ...rest] = target.replace(/^\.\//, '').split('*');
  return new RegExp(`^${escape(first!)}${rest.map((part, i) => `${i === 0 ? '(.+)' : '\\1'}${escape(part)}`).join('')}$`);
}

const strip = (target: string) => target.replace(/^\.\//, '');

/** `dist/time/clocks.d.ts.map` → `time/clocks`, the module under src/ it was built from. */
const moduleOf = (file: string) => file.replace(/^dist\//, '').replace(/(\.d\.ts|\.js)(\.map)?$/, '');

function exportEntries(pkg: Pkg, manifest: Manifest, disk: string[]): { entries: Entry[]; problems: string[] } {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const [subpath, value] of Object.entries(manifest.exports)) {
    const conditions: Conditions = typeof value === 'string' ? { default: value } : value;
    const unknown = Object.keys(conditions).filter((key) => !['types', 'source', 'import', 'default'].includes(key));
    if (unknown.length > 0 || Object.values(conditions).some((target) => typeof target !== 'string')) {
      problems.push(`"${subpath}" uses conditions this check does not know (${unknown.join(', ') || 'nested'}): extend test/node/packages.test.ts`);
      continue;
    }
    const runtime = conditions.import ?? conditions.default;
    const entry = (star?: string): Entry => {
      const fill = (target: string | undefined) => (target === undefined ? undefined : strip(star === undefined ? target : target.replaceAll('*', star)));
      return {
        pkg,
        specifier: `${manifest.name}${(star === undefined ? subpath : subpath.replaceAll('*', star)).slice(1)}`,
        types: fill(conditions.types),
        source: fill(conditions.source),
        runtime: fill(runtime),
        wildcard: star !== undefined,
      };
    };
    if (!subpath.includes('*')) {
      entries.push(entry());
      continue;
    }
    const pattern = patternOf(runtime ?? conditions.types!);
    const stars = disk.map((file) => pattern.exec(file)?.[1]).filter((star): star is string => star !== undefined);
    if (stars.length === 0) problems.push(`"${subpath}" matches no file (${runtime ?? conditions.types})`);
    entries.push(...stars.sort().map(entry));
  }
  return { entries, problems };
}

/** Why `file` must not be published, if it must not (drop-ins: see the top of this file). */
function unwanted(file: string): string | undefined {
  if (/\.test\.|(^|\/)__tests__\//.test(file)) return 'a test';
  if (/\.stories\./.test(file)) return 'a story';
  if (/\.(fixtures|contract)\.|(^|\/)internal\/fixtures\./.test(file)) return 'a fixture or test helper that no export offers';
  if (/tsbuildinfo/.test(file)) return 'TypeScript build info';
  if (!DROP_INS_ON_NPM && file.startsWith('cdn/')) return 'a drop-in bundle (see docs/decisions/0004-drop-in-bundles.md)';
  return undefined;
}

/** Module specifiers a JavaScript or declaration file imports, exports from or `import()`s. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

const bareName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The .js the `bin` runs when installed from npm (bin/slk.js imports it by URL). */
function binTargets(pkg: Pkg, manifest: Manifest): string[] {
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  return bins.flatMap((bin) => {
    const text = existsSync(join(packageDir(pkg), bin)) ? readText(pkg, bin) : '';
    return [...text.matchAll(/['"](\.\.?\/dist\/[^'"]+\.js)['"]/g)].map((m) => posix.join(posix.dirname(strip(bin)), m[1]!));
  });
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${escape(strip(glob)).replaceAll('\\*\\*', '.*').replaceAll('*', '[^/]*')}$`);
}

/**
 * `<package>/<file>` → imports it makes only inside this repository. bin/slk.js loads tsx only
 * where packages/sdk/tsconfig.json exists, which npm does not pack (checked with the bin).
 */
const REPOSITORY_ONLY_IMPORTS: Record<string, string[]> = { '@slk/sdk/bin/slk.js': ['tsx/esm/api'] };

const DECLARATIONS = new Set<string>([ts.Extension.Dts, ts.Extension.Dmts, ts.Extension.Dcts]);

/** Why a bare import of `file` would fail for a consumer, if it would. */
function undeclaredImport(pkg: Pkg, manifest: Manifest, file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return undefined;
  if (isBuiltin(specifier)) {
    // The SDK runs in browsers too: Node's modules are for its command line alone.
    const cli = pkg === 'sdk' && /^(dist\/cli|bin)\//.test(file);
    return cli && specifier.startsWith('node:') ? undefined : `${file} imports Node's ${specifier}`;
  }
  const declared = [manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
  const name = bareName(specifier);
  // Type-only imports may come from DefinitelyTyped: `react` from a peer `@types/react`.
  const typesName = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
  if (declared.includes(name) || (file.endsWith('.d.ts') && declared.includes(typesName))) return undefined;
  return `${file} imports ${specifier}, which is not in the "dependencies" or "peerDependencies" of ${manifest.name}`;
}

/** Module resolution as TypeScript consumers configure it; each resolves `types` first. */
const RESOLUTIONS: Record<string, ts.CompilerOptions> = {
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, resolveJsonModule: true },
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, resolveJsonModule: true },
};

/** Run by a separate Node (no tsx, no `source` condition): imports each specifier as a consumer would. */
const IMPORT_EACH = `
const results = [];
for (const specifier of JSON.parse(process.env.SLK_ENTRIES)) {
  try {
    const resolved = import.meta.resolve(specifier);
    const module = specifier.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
    results.push({ specifier, resolved, exports: Object.keys(module).length });
  } catch (error) {
    results.push({ specifier, error: String(error) });
  }
}
process.stdout.write(JSON.stringify(results));
`;

/** Syntax errors in any of `files`, read as ES modules. */
async function parseErrors(files: string[]): Promise<string[]> {
  try {
    await build({ entryPoints: files, bundle: false, format: 'esm', target: 'esnext', write: false, outdir: join(tmpdir(), 'slk-packages-parse'), logLevel: 'silent' });
    return [];
  } catch (error) {
    return ((error as BuildFailure).errors ?? [{ text: String(error) }]).map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
  }
}

const packed = new Map<Pkg, Packed>();
const get = (pkg: Pkg) => packed.get(pkg)!;

describe('published packages', function () {
  this.timeout(60_000);

  before(async () => {
    const missing = [
      'packages/sdk/dist/index.js',
      'packages/sdk/dist/index.d.ts',
      'packages/components/dist/index.js',
      'packages/components/dist/index.d.ts',
      'packages/components/custom-elements.json',
    ].filter((file) => !existsSync(join(root, file)));
    if (missing.length > 0) {
      throw new Error(`These checks read the built packages: run \`npm run build\` first (missing ${missing.join(', ')}).`);
    }
    await Promise.all(
      PACKAGES.map(async (pkg) => {
        const manifest = readManifest(pkg);
        const files = await npmPack(pkg);
        // Files generated straight into dist/ (the framework typings) are fine once exported.
        const exact = exportEntries(pkg, manifest, []).entries;
        const exported = new Set(exact.flatMap((entry) => [entry.types, entry.runtime]));
        const isStale = (file: string) =>
          file.startsWith('dist/') && !exported.has(file) && !existsSync(join(packageDir(pkg), 'src', `${moduleOf(file)}.ts`));
        const stale = [...files.keys()].filter(isStale);
        for (const file of stale) files.delete(file);
        const disk = filesOnDisk(pkg).filter((file) => !isStale(file));
        const { entries } = exportEntries(pkg, manifest, disk);
        const imports = new Map<string, string[]>();
        for (const file of files.keys()) {
          if (/\.(d\.ts|js)$/.test(file)) imports.set(file, importsOf(readText(pkg, file)));
        }
        packed.set(pkg, { manifest, files, stale, disk, entries, imports });
      }),
    );
  });

  for (const pkg of PACKAGES) {
    describe(`@slk/${pkg}: what npm packs`, () => {
      it('ships no tests, stories, fixture modules, build info or drop-in bundles', () => {
        const { files } = get(pkg);
        const problems = [...files.keys()].flatMap((file) => {
          const reason = unwanted(file);
          return reason ? [`${file}: ${reason}`] : [];
        });
        expectNone(problems, `packages/${pkg} would publish files it should not`, `Exclude them in the "files" list of packages/${pkg}/package.json (e.g. "!src/**/*.fixtures.ts").`);
      });

      it('ships a .d.ts beside every .js, and in dist/ only built modules and exported files', () => {
        const { files, stale } = get(pkg);
        const problems = stale.map((file) => `${file}: no src/${moduleOf(file)}.ts builds it and no export names it`);
        if (stale.length > 0) problems.push(`(left by an older build? delete packages/${pkg}/dist and run \`npm run build\`: the build does not clear it)`);
        for (const file of files.keys()) {
          const types = file.replace(/\.js$/, '.d.ts');
          if (/^dist\/.*\.js$/.test(file) && !files.has(types)) problems.push(`${file} has no ${types}`);
        }
        expectNone(problems, `packages/${pkg}/dist does not match its sources`, 'Every built module needs its declarations; check tsconfig "exclude" against rollup.config.js.');
      });

      it('ships every source map with the file it maps and the sources it names, and src/ only for those maps', () => {
        const { files } = get(pkg);
        const problems: string[] = [];
        const mapped = new Set<string>();
        for (const file of files.keys()) {
          if (!file.endsWith('.map')) continue;
          if (!files.has(file.slice(0, -'.map'.length))) problems.push(`${file} ships without ${file.slice(0, -'.map'.length)}`);
          const map = JSON.parse(readText(pkg, file)) as { sourceRoot?: string; sources: string[] };
          for (const source of map.sources) {
            const path = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
            mapped.add(path);
            if (!files.has(path)) problems.push(`${file} points at ${path}, which is not packed`);
          }
        }
        for (const file of files.keys()) {
          if (file.startsWith('src/') && !mapped.has(file) && !unwanted(file)) {
            problems.push(`${file} ships, but no shipped module is built from it (a test, story or fixture helper?)`);
          }
        }
        expectNone(problems, `packages/${pkg} source maps and sources do not match`, `src/ ships only so the source maps resolve: exclude other sources in packages/${pkg}/package.json "files".`);
      });

      it('ships exactly the expected files outside dist/ and src/, with a README and a licence', () => {
        const { files, entries, manifest } = get(pkg);
        const expected = expectedList(pkg);
        const exported = new Set(entries.flatMap((entry) => [entry.types, entry.runtime]).filter((file) => file !== undefined));
        const accepted = (file: string) =>
          expected.includes(file) || (ACCEPTS_EXPORTED_FILES[pkg] && exported.has(file)) || (!!DROP_INS_ON_NPM && file.startsWith('cdn/'));
        const outside = [...files.keys()].filter((file) => !/^(dist|src)\//.test(file));
        const unexpected = outside.filter((file) => !accepted(file)).map((file) => `${file} is packed but not expected`);
        const missing = expected.filter((file) => !files.has(file)).map((file) => `${file} is expected but not packed`);
        if (!expected.some((file) => /^readme/i.test(file))) missing.push('the list names no README');
        if (!expected.some((file) => /^licen[cs]e/i.test(file))) missing.push('the list names no licence file');
        expectNone(
          [...missing, ...unexpected],
          `${manifest.name} would not publish what test/node/packed-files/${pkg}.txt expects`,
          `If a change is on purpose, update test/node/packed-files/${pkg}.txt; otherwise fix "files" in packages/${pkg}/package.json. ` +
            'npm packs README and LICENSE/LICENCE from the package folder itself, not from the repository root.',
        );
      });
    });

    describe(`@slk/${pkg}: entry points`, () => {
      it('points every exports entry at packed files, types and all', () => {
        const { manifest, files, entries, disk } = get(pkg);
        const { problems } = exportEntries(pkg, manifest, disk);
        expect(entries.length).to.be.greaterThan(0);
        for (const entry of entries) {
          for (const [condition, file] of Object.entries({ types: entry.types, source: entry.source, default: entry.runtime })) {
            if (file === undefined) continue;
            if (!existsSync(join(packageDir(pkg), file))) problems.push(`${entry.specifier} (${condition}): ${file} does not exist`);
            else if (!files.has(file)) problems.push(`${entry.specifier} (${condition}): ${file} exists but is not packed`);
          }
          if (entry.runtime?.endsWith('.js') && !entry.types) problems.push(`${entry.specifier}: no "types" condition`);
          if (entry.types && !entry.types.endsWith('.d.ts')) problems.push(`${entry.specifier}: "types" is ${entry.types}, not a .d.ts`);
        }
        expectNone(problems, `${manifest.name} exports point at nothing`, `Fix "exports" in packages/${pkg}/package.json, or run \`npm run build\`.`);
      });

      it('resolves every entry to its declarations in TypeScript (bundler, node16, nodenext)', () => {
        const problems: string[] = [];
        const consumer = join(root, 'consumer', 'index.mts');
        for (const [label, options] of Object.entries(RESOLUTIONS)) {
          const cache = ts.createModuleResolutionCache(root, (name) => name, options);
          for (const entry of get(pkg).entries.filter((e) => e.types)) {
            const { resolvedModule } = ts.resolveModuleName(entry.specifier, consumer, options, ts.sys, cache, undefined, ts.ModuleKind.ESNext);
            const expected = join(packageDir(pkg), entry.types!);
            if (resolvedModule?.resolvedFileName !== expected) {
              problems.push(`${label}: ${entry.specifier} resolves to ${resolvedModule?.resolvedFileName ?? 'nothing'}, not ${expected}`);
            }
          }
        }
        expectNone(problems, 'TypeScript consumers would not find the types', `Check "exports" in packages/${pkg}/package.json ("types" first).`);
      });

      it('ships declarations whose own imports resolve to packed declarations or declared dependencies', () => {
        const { manifest, files, imports } = get(pkg);
        const problems = new Set<string>();
        for (const [label, options] of Object.entries(RESOLUTIONS)) {
          const cache = ts.createModuleResolutionCache(root, (name) => name, options);
          for (const [file, specifiers] of imports) {
            if (!file.endsWith('.d.ts')) continue;
            for (const specifier of specifiers) {
              const undeclared = undeclaredImport(pkg, manifest, file, specifier);
              if (undeclared) problems.add(undeclared);
              // Node's own modules are declared by @types/node wherever a consumer needs them.
              if (undeclared || isBuiltin(specifier)) continue;
              const resolved = ts.resolveModuleName(specifier, join(packageDir(pkg), file), options, ts.sys, cache, undefined, ts.ModuleKind.ESNext).resolvedModule;
              const own = resolved?.resolvedFileName.startsWith(`${packageDir(pkg)}/`) ? resolved.resolvedFileName.slice(packageDir(pkg).length + 1) : undefined;
              if (!resolved) problems.add(`${label}: ${file} imports ${specifier}, which does not resolve`);
              else if (!DECLARATIONS.has(resolved.extension)) problems.add(`${label}: ${file} imports ${specifier}, which resolves to ${resolved.resolvedFileName}, not declarations`);
              else if (specifier.startsWith('.') && (own === undefined || !files.has(own))) problems.add(`${label}: ${file} imports ${specifier}, which is not packed`);
            }
          }
        }
        expectNone(
          [...problems],
          `${manifest.name} declarations would not type-check for consumers`,
          'Imports need their .js extension and their package in "dependencies". Where tsc writes an inferred type from a ' +
            "dependency's dependency (import(\"lit-html\")), annotate it in the source with the type from the declared package (lit). " +
            'Typings for an optional framework (react, vue) need it as an optional peer ("peerDependencies" and "peerDependenciesMeta").',
        );
      });

      it('ships JavaScript that parses as ES modules, importing only packed files, declared dependencies and (CLI only) Node built-ins', async () => {
        const { manifest, files, imports } = get(pkg);
        const scripts = [...files.keys()].filter((file) => file.endsWith('.js'));
        const problems = await parseErrors(scripts.map((file) => join(packageDir(pkg), file)));
        for (const file of scripts) {
          for (const specifier of imports.get(file) ?? []) {
            if (REPOSITORY_ONLY_IMPORTS[`${manifest.name}/${file}`]?.includes(specifier)) continue;
            if (specifier.startsWith('.')) {
              const target = posix.normalize(posix.join(posix.dirname(file), specifier));
              if (!files.has(target)) problems.push(`${file} imports ${specifier}: ${target} is not packed (Node needs the full file name)`);
            } else {
              const undeclared = undeclaredImport(pkg, manifest, file, specifier);
              if (undeclared) problems.push(undeclared);
            }
          }
        }
        expectNone(problems, `${manifest.name} would ship JavaScript that does not load`, 'Fix the source module named, or "dependencies".');
      });

      it('ships no module that no entry point or bin reaches', () => {
        const { manifest, files, entries, imports } = get(pkg);
        // Through JavaScript and declarations alike: rollup points dist/index.js past the
        // folders' index.js barrels, which only the declarations still import.
        const module = (file: string) => file.replace(/(\.d\.ts|\.js)$/, '');
        const reached = new Set<string>();
        const queue = [...entries.flatMap((entry) => [entry.runtime, entry.types]), ...binTargets(pkg, manifest)].filter(
          (file): file is string => file !== undefined && /\.(d\.ts|js)$/.test(file),
        );
        while (queue.length > 0) {
          const file = queue.pop()!;
          if (reached.has(file)) continue;
          reached.add(file);
          for (const specifier of imports.get(file) ?? []) {
            if (!specifier.startsWith('.')) continue;
            const target = posix.normalize(posix.join(posix.dirname(file), specifier));
            queue.push(target, target.replace(/\.js$/, '.d.ts'));
          }
        }
        const reachedModules = new Set([...reached].map(module));
        const unreached = [...files.keys()].filter((file) => /^dist\/.*\.(d\.ts|js)$/.test(file) && !reachedModules.has(module(file)));
        expectNone(unreached, `${manifest.name} would ship modules no entry point imports`, 'Export them, or keep them out of the build (rollup.config.js, tsconfig) and "files".');
      });

      it('points bin, customElements and sideEffects at packed files', () => {
        const { manifest, files } = get(pkg);
        const problems: string[] = [];
        const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
        for (const [name, bin] of Object.entries(bins)) {
          const file = strip(bin);
          if (!files.has(file)) {
            problems.push(`bin ${name}: ${file} is not packed`);
            continue;
          }
          const executable = (mode: number) => (mode & 0o111) !== 0;
          if (!executable(statSync(join(packageDir(pkg), file)).mode) || !executable(files.get(file)!)) {
            problems.push(`bin ${name}: ${file} is not executable (chmod +x ${file}, and commit the mode)`);
          }
          if (!readText(pkg, file).startsWith('#!/usr/bin/env node\n')) problems.push(`bin ${name}: ${file} does not start with #!/usr/bin/env node`);
          for (const target of binTargets(pkg, manifest)) if (!files.has(target)) problems.push(`bin ${name} runs ${target}, which is not packed`);
          // bin/slk.js runs the TypeScript sources where it finds tsconfig.json: never in the package.
          if (readText(pkg, file).includes('tsconfig.json') && files.has('tsconfig.json')) problems.push(`bin ${name} would run from src/: tsconfig.json is packed`);
        }
        if (pkg === 'sdk') expect(Object.keys(bins), 'the SDK has its command line').to.deep.equal(['slk']);
        if (pkg === 'components') {
          if (!manifest.customElements) problems.push('no "customElements" field');
          else if (!files.has(strip(manifest.customElements))) problems.push(`customElements: ${manifest.customElements} is not packed`);
        }
        for (const glob of Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []) {
          if (![...files.keys()].some((file) => globToRegExp(glob).test(file))) problems.push(`sideEffects: ${glob} matches no packed file`);
        }
        expectNone(problems, `${manifest.name} fields point at nothing`, `Fix packages/${pkg}/package.json.`);
      });
    });
  }

  describe('@slk/sdk in Node', () => {
    it('imports every entry from a consumer, to the built files', async () => {
      const entries = get('sdk').entries.filter((entry) => entry.runtime);
      const { stdout } = await run(process.execPath, ['--input-type=module', '--no-warnings', '-e', IMPORT_EACH], {
        cwd: root,
        env: { ...process.env, SLK_ENTRIES: JSON.stringify(entries.map((e) => e.specifier)), NODE_OPTIONS: '' },
      });
      const results = JSON.parse(stdout) as Array<{ specifier: string; resolved?: string; exports?: number; error?: string }>;
      const problems = results.flatMap((result, i) => {
        const expected = pathToFileURL(join(packageDir('sdk'), entries[i]!.runtime!)).href;
        if (result.error) return [`${result.specifier}: ${result.error}`];
        if (result.resolved !== expected) return [`${result.specifier} resolves to ${result.resolved}, not ${expected}`];
        if (!result.exports) return [`${result.specifier} exports nothing`];
        return [];
      });
      expect(results.length).to.equal(entries.length);
      expectNone(problems, 'Node cannot import @slk/sdk as published', 'Check "exports" in packages/sdk/package.json and the module named.');
    });

    it('runs the installed command line (dist/cli/main.js, as bin/slk.js does outside this repository)', async () => {
      const [cli] = binTargets('sdk', get('sdk').manifest);
      expect(cli, 'bin/slk.js names the built CLI').to.equal('dist/cli/main.js');
      const script = "const { main } = await import(process.env.SLK_CLI); process.exitCode = await main(['--help']);";
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, SLK_CLI: pathToFileURL(join(packageDir('sdk'), cli!)).href, NODE_OPTIONS: '' },
      });
      expect(stdout).to.include('validate');
    });
  });

  describe("a consumer's bundle", () => {
    const components = readdirSync(join(packageDir('components'), 'src'), { withFileTypes: true })
      // As rollup.config.js names them: a folder with its class module and a define module.
      .filter((d) => d.isDirectory() && ['define.ts', `${d.name}.ts`].every((f) => existsSync(join(packageDir('components'), 'src', d.name, f))))
      .map((d) => d.name)
      .sort();
    let graph: Metafile['inputs'];

    /** Every module `entry` pulls in (before tree-shaking), each with the module that imported it. */
    function pulledIn(entry: string): Map<string, string> {
      const importers = new Map<string, string>([[entry, '']]);
      const queue = [entry];
      while (queue.length > 0) {
        const module = queue.shift()!;
        for (const { path } of graph[module]?.imports ?? []) {
          if (importers.has(path)) continue;
          importers.set(path, module);
          queue.push(path);
        }
      }
      return importers;
    }

    const chain = (modules: Map<string, string>, module: string) => {
      const path = [module];
      while (modules.get(path[0]!)) path.unshift(modules.get(path[0]!)!);
      return path.slice(1).join(' → ');
    };

    /** One line per folder `leak` names (its modules counted), with the first way in. */
    function leaks(modules: Map<string, string>, leak: (module: string) => string | undefined): string[] {
      const folders = new Map<string, string[]>();
      for (const module of modules.keys()) {
        const folder = leak(module);
        if (folder) folders.set(folder, [...(folders.get(folder) ?? []), module]);
      }
      return [...folders].map(([folder, [first, ...rest]]) => `${folder}${rest.length > 0 ? ` (${rest.length + 1} modules)` : ''}, via ${chain(modules, first!)}`);
    }

    const OTHER_COMPONENT = /^packages\/components\/dist\/([^/]+)\//;
    const FIXTURES = /^packages\/sdk\/dist\/fixtures\//;

    before(async () => {
      // One line each, resolved through node_modules with a bundler's default conditions.
      const consumers: Record<string, string> = { sdk: "export * from '@slk/sdk';" };
      for (const entry of get('components').entries.filter((e) => e.runtime?.endsWith('.js'))) {
        consumers[entry.specifier] = `import '${entry.specifier}';`;
      }
      const plugin: Plugin = {
        name: 'consumers',
        setup(b) {
          b.onResolve({ filter: /^consumer:/ }, ({ path }) => ({ path: path.slice('consumer:'.length), namespace: 'consumer' }));
          b.onLoad({ filter: /.*/, namespace: 'consumer' }, ({ path }) => ({ contents: consumers[path], resolveDir: root, loader: 'js' }));
        },
      };
      try {
        const result = await build({
          absWorkingDir: root,
          entryPoints: Object.keys(consumers).map((name) => `consumer:${name}`),
          bundle: true,
          splitting: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          outdir: join(tmpdir(), 'slk-packages-test'),
          metafile: true,
          logLevel: 'silent',
          plugins: [plugin],
        });
        graph = result.metafile.inputs;
      } catch (error) {
        const failure = error as BuildFailure;
        const messages = (failure.errors ?? []).map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
        throw new Error(`esbuild could not bundle the published entries:${list(messages.length > 0 ? messages : [String(error)])}`, { cause: error });
      }
    });

    it('bundles the built files, not the TypeScript sources', () => {
      const sources = Object.keys(graph).filter((module) => /^packages\/[^/]+\/src\//.test(module));
      expect(sources, 'a bundler without the "source" condition must get dist/').to.deep.equal([]);
      const entry = graph['consumer:@slk/components/feedback-form/define.js'];
      expect(entry?.imports.map((i) => i.path)).to.deep.equal(['packages/components/dist/feedback-form/define.js']);
    });

    it('pulls no Lit and no fixtures into a bundle of @slk/sdk', () => {
      const modules = pulledIn('consumer:sdk');
      expect(modules.size).to.be.greaterThan(10);
      const found = leaks(modules, (m) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.exec(m)?.[0] ?? (FIXTURES.test(m) ? 'packages/sdk/dist/fixtures/' : undefined));
      expectNone(found, '@slk/sdk pulls in modules it should not', 'The SDK never renders: keep Lit and the fixtures out of its entry.');
    });

    for (const name of components) {
      it(`pulls no other component into a bundle of @slk/components/${name}/define.js`, () => {
        const entry = `consumer:@slk/components/${name}/define.js`;
        expect(graph, `${name}/define.js is exported`).to.have.property(entry);
        const registersProvider = graph[`packages/components/dist/${name}/define.js`]?.imports.some((i) => i.path === `packages/components/dist/${PROVIDER}/define.js`);
        const found = leaks(pulledIn(entry), (module) => {
          if (FIXTURES.test(module)) return 'packages/sdk/dist/fixtures/';
          const folder = OTHER_COMPONENT.exec(module)?.[1];
          if (!folder || folder === name || !components.includes(folder) || (folder === PROVIDER && registersProvider)) return undefined;
          return `packages/components/dist/${folder}/`;
        });
        expectNone(
          found,
          `importing <slk-${name}> pulls in other components or the SDK fixtures`,
          `Only <slk-${PROVIDER}> may come along, and only when ${name}/define.js registers it; move shared code to internal/, and take fixtures in tests only.`,
        );
      });
    }

    for (const name of components) {
      it(`pulls no other component into a bundle of the class @slk/components/${name}.js`, () => {
        const entry = `consumer:@slk/components/${name}.js`;
        expect(graph, `the ${name} class is exported`).to.have.property(entry);
        const found = leaks(pulledIn(entry), (module) => {
          if (FIXTURES.test(module)) return 'packages/sdk/dist/fixtures/';
          const folder = OTHER_COMPONENT.exec(module)?.[1];
          return folder && folder !== name && components.includes(folder) ? `packages/components/dist/${folder}/` : undefined;
        });
        expectNone(found, `importing the ${name} class pulls in other components or the SDK fixtures`, 'A class module registers nothing and needs no other element.');
      });
    }
  });
});
