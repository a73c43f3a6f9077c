// Runs in Chromium (test/bench/run.mjs bundles and loads it): <slk-action-tracker> showing a
// review of 5,000 actions, with RAG worked out for the sample's "today". It measures the first
// render of the table (and of the board), the longest task the browser reports while it works
// (Long Tasks API: any task over 50 ms, script, style, layout and paint), re-sorting and re-filtering the table (script only: the property set
// until the update is done), and how many nodes the shadow tree holds in the table and the
// board, against the same views of a 500-action review. Times are read with performance.now()
// in the page.
import { generateReview } from '../../packages/sdk/src/fixtures/generate.js';
import { SAMPLE_TODAY } from '../../packages/sdk/src/fixtures/child-j.js';
import { parseReview } from '../../packages/sdk/src/model/validate.js';
import type { Review } from '../../packages/sdk/src/model/schemas.js';
import '../../packages/components/src/action-tracker/define.js';
import type { SlkActionTracker } from '../../packages/components/src/action-tracker/action-tracker.js';
import { COLUMNS, DEFAULT_SORT, EMPTY_FILTER, type ActionFilter } from '../../packages/components/src/action-tracker/action-model.js';
import { type NodeCount, countNodes, frame, recordLongTasks, settle, summarise } from './measure.js';

export interface ActionTrackerBenchOptions {
  readonly actions: number;
  /** The smaller review whose node counts the large one's are compared with. */
  readonly baseline: number;
  /** First renders to time, each on a fresh element. */
  readonly renders: number;
  /** Words typed into the filter's query one character at a time (each a new `.filter`). */
  readonly words: readonly string[];
}

function makeReview(actions: number): Review {
  const parsed = parseReview(generateReview({ actions, seed: 5 }));
  if (!parsed.ok) throw new Error('The generated review is not valid.');
  return parsed.review;
}

/** An element showing `review` in `view`, in the document and settled. */
async function showing(review: Review, view: 'table' | 'board'): Promise<SlkActionTracker> {
  const el = document.createElement('slk-action-tracker');
  el.today = SAMPLE_TODAY;
  el.view = view;
  el.review = review;
  document.body.append(el);
  await settle(el);
  return el;
}

/** Node counts of both views of one review: the table at its top, middle and bottom, and the board. */
async function nodeCounts(review: Review): Promise<{ table: NodeCount; tableMost: NodeCount; board: NodeCount; rows: number; cards: number }> {
  const label = `${review.actions.length} actions`;
  const el = await showing(review, 'table');
  if (!el.shadowRoot!.querySelector('.table-scroller--virtual')) throw new Error(`With ${label} the table is not virtual: compare larger reviews.`);
  const table = countNodes(el, `${label}, table`);
  const rows = el.shadowRoot!.querySelectorAll('tr[data-id]').length;
  let tableMost = table;
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroller');
  if (!scroller) throw new Error('The action tracker has no table.');
  for (const [where, top] of [
    ['middle', scroller.scrollHeight / 2 - scroller.clientHeight / 2],
    ['bottom', scroller.scrollHeight],
  ] as const) {
    scroller.scrollTop = top;
    await settle(el);
    const count = countNodes(el, `${label}, table scrolled to the ${where}`);
    if (count.nodes > tableMost.nodes) tableMost = count;
  }
  el.view = 'board';
  await settle(el);
  const board = countNodes(el, `${label}, board`);
  const cards = el.shadowRoot!.querySelectorAll('li.card').length;
  el.remove();
  await frame();
  return { table, tableMost, board, rows, cards };
}

