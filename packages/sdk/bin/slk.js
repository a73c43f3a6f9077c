#!/usr/bin/env node
// `slk`: the Safeguarding Learning Kit SDK's command line (`slk --help`).
//
// Installed from npm, it runs the built CLI in dist/. In the kit's own repository (where
// packages/sdk/tsconfig.json exists and dist/ may be missing or stale) it runs the
// TypeScript source through tsx, so `node packages/sdk/bin/slk.js` works straight after
// `npm ci`, with no build step.
import { existsSync } from 'node:fs';

const inRepository = existsSync(new URL('../tsconfig.json', import.meta.url));
let cli;
if (inRepository) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/main.ts', import.meta.url).href);
} else {
  cli = await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
