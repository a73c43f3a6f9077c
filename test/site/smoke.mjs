#!/usr/bin/env node
// Loads every page of the built docs site in headless Chromium, served exactly as `npm start`
// serves it (strict CSP with Trusted Types), and fails when a page:
//  - logs a console error or warning, throws, or violates the Content Security Policy;
//  - requests anything that fails or answers 4xx/5xx;
//  - leaves a kit element undefined or without rendered content;
//  - has any axe violation (WCAG 2.2 AA, target size included);
//  - has a `#fragment` link, to itself or to another page of the site, with no element of that id.
// Guide headings (h2–h4) carry GitHub-style ids; a few known ones are checked by name.
// On the home page it also checks the sample review panel (the review stored in IndexedDB, a
// redacted download, a draft that survives a reload), switches to Welsh with the keyboard,
// checks the page and the kit follow, that the choice survives a reload, and runs axe on pages
// in Welsh too.
// Run after `npm run build && npm run build:site`; `.ci/run` does.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../../scripts/find-chrome.mjs';
import { STRICT_PROOF_POLICY, serveSite } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const pages = [
  'index.html',
  'publication.html',
  'csp.html',
  ...readdirSync('site-dist/docs', { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Headings whose ids guides and readers rely on: page → id → heading text. */
const KNOWN_HEADINGS = {
  'docs/components/review-timeline.html': { theming: 'Theming', editing: 'Editing' },
  'docs/getting-started.html': { 'react-vue-and-angular': 'React, Vue and Angular' },
  'docs/sdk/storage.html': { 'two-tabs': 'Two tabs', redaction: 'Redaction' },
  'docs/sdk/schema-reference.html': { reviewactionsleadofficer: 'review.actions[].leadOfficer' },
};

/** Every id on each page, and every link to another page's fragment, checked once all are loaded. */
const idsByPage = new Map();
const fragmentLinks = [];

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// Port 0: any free port, so a running `npm start` does not get in the way.
const server = await serveSite({ port: 0, quiet: true });
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
const failures = [];

async function axeViolations(path) {
  const audit = await openPage(path, { bypassCsp: true, keepStorage: true });
  await audit.page.evaluate(AXE_SOURCE);
  const violations = await audit.page.evaluate(async () => {
    window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  await audit.page.close();
  return [...audit.problems, ...violations.map((v) => `axe: ${v}`)];
}

async function openPage(path, { bypassCsp = false, keepStorage = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  await page.setBypassCSP(bypassCsp);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  if (!keepStorage) {
    // Each tab starts in English: a language remembered from an earlier page is cleared once,
    // before the page's scripts run; a reload in the same tab keeps what the reader chose.
    await page.evaluateOnNewDocument(() => {
      if (!sessionStorage.getItem('slk-smoke-cleared')) {
        localStorage.clear();
        sessionStorage.setItem('slk-smoke-cleared', '1');
      }
    });
  }
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle0' });
  if (!bypassCsp && !response?.headers()['content-security-policy']?.includes("script-src 'self'")) {
    problems.push('the page was served without the strict Content Security Policy');
  }
  return { page, problems, policy: response?.headers()['content-security-policy'] };
}

/**
 * The chronology: <slk-review store="local"> seeds IndexedDB from the sample file, the
 * timeline lists all 92 entries, a search is kept in the address, and the storage panel's
 * reset (delete, then write again) reaches the timeline through the store's notifications.
 */
async function checkTimeline(page) {
  const problems = [];
  const timeline = 'document.querySelector("slk-review-timeline")?.shadowRoot';
  const size = () => page.evaluate(`Number(${timeline}?.querySelector(".entries > li")?.getAttribute("aria-setsize") ?? 0)`);
  const waitForSize = (n) => page.waitForFunction(`Number(${timeline}?.querySelector(".entries > li")?.getAttribute("aria-setsize") ?? 0) === ${n}`, { timeout: 10000 }).then(() => true, () => false);
  if (!(await waitForSize(92))) return [`the chronology did not list the sample's 92 entries (it listed ${await size()})`];
  const search = await page.evaluateHandle(`${timeline}.querySelector('input[type="search"]')`);
  await search.click();
  await page.keyboard.type('nursery');
  if (!(await page.waitForFunction(`${timeline}.querySelectorAll(".entries > li").length > 0 && Number(${timeline}.querySelector(".entries > li").getAttribute("aria-setsize")) < 92`, { timeout: 5000 }).then(() => true, () => false))) problems.push('searching the chronology changed nothing');
  if (!decodeURIComponent(await page.evaluate(() => location.hash)).includes('chronology-timeline=q=nursery')) problems.push('the search was not kept in the address');
  // Clear the search as a reader would, with the timeline's own button.
  await (await page.evaluateHandle(`[...${timeline}.querySelectorAll('.count button')].find((b) => b.textContent.trim() === 'Clear filters')`)).click();
  if (!(await waitForSize(92))) problems.push('clearing the filters did not bring every entry back');
  await page.click('[data-reset]');
  await new Promise((r) => setTimeout(r, 500));
  if (!(await waitForSize(92))) problems.push(`after resetting the sample, the chronology did not show it again (it listed ${await size()}; search "${await page.evaluate(`${timeline}.querySelector('input[type="search"]').value`)}"; ${await page.evaluate(`document.querySelector('slk-review').shadowRoot.textContent.trim().slice(0, 200)`)})`);
  return problems;
}

/** The factor map under the same review: its tree, its levels map, and a keyboard path. */
async function checkFactorMap(page) {
  const problems = [];
  const map = 'document.querySelector("slk-factor-map")?.shadowRoot';
  const factors = () => page.evaluate(`${map}?.querySelectorAll('[role="treeitem"][aria-level="2"]').length ?? 0`);
  if (!(await page.waitForFunction(`(${map}?.querySelectorAll('[role="treeitem"][aria-level="2"]').length ?? 0) === 19`, { timeout: 10000 }).then(() => true, () => false))) {
    return [`the factor map's tree did not list the sample's 19 factors (it listed ${await factors()})`];
  }
  await (await page.evaluateHandle(`[...${map}.querySelectorAll('.views button')].find((b) => b.textContent.trim() === 'Levels map')`)).click();
  if (!(await page.waitForFunction(`${map}.querySelectorAll('.map [data-key^="factor:"]').length === 19`, { timeout: 5000 }).then(() => true, () => false))) problems.push('the levels map did not draw the 19 factors');
  // The map is one tab stop; the arrow keys move along a level.
  await page.evaluate(`${map}.querySelector('.map [tabindex="0"]').focus()`);
  const first = await page.evaluate(`${map}.activeElement?.dataset.key`);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(`${map}.activeElement?.dataset.key`);
  if (!first || !second || first === second) problems.push('the arrow keys did not move between factors in the levels map');
  await (await page.evaluateHandle(`[...${map}.querySelectorAll('.views button')].find((b) => b.textContent.trim() === 'Tree')`)).click();
  return problems;
}

/** The action plan: every sample action in the table, the summary, and the board. */
async function checkActionTracker(page) {
  const problems = [];
  const tracker = 'document.querySelector("slk-action-tracker")?.shadowRoot';
  const rows = () => page.evaluate(`${tracker}?.querySelectorAll('tr.action-row').length ?? 0`);
  if (!(await page.waitForFunction(`(${tracker}?.querySelectorAll('tr.action-row').length ?? 0) === 28`, { timeout: 10000 }).then(() => true, () => false))) {
    return [`the action tracker did not list the sample's 28 actions (it listed ${await rows()})`];
  }
  const summary = await page.evaluate(`${tracker}.querySelector('[part~="summary"]')?.textContent ?? ''`);
  if (!/Red: \d+/.test(summary.replace(/\s+/g, ' '))) problems.push('the action plan summary did not count actions by RAG');
  await (await page.evaluateHandle(`[...${tracker}.querySelectorAll('.views button')].find((b) => b.textContent.trim() === 'Board')`)).click();
  if (!(await page.waitForFunction(`${tracker}.querySelectorAll('.board .card').length === 28`, { timeout: 5000 }).then(() => true, () => false))) problems.push('the board did not show the 28 actions as cards');
  await (await page.evaluateHandle(`[...${tracker}.querySelectorAll('.views button')].find((b) => b.textContent.trim() === 'Table')`)).click();
  return problems;
}

/** The feedback form keeps an answer across a reload; the summary counts the sample's responses. */
async function checkFeedback(page) {
  const problems = [];
  const summary = 'document.querySelector("slk-feedback-summary")?.shadowRoot';
  const counted = `(${summary}?.textContent ?? '').replace(/\\s+/g, ' ').includes('12 of the 34 people who attended answered')`;
  if (!(await page.waitForFunction(counted, { timeout: 10000 }).then(() => true, () => false))) problems.push('the feedback summary did not count the 12 evaluations from the day');
  const form = 'document.querySelector("slk-feedback-form")?.shadowRoot';
  const police = `${form}?.querySelector('input[name$="-sector"][value="police"]')`;
  if (!(await page.waitForFunction(`!!${police}`, { timeout: 10000 }).then(() => true, () => false))) return [...problems, 'the feedback form did not show its first question'];
  await (await page.evaluateHandle(police)).click();
  const saved = `(${form}?.querySelector('.draft__status')?.textContent ?? '').includes('Saved on this device')`;
  if (!(await page.waitForFunction(saved, { timeout: 5000 }).then(() => true, () => false))) return [...problems, 'the feedback form did not save its draft'];
  await page.reload({ waitUntil: 'networkidle0' });
  const restored = `!!${form}?.querySelector('.banner') && ${police}?.checked === true`;
  if (!(await page.waitForFunction(restored, { timeout: 10000 }).then(() => true, () => false))) problems.push('the feedback form did not restore the answer after a reload');
  // Leave the page as it was found: clear the answer (and its draft) again.
  const button = (name) => page.evaluateHandle(`[...${form}.querySelectorAll('button')].find((b) => b.textContent.trim() === '${name}')`);
  await (await button('Clear my answers')).click();
  await (await button('Yes, clear my answers')).click();
  return problems;
}

/** The loop worksheet: on the finding it names, its work survives a reload. */
async function checkWorksheet(page) {
  const root = 'document.querySelector("slk-loop-worksheet")?.shadowRoot';
  const button = (name) => page.evaluateHandle(`[...${root}.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('${name}'))`);
  const onFinding = `${root}?.querySelector('select')?.value === 'finding-1'`;
  if (!(await page.waitForFunction(onFinding, { timeout: 10000 }).then(() => true, () => false))) return ['the loop worksheet did not start on finding-1'];
  await (await button('Continue')).click();
  const box = `${root}?.querySelector('textarea')`;
  if (!(await page.waitForFunction(`!!${box}`, { timeout: 5000 }).then(() => true, () => false))) return ['the loop worksheet did not move on to the defensive response'];
  await (await page.evaluateHandle(box)).type('Remind everyone of the policy.');
  const saved = `(${root}?.querySelector('.draft__status')?.textContent ?? '').includes('Saved on this device')`;
  if (!(await page.waitForFunction(saved, { timeout: 5000 }).then(() => true, () => false))) return ['the loop worksheet did not save its draft'];
  await page.reload({ waitUntil: 'networkidle0' });
  const restored = `!!${root}?.querySelector('.restored') && ${box}?.value === 'Remind everyone of the policy.'`;
  const problems = [];
  if (!(await page.waitForFunction(restored, { timeout: 10000 }).then(() => true, () => false))) problems.push('the loop worksheet did not restore its work after a reload');
  // Leave the page as it was found.
  await (await button('Clear my worksheet')).click();
  await (await button('Yes, clear my worksheet')).click();
  return problems;
}

/** The practice briefing: drawn from the stored review, fits one page, and an edit survives a reload. */
async function checkBriefing(page) {
  const root = 'document.querySelector("slk-practice-briefing")?.shadowRoot';
  const drawn = `(${root}?.querySelector('.preview .bsec--recommendations li')?.textContent ?? '').includes('protocol for families')`;
  if (!(await page.waitForFunction(drawn, { timeout: 10000 }).then(() => true, () => false))) return ['the practice briefing did not show the review’s recommendations'];
  const problems = [];
  const fit = await page.evaluate(`${root}.querySelector('.fit')?.textContent.trim()`);
  if (fit !== 'Fits on one A4 page.') problems.push(`the practice briefing does not fit one page: ${fit}`);
  const box = (label) => page.evaluateHandle(`[...${root}.querySelectorAll('.section-control input[type="checkbox"]')].find((c) => c.parentElement.textContent.trim() === '${label}')`);
  await (await box('What went well')).click();
  const saved = `(${root}?.querySelector('.draft__status')?.textContent ?? '').includes('Saved on this device')`;
  if (!(await page.waitForFunction(saved, { timeout: 5000 }).then(() => true, () => false))) problems.push('the practice briefing did not save its edits');
  await page.reload({ waitUntil: 'networkidle0' });
  const kept = `!!${root}?.querySelector('.preview .bsec--case') && !${root}?.querySelector('.preview .bsec--went-well')`;
  if (!(await page.waitForFunction(kept, { timeout: 10000 }).then(() => true, () => false))) problems.push('the practice briefing did not keep a hidden section after a reload');
  // Leave the page as it was found.
  const button = (name) => page.evaluateHandle(`[...${root}.querySelectorAll('button')].find((b) => b.textContent.trim() === '${name}')`);
  await (await button('Reset the whole briefing to generated')).click();
  await (await button('Yes, reset the briefing')).click();
  return problems;
}

/**
 * WCAG 1.4.10 reflow: at 320 CSS px wide the page does not scroll sideways. Wide tables and
 * the chronology's lanes may scroll inside their own boxes; the page itself may not.
 */
async function checkReflow(page) {
  const viewport = page.viewport();
  await page.setViewport({ width: 320, height: 800 });
  await new Promise((r) => setTimeout(r, 300));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewport(viewport);
  return width > 320 ? [`at 320 px wide the page scrolls sideways (${width} px of content)`] : [];
}

/** The overview: the review's facts, its six clocks with their states in words, the plan's counts. */
async function checkOverview(page) {
  const rows = `[...document.querySelectorAll('#overview-clocks tbody tr')]`;
  if (!(await page.waitForFunction(`${rows}.length === 6`, { timeout: 10000 }).then(() => true, () => false))) {
    return [`the overview did not list the review's 6 clocks (it listed ${await page.evaluate(`${rows}.length`)})`];
  }
  const problems = [];
  const states = await page.evaluate(`${rows}.map((row) => row.innerText.replace(/\\s+/g, ' ').trim())`);
  if (!states[0].startsWith('Serious incident notification') || !states[0].endsWith('Met on time')) problems.push(`the first clock reads "${states[0]}"`);
  if (!/Overdue by \d+ working days$/.test(states[5])) problems.push(`the 12-month plan review clock reads "${states[5]}"`);
  const plan = await page.$eval('#overview-plan', (el) => el.innerText.trim());
  if (plan !== '28 actions, 24 active, 4 overdue.') problems.push(`the overview's plan line reads "${plan}"`);
  // An edit in the action plan reaches the overview: supersede an action, by keyboard, with
  // its reason. (checkTimeline's reset puts the sample back.)
  const tracker = 'document.querySelector("slk-action-tracker")?.shadowRoot';
  if (!(await page.waitForFunction(`(${tracker}?.querySelectorAll('tr.action-row').length ?? 0) === 28`, { timeout: 10000 }).then(() => true, () => false))) return [...problems, 'the action plan did not load'];
  const press = async (expression) => {
    await (await page.evaluateHandle(expression)).focus();
    await page.keyboard.press('Enter');
  };
  await press(`${tracker}.querySelector('tr.action-row button.row-title')`);
  await page.waitForFunction(`!!${tracker}.querySelector('dialog[open] select')`, { timeout: 5000 });
  await page.evaluate(`(() => { const s = ${tracker}.querySelector('dialog[open] select'); s.value = [...s.options].find((o) => o.textContent.trim() === 'Superseded').value; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
  await press(`[...${tracker}.querySelectorAll('dialog[open] button')].find((b) => b.textContent.trim() === 'Move')`);
  await page.waitForFunction(`[...${tracker}.querySelectorAll('dialog[open] button')].some((b) => b.textContent.trim() === 'Save')`, { timeout: 5000 });
  await page.keyboard.type('Replaced by the regional portal work.');
  await press(`[...${tracker}.querySelectorAll('dialog[open] button')].find((b) => b.textContent.trim() === 'Save')`);
  const followed = () => document.querySelector('#overview-plan')?.innerText.trim() === '28 actions, 23 active, 4 overdue.';
  if (!(await page.waitForFunction(followed, { timeout: 5000 }).then(() => true, () => false))) problems.push(`superseding an action did not reach the overview: "${await page.$eval('#overview-plan', (el) => el.innerText.trim())}"`);
  await page.keyboard.press('Escape');
  return problems;
}

/**
 * The published review: fetched by src= for the publication audience, read only. Every
 * element shows it; nothing offers to edit; the chronology gives dates to the month.
 */
async function checkPublication(page) {
  const problems = [];
  const timeline = 'document.querySelector("slk-review-timeline")?.shadowRoot';
  if (!(await page.waitForFunction(`(${timeline}?.querySelectorAll(".entries > li").length ?? 0) > 0`, { timeout: 10000 }).then(() => true, () => false))) {
    return ['the published review did not list any chronology entries'];
  }
  const text = await page.evaluate(`${timeline}.textContent.replace(/\\s+/g, ' ')`);
  const exact = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/.exec(text);
  if (exact) problems.push(`the published chronology shows an exact date ("${exact[0]}")`);
  const editing = await page.evaluate(() =>
    [...document.querySelectorAll('slk-review *')]
      .filter((el) => el.shadowRoot)
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('button')].map((b) => `${el.localName}: ${b.textContent.trim()}`))
      // The kit's own editing controls (an action's title can start "Add…" too, so not any verb).
      .filter((label) => /: (Edit|Delete entry|Add (an? )?(entry|chronology entry|factor|contributory factor|action|evidence|pattern|progress note|milestone)|Remove (factor|pattern))\b/.test(label)),
  );
  if (editing.length) problems.push(`the published review offers editing: ${editing.slice(0, 3).join('; ')}`);
  const briefing = await page.evaluate(`document.querySelector("slk-practice-briefing")?.shadowRoot?.querySelector('.preview')?.textContent ?? ''`);
  if (!briefing.includes('protocol for families')) problems.push('the published practice briefing did not show the recommendations');
  return problems;
}

/** The strict-CSP proof: served with exactly the documented policy; every element drawn; no violations. */
async function checkCspProof(page, policy) {
  const problems = [];
  if (policy !== STRICT_PROOF_POLICY) problems.push(`csp.html was served with "${policy}", not the documented proof policy`);
  if (!(await page.waitForFunction(() => document.documentElement.dataset.cspProof, { timeout: 15000 }).then(() => true, () => false))) {
    return [...problems, 'the proof page never finished checking its elements'];
  }
  const status = await page.$eval('#csp-status', (el) => el.innerText.trim());
  if ((await page.evaluate(() => document.documentElement.dataset.cspProof)) !== 'clean') problems.push(`the proof page says: ${status}`);
  if (!/^All 9 kit elements rendered/.test(status)) problems.push(`the proof page did not find all 9 elements: ${status}`);
  return problems;
}

/** The sample review panel: stored in IndexedDB, downloads redacted, drafts kept. */
async function checkSamplePanel(page) {
  const problems = [];
  const ready = () => page.waitForSelector('section[data-ready]', { timeout: 15000 }).then(() => true, () => false);
  const text = (selector) => page.$eval(selector, (el) => el.innerText.trim());
  if (!(await ready())) return ['the sample review panel never became ready'];
  if (!(await text('#store-status')).includes('92 chronology entries and 28 actions')) problems.push(`the sample review was not stored: ${await text('#store-status')}`);

  // A download for publication, saved as the browser saves it, holds no staff name or contact.
  const downloads = mkdtempSync(join(tmpdir(), 'slk-downloads-'));
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('[data-export="publication json"]');
    const file = join(downloads, 'child-j-publication.json');
    // The file can appear before Chromium has finished writing it: wait until it reads whole.
    const whole = () => {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    };
    for (let i = 0; i < 50 && !(existsSync(file) && whole()); i++) await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(file) || !whole()) problems.push('the publication download was not saved whole');
    else {
      const saved = readFileSync(file, 'utf8');
      const copy = whole();
      if (copy.audience !== 'publication' || /Okafor-Reed|Mabry-Ellis|@example\.org|07700/.test(saved)) problems.push('the publication download was not redacted');
    }
    if (!(await text('#export-report')).startsWith('Downloaded child-j-publication.json.')) problems.push('the download was not reported');
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }

  // A draft typed, the page reloaded: the draft is back.
  const words = 'A note typed into the demo';
  await page.type('#draft-note', words);
  await page.waitForFunction(() => document.querySelector('#draft-status')?.innerText.startsWith('Draft saved'), { timeout: 5000 }).catch(() => {});
  await page.reload({ waitUntil: 'networkidle0' });
  if (!(await ready())) return [...problems, 'the sample review panel did not come back after a reload'];
  if ((await page.$eval('#draft-note', (el) => el.value)) !== words) problems.push('the draft did not survive a reload');
  if ((await text('#draft-status')) !== 'Your draft was restored.') problems.push('the restored draft was not announced');
  await page.click('[data-discard]');
  await page.waitForFunction(() => document.querySelector('#draft-status')?.innerText === 'Draft discarded.', { timeout: 5000 }).catch(() => {});
  await page.reload({ waitUntil: 'networkidle0' });
  await ready();
  if ((await page.$eval('#draft-note', (el) => el.value)) !== '') problems.push('a discarded draft came back');
  return problems;
}

try {
  for (const path of pages) {
    // Pass 1: as served, under the strict CSP.
    const { page, problems, policy } = await openPage(path);
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('slk-'))
        .map((el) => ({
          tag: el.localName,
          defined: Boolean(customElements.get(el.localName)),
          rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
        })),
    );
    for (const el of elements) {
      if (!el.defined) problems.push(`<${el.tag}> was never defined`);
      else if (!el.rendered) problems.push(`<${el.tag}> rendered nothing`);
    }
    if (elements.length === 0) problems.push('no kit element on the page');

    // Fragment links: same-page ones must land on an element now; others once every page is read.
    const anchors = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      links: [...document.querySelectorAll('a[href*="#"]')].map((a) => ({ href: a.getAttribute('href'), url: a.href })),
      headings: Object.fromEntries([...document.querySelectorAll('h2[id], h3[id], h4[id]')].map((h) => [h.id, h.textContent.trim()])),
      missingIds: [...document.querySelectorAll('.guide .prose :is(h2, h3, h4):not([id])')].map((h) => h.textContent.trim()),
    }));
    idsByPage.set(path, new Set(anchors.ids));
    const here = new URL(path, server.url);
    for (const { href, url } of anchors.links) {
      const target = new URL(url);
      const id = decodeURIComponent(target.hash.slice(1));
      if (!id) continue;
      if (target.origin !== here.origin) continue;
      if (target.pathname === here.pathname) {
        if (!anchors.ids.includes(id)) problems.push(`the link "${href}" points at #${id}, which is not on the page`);
      } else {
        const page = target.pathname.slice(new URL(server.url).pathname.length);
        fragmentLinks.push({ from: path, href, page, id });
      }
    }
    for (const text of anchors.missingIds) problems.push(`the heading "${text}" has no id to link to`);
    for (const [id, text] of Object.entries(KNOWN_HEADINGS[path] ?? {})) {
      if (anchors.headings[id] !== text) problems.push(`expected a heading "${text}" with id="${id}"; found ${anchors.headings[id] === undefined ? 'none' : `"${anchors.headings[id]}"`}`);
    }

    if (!path.startsWith('docs/')) problems.push(...(await checkReflow(page)));
    if (path === 'publication.html') problems.push(...(await checkPublication(page)));
    if (path === 'csp.html') problems.push(...(await checkCspProof(page, policy)));
    if (path === 'index.html') {
      problems.push(...(await checkOverview(page)));
      problems.push(...(await checkTimeline(page)));
      problems.push(...(await checkFactorMap(page)));
      problems.push(...(await checkActionTracker(page)));
      problems.push(...(await checkFeedback(page)));
      problems.push(...(await checkWorksheet(page)));
      problems.push(...(await checkBriefing(page)));
      problems.push(...(await checkSamplePanel(page)));
      // A keyboard user switches the page and the kit to Welsh: Tab to "Cymraeg", press Enter.
      const label = () =>
        page.evaluate(() => document.querySelector('slk-language-switch')?.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label'));
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent?.trim());
        if (focused === 'Cymraeg') break;
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('slk-language-switch')?.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') === 'Iaith',
        { timeout: 5000 },
      ).catch(() => {});
      if ((await label()) !== 'Iaith') problems.push('switching to Cymraeg with the keyboard did not translate the kit');
      const welshPage = () =>
        page.evaluate(() => ({ lang: document.documentElement.lang, heading: document.querySelector('h1')?.innerText.trim() }));
      const expected = JSON.stringify({ lang: 'cy', heading: 'Dysgu o adolygiadau ymarfer' });
      if (JSON.stringify(await welshPage()) !== expected) problems.push(`the page did not switch to Welsh: ${JSON.stringify(await welshPage())}`);
      await page.reload({ waitUntil: 'networkidle0' });
      if (JSON.stringify(await welshPage()) !== expected || (await label()) !== 'Iaith') problems.push('the choice of Welsh was not remembered after a reload');
      // Axe on the Welsh home page, and on a guide read with the kit in Welsh.
      for (const welsh of ['index.html', 'docs/getting-started.html']) {
        problems.push(...(await axeViolations(welsh)).map((p) => `in Welsh, ${welsh}: ${p}`));
      }
      await page.evaluate(() => localStorage.clear());
    }
    await page.close();
    // Later pages' axe runs must see English: nothing remembered.


    // Pass 2: axe needs to inject its script, which the page's CSP rightly forbids.
    problems.push(...(await axeViolations(path)));

    if (problems.length) failures.push({ path, problems });
    console.log(`${problems.length ? '✗' : '✓'} ${path}${elements.length ? ` (${elements.map((e) => e.tag).join(', ')})` : ''}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }

  // Links from one page to a fragment of another.
  const broken = fragmentLinks.filter(({ page, id }) => !idsByPage.get(page)?.has(id));
  for (const { from, href, page, id } of broken) {
    const reason = idsByPage.has(page) ? `${page} has no element with id="${id}"` : `${page} is not a page of the site`;
    const failure = failures.find((f) => f.path === from) ?? failures[failures.push({ path: from, problems: [] }) - 1];
    failure.problems.push(`the link "${href}": ${reason}`);
    console.log(`✗ ${from}\n    the link "${href}": ${reason}`);
  }
  console.log(`${broken.length ? '✗' : '✓'} ${fragmentLinks.length} links to a fragment of another page${broken.length ? `, ${broken.length} broken` : ', all resolve'}`);
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} of ${pages.length} pages have problems.`);
  process.exit(1);
}
console.log(`\nAll ${pages.length} pages load cleanly under the strict CSP, with no axe violations.`);