async function bench(options: ActionTrackerBenchOptions) {
  const review = makeReview(options.actions);
  const small = makeReview(options.baseline);

  // Long tasks are reported after the fact; collect them for the whole run.
  const longTasks = recordLongTasks('render');

  // 1. First render of the table: the review set on a fresh element already in the document,
  // until the update is done. Each run has a fresh element and a fresh review object (the
  // component caches its rows per review object). `withLayout` adds the style and layout
  // of what was drawn (forced at once), which the budget does not count.
  const renders: number[] = [];
  const withLayout: number[] = [];
  for (let i = 0; i < options.renders; i++) {
    const el = document.createElement('slk-action-tracker');
    el.today = SAMPLE_TODAY;
    document.body.append(el);
    await settle(el);
    const copy = { ...review };
    const start = performance.now();
    el.review = copy;
    await el.updateComplete;
    renders.push(performance.now() - start);
    void el.offsetHeight;
    withLayout.push(performance.now() - start);
    await frame();
    el.remove();
    await frame();
  }
  longTasks.phase = 'board';
  const boardRenders: number[] = [];
  for (let i = 0; i < options.renders; i++) {
    const el = document.createElement('slk-action-tracker');
    el.today = SAMPLE_TODAY;
    el.view = 'board';
    document.body.append(el);
    await settle(el);
    const start = performance.now();
    el.review = { ...review };
    await el.updateComplete;
    boardRenders.push(performance.now() - start);
    await frame();
    el.remove();
    await frame();
  }

  // 2. Sorting: every column, ascending then descending, each a new `.sort` object.
  longTasks.phase = 'sort';
  const el = await showing(review, 'table');
  const sorts: number[] = [];
  const byColumn: Record<string, number> = {};
  const firstRows = new Set<string | null | undefined>();
  for (const column of COLUMNS) {
    for (const descending of [false, true]) {
      await frame();
      const start = performance.now();
      el.sort = { column, descending };
      await el.updateComplete;
      const ms = performance.now() - start;
      sorts.push(ms);
      byColumn[column] = Math.max(byColumn[column] ?? 0, ms);
      firstRows.add(el.shadowRoot!.querySelector('tr[data-id]')?.getAttribute('data-id'));
    }
  }
  if (firstRows.size < 2) throw new Error('Sorting did not reorder the table.');

  // 3. Filtering, in the default sort: each word typed into the query a character at a time,
  // then the other kinds of filter; each filter is cleared again (itself a filter change,
  // back to every action, and timed with the rest), so each one starts from the whole plan.
  longTasks.phase = 'filter';
  el.sort = DEFAULT_SORT;
  await settle(el);
  const filters: number[] = [];
  const clears: number[] = [];
  const matches: Record<string, number> = {};
  // "Showing 12 of 5000 actions", or "5000 actions" when nothing is filtered.
  const shown = () => Number((/\d[\d,]*/.exec(el.shadowRoot!.querySelector('.filters__status .count')?.textContent ?? '')?.[0] ?? '').replaceAll(',', ''));
  const apply = async (filter: ActionFilter, into: number[]) => {
    await frame();
    const start = performance.now();
    el.filter = filter;
    await el.updateComplete;
    into.push(performance.now() - start);
  };
  const others: Array<[string, ActionFilter]> = [
    ['status in progress', { ...EMPTY_FILTER, statuses: ['in-progress'] }],
    ['red', { ...EMPTY_FILTER, rags: ['red'] }],
    ['agency-3', { ...EMPTY_FILTER, agencies: ['agency-3'] }],
    ['rec-2', { ...EMPTY_FILTER, recommendationId: 'rec-2' }],
    ['overdue', { ...EMPTY_FILTER, overdue: true }],
    ['due within 30 days', { ...EMPTY_FILTER, dueWithin: 30 }],
    ['agency-1, red and amber, “action 1”', { ...EMPTY_FILTER, agencies: ['agency-1'], rags: ['red', 'amber'], query: 'action 1' }],
  ];
  for (const word of options.words) {
    for (let n = 1; n <= word.length; n++) await apply({ ...EMPTY_FILTER, query: word.slice(0, n) }, filters);
    matches[`“${word}”`] = shown();
    await apply({ ...EMPTY_FILTER }, clears);
  }
  for (const [name, filter] of others) {
    await apply(filter, filters);
    matches[name] = shown();
    await apply({ ...EMPTY_FILTER }, clears);
  }
  el.remove();
  await new Promise((resolve) => setTimeout(resolve, 100));
  longTasks.stop();

  // 4. Nodes in the shadow tree: both views, large and small review.
  const large = await nodeCounts(review);
  const baseline = await nodeCounts(small);
  const ratio = (a: NodeCount, b: NodeCount) => a.nodes / b.nodes;
  const tableRatio = ratio(large.tableMost, baseline.tableMost);
  const boardRatio = ratio(large.board, baseline.board);

  return {
    review: { actions: review.actions.length, baseline: small.actions.length, agencies: review.agencies.length, recommendations: review.recommendations.length, today: SAMPLE_TODAY },
    viewport: { width: innerWidth, height: innerHeight },
    firstRender: { ...summarise(renders), first: renders[0]!, withLayout: summarise(withLayout), rows: large.rows },
    boardRender: { ...summarise(boardRenders), cards: large.cards },
    longestTask: { max: longTasks.all.length ? Math.max(...longTasks.all) : 0, count: longTasks.all.length, phases: longTasks.phases },
    sort: { ...summarise(sorts), byColumn },
    // The budget counts every filter change, clearing included (the "Clear filters" button).
    filter: { ...summarise([...filters, ...clears]), narrowing: summarise(filters), clear: summarise(clears), matches },
    domNodes: {
      // The budget: the large review's count over the small one's, the larger of the two views.
      ratio: Math.max(tableRatio, boardRatio),
      tableRatio,
      boardRatio,
      large,
      baseline,
    },
  };
}

export type ActionTrackerBenchResults = Awaited<ReturnType<typeof bench>>;

(globalThis as { runActionTrackerBench?: typeof bench }).runActionTrackerBench = bench;
