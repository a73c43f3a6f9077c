#!/usr/bin/env node
// `npm run test:examples`: builds every framework example under docs/examples/ (each build
// type-checks the app against the kit's published types first), serves the built apps on
// 127.0.0.1 only, and uses each one in headless Chromium the way a person would:
//  - the kit's elements upgrade and show the fictional sample review "Child J", which the app
//    handed over as a property (the plan lists its 28 actions, the chronology its 92 entries);
//  - a click or a key press inside a kit element fires an `slk-*` event, and the app's own
//    state shows what was chosen;
//  - choosing an answer in <slk-feedback-form> reaches the framework's model (React state,
//    Vue's v-model, Angular's FormControl and ngModel), and changing the model from the app
//    fills the form in and empties it again;
//  - Angular only: the forms adapter marks the control touched, and disabling the control
//    disables the element.
// Each page opens in a fresh browser profile, so no draft of answers carries over.
// Any failed check, page error, console error or warning, failed request or HTTP error fails
// the run (exit 1). Run `npm run build` at the repository root first (`npm test` does).
//
// The apps share nothing but conventions: `#selected` shows the chosen action or entry,
// `#model` the answers as the framework holds them, `#fill-role` and `#clear-answers` change
// the model from the app.
/* global document */ // Functions passed to page.waitForFunction() run in the browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../../scripts/find-chrome.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const WAIT = { timeout: 10_000 };

/** Each example: what it demonstrates, and the kit element whose event it exercises. */
const ALL = [
  { name: 'react19', title: 'React 19 (elements used directly)', widget: 'tracker' },
  { name: 'react18', title: 'React 18 (@lit/react wrappers from the manifest)', widget: 'timeline' },
  { name: 'vue', title: 'Vue 3 (isCustomElement, v-model)', widget: 'timeline' },
  // The Angular app shows the form with a FormControl, or with [(ngModel)] at ?forms=template.
  { name: 'angular', title: 'Angular (CUSTOM_ELEMENTS_SCHEMA, ControlValueAccessor, AOT)', widget: 'tracker', forms: { FormControl: '', ngModel: '?forms=template' } },
];
// `node docs/examples/run.mjs vue angular` runs only the examples named.
const only = process.argv.slice(2);
const EXAMPLES = only.length ? ALL.filter((e) => only.includes(e.name)) : ALL;
if (!EXAMPLES.length) {
  console.error(`No example called ${only.join(', ')}: choose from ${ALL.map((e) => e.name).join(', ')}.`);
  process.exit(1);
}

class CheckFailed extends Error {}

function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

/** Waits for a condition in the page; fails the check with `message` if it never holds. */
async function waitFor(page, message, fn, ...args) {
  try {
    await page.waitForFunction(fn, WAIT, ...args);
  } catch {
    throw new CheckFailed(message);
  }
}

const textOf = (page, selector) => page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const textIncludes = (selector, ...parts) => [
  (sel, wanted) => wanted.every((part) => document.querySelector(sel)?.textContent?.includes(part)),
  selector,
  parts,
];

