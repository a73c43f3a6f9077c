#!/usr/bin/env node
// `npm run bench`: performance budgets, measured in headless Chromium, reported against their
// budgets. Not a test: timings vary with the machine, so they never run inside `npm test`.
//   storage.bench.ts    IndexedDbStore saving and loading a large review
//   timeline.bench.ts   <slk-review-timeline> showing, searching and scrolling 10,000 entries
//   factor-map.bench.ts <slk-factor-map> drawing 300 factors and 600 links, and one edit
//   action-tracker.bench.ts <slk-action-tracker> showing, sorting and filtering 5,000 actions
//   feedback-form.bench.ts <slk-feedback-form> drawing, validating and saving a 60-question form
//   drop-in sizes       every cdn/*.min.js, gzip: slk.min.js under 90 kB, each other under 45 kB
// It runs `npm run build` first (the sizes are of the drop-ins as built now); --no-build skips it.
//   --json          print the figures as JSON
//   --report-only   exit 0 even when a budget is missed (CI prints figures without gating)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../../scripts/find-chrome.mjs';
import { dropInSizes } from '../../scripts/size.mjs';

const BUDGETS = {
  saveAction: { metric: 'median', ms: 10, label: 'Save one edited action (IndexedDB, 10,000 entries / 5,000 actions)' },
  loadReview: { metric: 'median', ms: 300, label: 'Load and validate that review (IndexedDB)' },
};
// The timeline's budgets (issue text): "10,000 entries across 8 agencies: first render under
// 150 ms; applying a filter or search under 16 ms of script per keystroke; fewer than 1,500
// DOM nodes in the component's shadow tree at any time; JS heap growth under 30 MB".
// Each is met when the figure is strictly below its limit. First render gates on the median
// of 10 fresh elements, as the storage budgets do: its p95 is the slowest single run (the cold
// one, before the JIT has warmed up), printed beside it. A keystroke gates on p95 (39 keys).
const TIMELINE_BUDGETS = {
  firstRender: { metric: 'median', limit: 150, unit: 'ms', label: 'Timeline first render (set .review → updateComplete + a frame)' },
  keystroke: { metric: 'p95', limit: 16, unit: 'ms', label: 'Timeline search, script per keystroke (input event → updateComplete)' },
  domNodes: { metric: 'max', limit: 1500, unit: 'nodes', label: 'Timeline shadow tree, most nodes at any point (text and comments included)' },
  heap: { metric: 'growthMB', limit: 30, unit: 'MB', label: 'Timeline JS heap growth (after gc; element still showing the review)' },
};
// The factor map's budgets (issue text): "300 factors, 600 links: first render under 150 ms,
// longest task under 50 ms, re-render after one edit under 16 ms". First render gates on the
// median of 10 fresh elements drawing the levels map (the heaviest view); the longest task is
// the longest the browser reported during all the renders and edits (0 when none passed
// 50 ms, the Long Tasks API's threshold); an edit gates on p95 over 20 edits.
const FACTOR_BUDGETS = {
  firstRender: { metric: 'median', limit: 150, unit: 'ms', label: 'Factor map first render, levels map (set .review → updateComplete)' },
  longestTask: { metric: 'max', limit: 50, unit: 'ms', label: 'Factor map longest task while rendering and editing (Long Tasks API)' },
  edit: { metric: 'p95', limit: 16, unit: 'ms', label: 'Factor map re-render after one factor is edited' },
};
// The action tracker's budgets (issue text): "5,000 actions: first render under 150 ms; sort
// or filter under 16 ms of script; DOM nodes bounded regardless of row count". First render
// gates on the median of 10 fresh elements drawing the table (set .review → updateComplete,
// as the factor map's); a sort gates on p95 over every column both ways (20 sorts), a filter
// on p95 over each keystroke of the typed words, the other kinds of filter and clearing each
// one. "Bounded" gates on growth: the most nodes in the shadow tree with 5,000 actions over
// the most with 500 (both past the table's virtualising threshold and the board's cap per
// column), the larger of the table's and the board's ratios; the counts are printed. The
// issue sets no limit on long tasks, so the longest (Long Tasks API) is printed, not gated.
const ACTION_BUDGETS = {
  firstRender: { metric: 'median', limit: 150, unit: 'ms', label: 'Action tracker first render, table (set .review → updateComplete)' },
  sort: { metric: 'p95', limit: 16, unit: 'ms', label: 'Action tracker sort, script per change (set .sort → updateComplete)' },
  filter: { metric: 'p95', limit: 16, unit: 'ms', label: 'Action tracker filter, script per change (set .filter → updateComplete)' },
  domNodes: { metric: 'ratio', limit: 1.2, unit: '×', label: 'Action tracker shadow tree nodes, 5,000 actions over 500 (larger of table and board)' },
};
// The feedback form's budgets (issue text): "A 60-question form: first render under 50 ms;
// validation on submit with 10 errors under 10 ms; draft save under 5 ms per change". The form
// is drawn on one page (every question at once). First render gates on the median of 10
// fresh elements (definition set → every question drawn, the check for a saved draft
// included); validation on the median of 10 presses of Continue, each on a fresh element
// (click → error summary drawn; the first, cold, run is printed beside it); a
// change on p95 of 40 (click → the answer recorded, the draft queued, validity and form data
// updated, the form re-drawn). The draft's write to IndexedDB, which follows after a pause and
// off the typing path, is printed beside it, not gated.
const FORM_BUDGETS = {
  firstRender: { metric: 'median', limit: 50, unit: 'ms', label: 'Feedback form first render, 60 questions on one page (set .definition → drawn)' },
  validation: { metric: 'median', limit: 10, unit: 'ms', label: 'Feedback form Continue with 10 errors (click → error summary drawn)' },
  change: { metric: 'p95', limit: 5, unit: 'ms', label: 'Feedback form one change, draft queued (click → updateComplete)' },
};
// A typical laptop window; the list renders more rows, so more nodes, in a taller one.
const TIMELINE_VIEWPORT = { width: 1280, height: 800 };

