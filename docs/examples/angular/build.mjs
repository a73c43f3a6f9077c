#!/usr/bin/env node
// Builds the Angular example ahead of time, without the Angular CLI:
//  1. ngc (@angular/compiler-cli, Angular's own AOT compiler) compiles src/ to plain
//     JavaScript in dist/.ngc/, type-checking every template (strictTemplates);
//  2. esbuild bundles that into dist/main.js. Angular's own packages ship "partially
//     compiled"; the Angular linker (a Babel plugin from the same compiler package) finishes
//     them during bundling, as the Angular CLI does, so no compiler reaches the browser.
// `node build.mjs` builds for production (dist/); `node build.mjs --serve` also recompiles
// on every change and serves the app on http://localhost:4200/ in development mode.
// Why this route, not the Angular CLI: @angular/build brings a second Vite, Rolldown, Sass
// and native file watchers (~100 packages, platform binaries); this needs compiler-cli and
// the esbuild the repository already has.
import { transformAsync } from '@babel/core';
import linkerPlugin from '@angular/compiler-cli/linker/babel';
import { build, context } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, 'dist');
const COMPILED = join(DIST, '.ngc');
const serve = process.argv.includes('--serve');

const require = createRequire(import.meta.url);
const compilerCli = dirname(require.resolve('@angular/compiler-cli/package.json'));
const ngc = join(compilerCli, JSON.parse(readFileSync(join(compilerCli, 'package.json'), 'utf8')).bin.ngc);

/** Runs ngc; resolves when it exits (once), or after its first compilation (watching). */
function compile({ watch = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ngc, '-p', join(HERE, 'tsconfig.json'), ...(watch ? ['--watch'] : [])], {
      cwd: HERE,
      stdio: ['ignore', watch ? 'pipe' : 'inherit', watch ? 'pipe' : 'inherit'],
    });
    if (watch) {
      // ngc reports its watch progress on stderr.
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
          process.stderr.write(chunk);
          if (/Compilation complete/i.test(String(chunk))) resolve(child);
        });
      }
    }
    child.on('close', (code) => (code === 0 && !watch ? resolve(child) : reject(new Error(`ngc exited with code ${code}`))));
  });
}

/** Finishes Angular's partially compiled packages (`ɵɵngDeclare…` calls) while bundling. */
const angularLinker = {
  name: 'angular-linker',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].+\.m?js$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
      const result = await transformAsync(code, {
        filename: path,
        plugins: [linkerPlugin],
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: false,
      });
      return { contents: result?.code ?? code, loader: 'js' };
    });
  },
};

const options = {
  entryPoints: [join(COMPILED, 'main.js'), join(HERE, 'src/app.css')],
  entryNames: 'main',
  outdir: DIST,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  plugins: [angularLinker],
  logLevel: 'warning',
  // What the Angular CLI defines for a browser build (not server rendering), and in
  // production: no development checks, no JIT compiler.
  define: {
    ngServerMode: 'false',
    ...(serve ? {} : { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' }),
  },
  minify: !serve,
  legalComments: 'none',
};

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
copyFileSync(join(HERE, 'index.html'), join(DIST, 'index.html'));

if (serve) {
  await compile({ watch: true });
  const dev = await context(options);
  await dev.watch();
  const { port } = await dev.serve({ servedir: DIST, port: 4200, host: '127.0.0.1' });
  console.log(`The Angular example is on http://localhost:${port}/ (Ctrl+C to stop).`);
} else {
  await compile();
  await build(options);
  // The bundle is what ships; ngc's intermediate output is not.
  rmSync(COMPILED, { recursive: true, force: true });
}
