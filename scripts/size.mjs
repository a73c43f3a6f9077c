#!/usr/bin/env node
// Prints the size of everything the kit ships, minified, gzipped and brotli-compressed:
//  - each drop-in bundle in packages/components/cdn/, as an intranet page downloads it;
//  - each public entry of the npm packages, bundled with everything it imports (Lit, zod…)
//    the way an agency's bundler would, so the figure is what that import really costs.
// Run `npm run build` first. `--json` prints the figures as JSON. `npm run bench` reports the
// drop-ins against their budgets (dropInSizes below).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CDN = 'packages/components/cdn';

function measure(name, code) {
  const bytes = Buffer.from(code);
  return {
    name,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Public entries from the packages' export maps (wildcards expanded over the components). */
function publicEntries() {
  const entries = [];
  for (const pkg of ['sdk', 'components']) {
    const manifest = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target !== 'object' || !target.default?.endsWith('.js')) continue;
      if (!subpath.includes('*')) {
        entries.push([`${manifest.name}${subpath.slice(1)}`, `packages/${pkg}/${target.default}`]);
        continue;
      }
      for (const name of componentNames()) {
        entries.push([
          `${manifest.name}${subpath.slice(1).replaceAll('*', name)}`,
          `packages/${pkg}/${target.default.replaceAll('*', name)}`,
        ]);
      }
    }
  }
  return entries;
}

function componentNames() {
  return readdirSync('packages/components/src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`packages/components/src/${d.name}/${d.name}.ts`))
    .map((d) => d.name)
    .sort();
}

async function bundled(name, file) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    conditions: ['production'],
    logLevel: 'silent',
  });
  return measure(name, result.outputFiles[0].text);
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function table(title, rows) {
  const header = ['', 'minified', 'gzip', 'brotli'];
  const body = rows.map((r) => [r.name, kb(r.minified), kb(r.gzip), kb(r.brotli)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Every drop-in bundle in cdn/, measured as served. Throws when they have not been built. */
export function dropInSizes() {
  if (!existsSync(CDN)) throw new Error('No drop-in bundles found: run `npm run build` first.');
  return readdirSync(CDN)
    .filter((f) => f.endsWith('.min.js'))
    .sort()
    .map((f) => measure(f, readFileSync(join(CDN, f))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let dropIns;
  try {
    dropIns = dropInSizes();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const entries = await Promise.all(publicEntries().map(([name, file]) => bundled(name, file)));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ dropIns, entries }, null, 2));
  } else {
    console.log(table('Drop-in bundles (as served)', dropIns));
    console.log('');
    console.log(table('Public entries (bundled with their dependencies)', entries));
    console.log('\nBudgets for the drop-ins are reported by `npm run bench`.');
  }
}