// Issue 12's budgets for what an intranet page downloads, gzip-compressed (level 9, as
// scripts/size.mjs measures): the everything bundle and each component's own drop-in.
const SIZE_BUDGETS = { everything: 90, component: 45 };

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) {
  console.log('Building the drop-ins (npm run build)…');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const sizeRows = dropInSizes().map((file) => {
  const everything = file.name === 'slk.min.js';
  const limit = everything ? SIZE_BUDGETS.everything : SIZE_BUDGETS.component;
  const value = file.gzip / 1024;
  return {
    key: file.name,
    label: everything ? `Drop-in ${file.name} (everything), gzip` : `Drop-in ${file.name}, gzip`,
    metric: 'gzip',
    value,
    limit,
    unit: 'kB',
    minified: file.minified / 1024,
    brotli: file.brotli / 1024,
    ok: value < limit,
  };
});
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

/** One benchmark bundled for the browser: sources, as the browser tests run them. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022', // lowers the components' standard decorators, which Chromium lacks
    tsconfig: 'tsconfig.base.json',
    conditions: ['source'], // @slk/sdk from its TypeScript sources, as build-site.mjs does
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
const scripts = {
  '/bench.js': await bundle('test/bench/storage.bench.ts'),
  '/timeline.js': await bundle('test/bench/timeline.bench.ts'),
  '/factor-map.js': await bundle('test/bench/factor-map.bench.ts'),
  '/action-tracker.js': await bundle('test/bench/action-tracker.bench.ts'),
  '/feedback-form.js': await bundle('test/bench/feedback-form.bench.ts'),
};
const PAGES = { '/timeline': '/timeline.js', '/factor-map': '/factor-map.js', '/action-tracker': '/action-tracker.js', '/feedback-form': '/feedback-form.js' };
const pageFor = (src) => `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><body><script type="module" src="${src}"></script>`;
// IndexedDB needs a real origin, so the pages are served rather than opened from files.
const server = createServer((req, res) => {
  if (scripts[req.url]) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[req.url]);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' }).end(pageFor(PAGES[req.url] ?? '/bench.js'));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

// Exact heap figures, and gc() so each reading is taken after a collection.
const launchArgs = [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const browser = await puppeteer.launch({ executablePath, headless: true, args: launchArgs });
let results;
let timeline;
let factors;
let tracker;
let feedback;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  results = await page.evaluate(() => globalThis.runBench({ entries: 10000, actions: 5000, saves: 50, loads: 10 }));
  await page.close();

  const timelinePage = await browser.newPage();
  await timelinePage.setViewport(TIMELINE_VIEWPORT);
  const errors = [];
  timelinePage.on('pageerror', (error) => errors.push(error));
  await timelinePage.goto(`http://127.0.0.1:${port}/timeline`);
  await timelinePage.waitForFunction(() => typeof globalThis.runTimelineBench === 'function');
  timeline = await timelinePage.evaluate(() =>
    globalThis.runTimelineBench({ entries: 10000, agencies: 8, renders: 10, words: ['record 4711', 'agency 5', 'episode'] }),
  );
  if (errors.length) throw new Error(`The timeline page threw: ${errors.map(String).join('; ')}`);

  const factorPage = await browser.newPage();
  await factorPage.setViewport(TIMELINE_VIEWPORT);
  factorPage.on('pageerror', (error) => errors.push(error));
  await factorPage.goto(`http://127.0.0.1:${port}/factor-map`);
  await factorPage.waitForFunction(() => typeof globalThis.runFactorMapBench === 'function');
  factors = await factorPage.evaluate(() => globalThis.runFactorMapBench({ factors: 300, renders: 10, edits: 20 }));
  if (errors.length) throw new Error(`The factor map page threw: ${errors.map(String).join('; ')}`);

  const trackerPage = await browser.newPage();
  await trackerPage.setViewport(TIMELINE_VIEWPORT);
  trackerPage.on('pageerror', (error) => errors.push(error));
  await trackerPage.goto(`http://127.0.0.1:${port}/action-tracker`);
  await trackerPage.waitForFunction(() => typeof globalThis.runActionTrackerBench === 'function');
  tracker = await trackerPage.evaluate(() =>
    globalThis.runActionTrackerBench({ actions: 5000, baseline: 500, renders: 10, words: ['audit', 'synthetic action 42', 'agency 3'] }),
  );
  if (errors.length) throw new Error(`The action tracker page threw: ${errors.map(String).join('; ')}`);

  const formPage = await browser.newPage();
  await formPage.setViewport(TIMELINE_VIEWPORT);
  formPage.on('pageerror', (error) => errors.push(error));
  await formPage.goto(`http://127.0.0.1:${port}/feedback-form`);
  await formPage.waitForFunction(() => typeof globalThis.runFeedbackFormBench === 'function');
  feedback = await formPage.evaluate(() => globalThis.runFeedbackFormBench({ questions: 60, required: 10, renders: 10, changes: 40 }));
  if (errors.length) throw new Error(`The feedback form page threw: ${errors.map(String).join('; ')}`);
} finally {
  await browser.close();
  server.close();
}

const rows = Object.entries(BUDGETS).map(([key, budget]) => {
  const sample = results[key];
  const value = sample[budget.metric];
  return { ...budget, key, value, p95: sample.p95, runs: sample.runs, ok: value <= budget.ms };
});
const timelineRows = Object.entries(TIMELINE_BUDGETS).map(([key, budget]) => {
  const value = timeline[key][budget.metric];
  return { ...budget, key, value, ok: value < budget.limit };
});
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET  ');
const factorRows = Object.entries(FACTOR_BUDGETS).map(([key, budget]) => {
  const value = factors[key][budget.metric];
  return { ...budget, key, value, ok: value < budget.limit };
});
const trackerRows = Object.entries(ACTION_BUDGETS).map(([key, budget]) => {
  const value = tracker[key][budget.metric];
  return { ...budget, key, value, ok: value < budget.limit };
});
const formRows = Object.entries(FORM_BUDGETS).map(([key, budget]) => {
  const value = feedback[key][budget.metric];
  return { ...budget, key, value, ok: value < budget.limit };
});
const allRows = [...rows.map((row) => ({ ...row, limit: row.ms, unit: 'ms' })), ...timelineRows, ...factorRows, ...trackerRows, ...formRows, ...sizeRows];
if (args.has('--json')) {
  console.log(JSON.stringify({ browser: executablePath, ...results, timeline, factors, tracker, feedback, budgets: allRows }, null, 2));
} else {
  console.log(`Benchmarks in ${executablePath}; review of ${results.review.entries} entries, ${results.review.actions} actions, ${results.review.factors} factors.`);
  console.log(`  (first save of the whole review: ${results.firstSave.toFixed(0)} ms; validating it alone: median ${results.validateOnly.median.toFixed(0)} ms)`);
  for (const row of rows) {
    console.log(
      `  ${verdict(row.ok)}  ${row.label}: median ${row.value.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms over ${row.runs} runs (budget ${row.ms} ms)`,
    );
  }
  const t = timeline;
  const matches = Object.entries(t.keystroke.matches).map(([word, n]) => `“${word}” ${n}`).join(', ');
  console.log(`<slk-review-timeline>: review of ${t.review.entries} entries across ${t.review.agencies} agencies, viewport ${t.viewport.width}×${t.viewport.height}.`);
  console.log(
    `  (first render: ${t.firstRender.rendered} rows in the list, first (cold) run ${t.firstRender.first.toFixed(0)} ms; ` +
      `typing: ${t.keystroke.runs} keystrokes made ${t.keystroke.rendersInKeystrokes} renders, then ${t.keystroke.followUpRenders} more after measuring rows, ` +
      `${t.keystroke.updateMs.toFixed(0)} ms of Lit updates in all; entries found: ${matches}; ` +
      `at the bottom of the list: entry ${t.scroll.lastShown} of ${t.scroll.total}; switching to lanes: ${t.lanes.switchMs.toFixed(0)} ms)`,
  );
  const budgetText = (row) => `budget: ${row.metric === 'max' || row.metric === 'growthMB' ? '' : `${row.metric} `}${row.unit === 'nodes' ? 'fewer than' : 'under'} ${row.limit} ${row.unit}`;
  for (const row of timelineRows) {
    let figures;
    if (row.key === 'domNodes') {
      const list = t.domNodes.maxInList;
      figures =
        `${t.domNodes.max} nodes (${t.domNodes.maxAt}); ${t.domNodes.maxElements} elements at most (${t.domNodes.maxElementsAt}); ` +
        `in the list view at most ${list.nodes} nodes, ${list.elements} elements (${list.at})`;
    } else if (row.key === 'heap') {
      const mb = (n) => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)} MB`;
      figures = `${mb(t.heap.growthMB)} (${mb(t.heap.afterRemoveMB)} once the element is removed)`;
    } else {
      const sample = t[row.key];
      figures = `median ${sample.median.toFixed(1)} ms, p95 ${sample.p95.toFixed(1)} ms, max ${sample.max.toFixed(1)} ms over ${sample.runs} runs`;
    }
    console.log(`  ${verdict(row.ok)}  ${row.label}: ${figures} (${budgetText(row)})`);
  }
  const f = factors;
  console.log(`<slk-factor-map>: ${f.review.factors} factors, ${f.review.links} links (map ${f.review.height}px tall; ${f.review.nodes} factor nodes drawn at the top, at most ${f.review.mostNodes} while scrolling through it), viewport ${TIMELINE_VIEWPORT.width}×${TIMELINE_VIEWPORT.height}.`);
  console.log(`  (tree view first render: median ${f.treeRender.median.toFixed(1)} ms, p95 ${f.treeRender.p95.toFixed(1)} ms; tasks over 50 ms: ${f.longestTask.count})`);
  for (const row of factorRows) {
    const sample = f[row.key];
    const figures = row.key === 'longestTask' ? `${sample.max.toFixed(0)} ms` : `median ${sample.median.toFixed(1)} ms, p95 ${sample.p95.toFixed(1)} ms, max ${sample.max.toFixed(1)} ms over ${sample.runs} runs`;
    console.log(`  ${verdict(row.ok)}  ${row.label}: ${figures} (budget: ${row.metric === 'max' ? '' : `${row.metric} `}under ${row.limit} ${row.unit})`);
  }
  const a = tracker;
  const nodes = (c) => `${c.nodes} nodes, ${c.elements} elements`;
  const found = Object.entries(a.filter.matches).map(([what, n]) => `${what} ${n}`).join(', ');
  console.log(`<slk-action-tracker>: ${a.review.actions} actions (${a.review.agencies} agencies, ${a.review.recommendations} recommendations), RAG as of ${a.review.today}, viewport ${a.viewport.width}×${a.viewport.height}.`);
  console.log(
    `  (first render: ${a.firstRender.rows} rows in the table, first (cold) run ${a.firstRender.first.toFixed(0)} ms, ` +
      `with style and layout median ${a.firstRender.withLayout.median.toFixed(1)} ms; board first render: median ${a.boardRender.median.toFixed(1)} ms, p95 ${a.boardRender.p95.toFixed(1)} ms, ${a.boardRender.cards} cards; ` +
      `longest task ${a.longestTask.max.toFixed(0)} ms, tasks over 50 ms: ${a.longestTask.count}${a.longestTask.count ? ` (ms, by phase: ${JSON.stringify(a.longestTask.phases)})` : ''}; ` +
      `slowest sort by column: ${Object.entries(a.sort.byColumn).map(([c, ms]) => `${c} ${ms.toFixed(1)}`).join(', ')} ms; ` +
      `filtering: narrowing p95 ${a.filter.narrowing.p95.toFixed(1)} ms over ${a.filter.narrowing.runs}, clearing p95 ${a.filter.clear.p95.toFixed(1)} ms over ${a.filter.clear.runs}; actions found: ${found})`,
  );
  for (const row of trackerRows) {
    let figures;
    if (row.key === 'domNodes') {
      const d = a.domNodes;
      figures =
        `${d.ratio.toFixed(2)}× (table ${d.tableRatio.toFixed(2)}×: ${nodes(d.large.tableMost)} with ${a.review.actions} actions, most while scrolling, ${nodes(d.baseline.tableMost)} with ${a.review.baseline}; ` +
        `board ${d.boardRatio.toFixed(2)}×: ${nodes(d.large.board)} with ${a.review.actions}, ${nodes(d.baseline.board)} with ${a.review.baseline})`;
    } else {
      const sample = a[row.key];
      figures = `median ${sample.median.toFixed(1)} ms, p95 ${sample.p95.toFixed(1)} ms, max ${sample.max.toFixed(1)} ms over ${sample.runs} runs`;
    }
    console.log(`  ${verdict(row.ok)}  ${row.label}: ${figures} (budget: ${row.metric === 'ratio' ? '' : `${row.metric} `}under ${row.limit}${row.unit === '×' ? '' : ' '}${row.unit})`);
  }
}
if (!args.has('--json')) {
  const ff = feedback;
  console.log(`<slk-feedback-form>: ${ff.form.questions} questions in ${ff.form.sections} sections on one page, ${ff.form.required} of them required.`);
  console.log(`  (the error summary listed ${ff.validation.errors} problems, first (cold) press of Continue ${ff.validation.first.toFixed(1)} ms; the draft's write to IndexedDB after a pause: median ${ff.draftWrite.median.toFixed(1)} ms, p95 ${ff.draftWrite.p95.toFixed(1)} ms over ${ff.draftWrite.runs})`);
  for (const row of formRows) {
    const sample = ff[row.key];
    console.log(`  ${verdict(row.ok)}  ${row.label}: median ${sample.median.toFixed(1)} ms, p95 ${sample.p95.toFixed(1)} ms, max ${sample.max.toFixed(1)} ms over ${sample.runs} runs (budget: ${row.metric} under ${row.limit} ${row.unit})`);
  }
}
if (!args.has('--json')) {
  console.log('Drop-in bundles, as an intranet page downloads them (scripts/size.mjs):');
  for (const row of sizeRows) {
    console.log(`  ${verdict(row.ok)}  ${row.label}: ${row.value.toFixed(1)} kB (minified ${row.minified.toFixed(1)} kB, brotli ${row.brotli.toFixed(1)} kB) (budget: under ${row.limit} kB)`);
  }
  console.log(`\n${summaryTable(allRows)}`);
}

/** Every budget in one table: what was measured, the figure, the limit, and the verdict. */
function summaryTable(rowsToShow) {
  const figure = (row) => {
    const n = row.value;
    if (row.unit === 'nodes') return `${Math.round(n)} nodes`;
    if (row.unit === '×') return `${n.toFixed(2)}×`;
    return `${n.toFixed(1)} ${row.unit}`;
  };
  const limit = (row) => `< ${row.limit}${row.unit === '×' ? '×' : ` ${row.unit}`}`;
  const cells = rowsToShow.map((row) => [row.label, row.metric, figure(row), limit(row), row.ok ? 'within' : 'OVER']);
  const header = ['What', 'Measure', 'Figure', 'Budget', 'Result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const over = rowsToShow.filter((row) => !row.ok).length;
  return [
    `Budgets: ${rowsToShow.length - over} of ${rowsToShow.length} within${over ? `, ${over} over` : ''}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

if (allRows.some((r) => !r.ok) && !args.has('--report-only')) process.exitCode = 1;
