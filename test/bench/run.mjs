#!/usr/bin/env node
// `npm run bench`: performance budgets, measured in headless Chromium, reported against their
// budgets. Not a test: timings vary with the machine, so they never run inside `npm test`.
//   --json          print the figures as JSON
//   --report-only   exit 0 even when a budget is missed (CI prints figures without gating)
import { build } from 'esbuild';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../../scripts/find-chrome.mjs';

const BUDGETS = {
  saveAction: { metric: 'median', ms: 10, label: 'Save one edited action (IndexedDB, 10,000 entries / 5,000 actions)' },
  loadReview: { metric: 'median', ms: 300, label: 'Load and validate that review (IndexedDB)' },
};

const args = new Set(process.argv.slice(2));
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

const bundle = await build({
  entryPoints: ['test/bench/storage.bench.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;
// IndexedDB needs a real origin, so the page is served rather than opened from a file.
const server = createServer((req, res) => {
  if (req.url === '/bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
let results;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  results = await page.evaluate(() => globalThis.runBench({ entries: 10000, actions: 5000, saves: 50, loads: 10 }));
} finally {
  await browser.close();
  server.close();
}

const rows = Object.entries(BUDGETS).map(([key, budget]) => {
  const sample = results[key];
  const value = sample[budget.metric];
  return { ...budget, key, value, p95: sample.p95, runs: sample.runs, ok: value <= budget.ms };
});
if (args.has('--json')) {
  console.log(JSON.stringify({ browser: executablePath, ...results, budgets: rows }, null, 2));
} else {
  console.log(`Benchmarks in ${executablePath}; review of ${results.review.entries} entries, ${results.review.actions} actions, ${results.review.factors} factors.`);
  console.log(`  (first save of the whole review: ${results.firstSave.toFixed(0)} ms; validating it alone: median ${results.validateOnly.median.toFixed(0)} ms)`);
  for (const row of rows) {
    console.log(
      `  ${row.ok ? 'within budget' : 'OVER BUDGET  '}  ${row.label}: median ${row.value.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms over ${row.runs} runs (budget ${row.ms} ms)`,
    );
  }
}
if (rows.some((r) => !r.ok) && !args.has('--report-only')) process.exitCode = 1;
