// Runs in Chromium (test/bench/run.mjs bundles and loads it): <slk-review-timeline> showing a
// review of 10,000 chronology entries across 8 agencies. It measures what a reader feels:
// the first render, each keystroke in the search box, how many nodes the shadow tree holds
// (after the first render, every keystroke, scrolling and the lane view) and how much the
// JS heap grows. Times are read with performance.now() in the page.
import { generateReview } from '../../packages/sdk/src/fixtures/generate.js';
import { parseReview } from '../../packages/sdk/src/model/validate.js';
import type { Review } from '../../packages/sdk/src/model/schemas.js';
import '../../packages/components/src/review-timeline/define.js';
import type { SlkReviewTimeline } from '../../packages/components/src/review-timeline/review-timeline.js';
import { type NodeCount, countNodes, settle, summarise } from './measure.js';

export interface TimelineBenchOptions {
  readonly entries: number;
  readonly agencies: number;
  /** First renders to time, each on a fresh element. */
  readonly renders: number;
  /** Words typed into the search box one character at a time. */
  readonly words: readonly string[];
}

/** Chromium only; `--enable-precise-memory-info` makes it exact rather than bucketed. */
interface ChromiumPerformance extends Performance {
  readonly memory?: { readonly usedJSHeapSize: number };
}

/** Garbage-collects (Chromium started with --js-flags=--expose-gc), then reads the JS heap. */
async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = (performance as ChromiumPerformance).memory;
  if (!gc || !memory) throw new Error('Start Chromium with --js-flags=--expose-gc and --enable-precise-memory-info.');
  // Let pending frames and timers (the component's 500 ms announcement) finish first.
  await new Promise((resolve) => setTimeout(resolve, 600));
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return memory.usedJSHeapSize;
}

/** Counts Lit updates (render and commit) and the time they take, on one element. */
function watchUpdates(el: SlkReviewTimeline): { count: number; ms: number } {
  const watched = { count: 0, ms: 0 };
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update.bind(el);
  target.update = (changed: unknown) => {
    const start = performance.now();
    update(changed);
    watched.ms += performance.now() - start;
    watched.count++;
  };
  return watched;
}

async function bench(options: TimelineBenchOptions) {
  const parsed = parseReview(generateReview({ seed: 7, entries: options.entries, agencies: options.agencies }));
  if (!parsed.ok) throw new Error('The generated review is not valid.');
  const review: Review = parsed.review;
  const counts: NodeCount[] = [];
  const heapBefore = await heapAfterGc();

  // 1. First render: the review set on an element already in the document, until the update
  // is done and the next frame has laid it out. Each run has a fresh element and a fresh
  // review object (the component caches its sorted rows per review object).
  const renders: number[] = [];
  let previous: SlkReviewTimeline | undefined;
  for (let i = 0; i < options.renders; i++) {
    previous?.remove();
    const fresh = document.createElement('slk-review-timeline');
    document.body.append(fresh);
    await settle(fresh);
    const copy = { ...review };
    const start = performance.now();
    fresh.review = copy;
    await fresh.updateComplete;
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        void fresh.offsetHeight; // layout, if the frame has not done it yet
        resolve();
      }),
    );
    renders.push(performance.now() - start);
    previous = fresh;
  }
  if (!previous) throw new Error('Time at least one first render.');
  const el = previous;
  await settle(el);
  counts.push(countNodes(el, 'after the first render'));
  const rendered = el.shadowRoot!.querySelectorAll('li[data-id]').length;

  // 2. Typing: each word one character at a time, as the search box's input events; the
  // first word is then deleted one character at a time, the others cleared at once.
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('The timeline has no search box.');
  let shown = review.chronology.length;
  el.addEventListener('slk-filter-change', (event) => (shown = event.detail.shown));
  const updates = watchUpdates(el);
  const keystrokes: number[] = [];
  let rendersInKeystrokes = 0;
  let followUpRenders = 0;
  const matches: Record<string, number> = {};
  const type = async (value: string, label: string) => {
    input.value = value;
    const before = updates.count;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    keystrokes.push(performance.now() - start);
    const after = updates.count;
    if (after === before) throw new Error(`Typing ${label} did not update the timeline.`);
    rendersInKeystrokes += after - before;
    counts.push(countNodes(el, `typing ${label}`));
    await settle(el);
    followUpRenders += updates.count - after;
    counts.push(countNodes(el, `typing ${label}, settled`));
  };
  for (const [w, word] of options.words.entries()) {
    for (let n = 1; n <= word.length; n++) await type(word.slice(0, n), `“${word.slice(0, n)}”`);
    matches[word] = shown;
    if (w === 0) {
      for (let n = word.length - 1; n >= 0; n--) await type(word.slice(0, n), n ? `“${word.slice(0, n)}” (deleting)` : '(deleted)');
    } else {
      await type('', '(cleared)');
    }
  }
  const keystrokeUpdateMs = updates.ms;

  // 3. Scrolling the list to the middle and the bottom.
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.list-scroller');
  if (!scroller) throw new Error('The timeline has no list.');
  scroller.scrollTop = scroller.scrollHeight / 2 - scroller.clientHeight / 2;
  await settle(el);
  counts.push(countNodes(el, 'scrolled to the middle'));
  scroller.scrollTop = scroller.scrollHeight;
  await settle(el);
  // Measured heights change the list's length as it is read: settle again at the new bottom.
  scroller.scrollTop = scroller.scrollHeight;
  await settle(el);
  counts.push(countNodes(el, 'scrolled to the bottom'));
  const positions = [...el.shadowRoot!.querySelectorAll('li[data-id]')].map((li) => Number(li.getAttribute('aria-posinset')));
  const lastShown = Math.max(0, ...positions);

  // 4. The lane view.
  const lanesStart = performance.now();
  el.view = 'lanes';
  await el.updateComplete;
  const lanesMs = performance.now() - lanesStart;
  await settle(el);
  counts.push(countNodes(el, 'lane view'));

  // 5. The heap, with the element still showing the review, then once it is removed.
  const heapAfter = await heapAfterGc();
  el.remove();
  const heapAfterRemove = await heapAfterGc();

  const most = counts.reduce((a, b) => (b.nodes > a.nodes ? b : a));
  const mostElements = counts.reduce((a, b) => (b.elements > a.elements ? b : a));
  const mostInList = counts.filter((c) => c.at !== 'lane view').reduce((a, b) => (b.nodes > a.nodes ? b : a));
  const mb = (bytes: number) => bytes / (1024 * 1024);
  return {
    review: { entries: review.chronology.length, agencies: review.agencies.length },
    viewport: { width: innerWidth, height: innerHeight },
    firstRender: { ...summarise(renders), first: renders[0]!, rendered },
    keystroke: { ...summarise(keystrokes), rendersInKeystrokes, followUpRenders, updateMs: keystrokeUpdateMs, matches },
    domNodes: { max: most.nodes, maxAt: most.at, maxElements: mostElements.elements, maxElementsAt: mostElements.at, maxInList: mostInList, counts },
    scroll: { lastShown, total: review.chronology.length },
    lanes: { switchMs: lanesMs },
    heap: { growthMB: mb(heapAfter - heapBefore), afterRemoveMB: mb(heapAfterRemove - heapBefore), beforeMB: mb(heapBefore) },
  };
}

export type TimelineBenchResults = Awaited<ReturnType<typeof bench>>;

(globalThis as { runTimelineBench?: typeof bench }).runTimelineBench = bench;