// --- Building -----------------------------------------------------------------------------

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Builds the examples two at a time (the machines have two cores); returns the failures. */
async function buildAll() {
  const queue = [...EXAMPLES];
  const failures = [];
  const worker = async () => {
    for (let example = queue.shift(); example; example = queue.shift()) {
      const started = Date.now();
      const { code, output } = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], join(HERE, example.name));
      example.buildSeconds = (Date.now() - started) / 1000;
      if (code !== 0) failures.push(`${example.name}: \`npm run build\` failed (exit ${code}):\n${output.trim().split('\n').slice(-40).join('\n')}`);
      else if (!existsSync(join(HERE, example.name, 'dist/index.html'))) failures.push(`${example.name}: the build wrote no dist/index.html`);
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

// --- Serving ------------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

/** Serves docs/examples/<name>/dist/ at /<name>/, on 127.0.0.1 and a free port. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const [, name, ...rest] = path.split('/');
    const example = EXAMPLES.find((e) => e.name === name);
    const root = example && join(HERE, example.name, 'dist');
    let file = root && normalize(join(root, ...rest));
    if (file && (file === root || file.endsWith(sep))) file = join(file, 'index.html');
    if (!file || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// --- What a person does -------------------------------------------------------------------

/** The action plan: all 28 sample actions shown; opening one reaches the app's state. */
async function useTracker(page) {
  await waitFor(
    page,
    'the action plan did not list the 28 actions of the sample review (was the review passed as a property?)',
    () => document.querySelector('slk-action-tracker')?.shadowRoot?.querySelectorAll('tr.action-row').length === 28,
  );
  const button = await page.waitForSelector('slk-action-tracker >>> tr.action-row button.row-title', WAIT);
  const title = (await button.evaluate((b) => b.textContent ?? '')).trim();
  await button.click();
  await waitFor(page, `clicking "${title}" in the plan did not show it in the app (slk-action-select)`, ...textIncludes('#selected', title));
  // The element opened the action's details in a modal dialog: close it as a person would.
  await page.keyboard.press('Escape');
  await waitFor(page, 'Escape did not close the action details', () => !document.querySelector('slk-action-tracker')?.shadowRoot?.querySelector('dialog[open]'));
  return `28 actions shown, a click on "${title.slice(0, 30)}…" reached the app (slk-action-select)`;
}

/** The chronology: all 92 sample entries; Enter on the first one reaches the app's state. */
async function useTimeline(page) {
  await waitFor(
    page,
    'the chronology did not list the 92 entries of the sample review (was the review passed as a property?)',
    () => document.querySelector('slk-review-timeline')?.shadowRoot?.querySelector('.entries > li')?.getAttribute('aria-setsize') === '92',
  );
  const entry = await page.waitForSelector('slk-review-timeline >>> article.entry[tabindex="0"]', WAIT);
  const id = await entry.evaluate((article) => article.getAttribute('data-entry') ?? '');
  await entry.focus();
  await page.keyboard.press('Enter');
  await waitFor(page, `pressing Enter on entry ${id} did not show it in the app (slk-entry-select)`, ...textIncludes('#selected', id));
  return `92 entries shown, Enter on entry ${id} reached the app (slk-entry-select)`;
}

const radio = (question, value) => `slk-feedback-form >>> input[type="radio"][name$="-${question}"][value="${value}"]`;
const isChecked = (page, question, value) => page.$eval(radio(question, value), (input) => input.checked);

/** The feedback form's answers: into the framework's model, and back from it. */
async function useFeedbackForm(page, { forms }) {
  const police = await page.waitForSelector(radio('sector', 'police'), WAIT);
  if (forms) expect((await textOf(page, '#touched')).includes('untouched'), `before any answer, #touched should say "untouched", not "${await textOf(page, '#touched')}"`);
  await police.click();
  await waitFor(page, 'choosing "Police" in the form did not reach the app\'s model', ...textIncludes('#model', 'sector', 'police'));
  if (forms) {
    // Touched follows the control losing focus, as with native inputs.
    await page.focus('#fill-role');
    await waitFor(page, 'leaving the form did not mark the Angular control touched', () => /\btouched/.test(document.querySelector('#touched')?.textContent ?? ''));
  }
  await page.click('#fill-role');
  await waitFor(page, 'the app\'s model did not take the role answer set from the app', ...textIncludes('#model', 'role-level', 'frontline'));
  await waitFor(
    page,
    'changing the model from the app did not fill the form in (role: front line not checked)',
    () => document.querySelector('slk-feedback-form')?.shadowRoot?.querySelector('input[type="radio"][name$="-role-level"][value="frontline"]')?.checked === true,
  );
  expect(await isChecked(page, 'sector', 'police'), 'filling in the role from the app lost the "Police" answer chosen in the form');
  await page.click('#clear-answers');
  await waitFor(
    page,
    'clearing the model from the app did not empty the form',
    () => ![...(document.querySelector('slk-feedback-form')?.shadowRoot?.querySelectorAll('input[type="radio"]') ?? [])].some((input) => input.checked),
  );
  // The app re-renders its model on its own schedule (Angular without zone.js batches it), so wait.
  await waitFor(page, 'after clearing, the app still shows the "Police" answer', () => !(document.querySelector('#model')?.textContent ?? '').includes('police'));
  const checked = ['answer in the form → model', 'model → form (fill in, clear)'];
  if (forms) {
    await page.click('#disable');
    await waitFor(page, 'disabling the Angular control did not disable the element', () => document.querySelector('slk-feedback-form')?.hasAttribute('disabled') === true);
    expect(await page.$eval(radio('sector', 'police'), (input) => input.disabled), 'the disabled element still lets people answer');
    await page.click('#disable');
    await waitFor(page, 'enabling the Angular control again did not enable the element', () => document.querySelector('slk-feedback-form')?.hasAttribute('disabled') === false);
    checked.push('touched', 'disabled');
  }
  return `feedback form: ${checked.join(', ')}`;
}

// --- Running ------------------------------------------------------------------------------

/** Opens one page of an example in a fresh browser profile and records anything that goes wrong. */
async function visit(browser, url, use) {
  const context = await browser.createBrowserContext(); // fresh storage: no draft from another page
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // Nothing beyond this machine: the apps must not need the network.
  const origin = new URL(url).origin;
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(origin) || r.url().startsWith('data:') ? r.continue() : r.abort('blockedbyclient')));
  let checked = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    checked = await use(page);
  } catch (error) {
    problems.push(error instanceof CheckFailed ? error.message : `unexpected: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await context.close();
  }
  return { checked, problems };
}

async function exercise(browser, origin, example) {
  const started = Date.now();
  const url = `${origin}/${example.name}/`;
  const widget = example.widget === 'tracker' ? useTracker : useTimeline;
  const results = [];
  if (!example.forms) {
    results.push(await visit(browser, url, async (page) => [await widget(page), await useFeedbackForm(page, {})]));
  } else {
    // Each way of binding the form gets its own page load; the element check runs once.
    let first = true;
    for (const [binding, query] of Object.entries(example.forms)) {
      results.push(
        await visit(browser, url + query, async (page) => {
          const checked = first ? [await widget(page)] : [];
          first = false;
          return [...checked, `${binding}: ${await useFeedbackForm(page, { forms: true })}`];
        }),
      );
    }
  }
  return { checked: results.flatMap((r) => r.checked), problems: results.flatMap((r) => r.problems), seconds: (Date.now() - started) / 1000 };
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'packages/components/dist/index.js')) || !existsSync(join(ROOT, 'packages/components/dist/jsx.d.ts'))) {
  console.error('The kit is not built: run `npm run build` at the repository root first (the examples use its dist/ files, as an npm install would).');
  process.exit(1);
}

const started = Date.now();
const buildFailures = await buildAll();
if (buildFailures.length) {
  console.error(`\n${buildFailures.join('\n\n')}\n\nExamples: ${buildFailures.length} failed to build.`);
  process.exit(1);
}
console.log(`Built ${EXAMPLES.length} examples (${EXAMPLES.map((e) => `${e.name} ${e.buildSeconds.toFixed(1)} s`).join(', ')}).`);

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
let failed = 0;
try {
  for (const example of EXAMPLES) {
    const { checked, problems, seconds } = await exercise(browser, origin, example);
    if (problems.length) {
      failed++;
      console.log(`✗ ${example.title}: ${problems.length} problem(s)\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      console.log(`✓ ${example.title} (${seconds.toFixed(1)} s): ${checked.join('; ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nBuilt and exercised in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`Examples: ${EXAMPLES.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
