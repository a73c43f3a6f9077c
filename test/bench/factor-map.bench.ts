// Runs in Chromium (test/bench/run.mjs bundles and loads it): <slk-factor-map> drawing a
// review of 300 contributory factors with 600 links (each factor linked to an episode and a
// pattern). It measures the first render of the levels map and of the tree, the longest task
// the browser reports while they render (Long Tasks API: any task over 50 ms), and the
// re-render after one factor is edited. Times are read with performance.now() in the page.
import { generateReview } from '../../packages/sdk/src/fixtures/generate.js';
import { parseReview } from '../../packages/sdk/src/model/validate.js';
import type { Review } from '../../packages/sdk/src/model/schemas.js';
import '../../packages/components/src/factor-map/define.js';
import { frame, recordLongTasks, summarise } from './measure.js';

async function bench(options: { factors: number; renders: number; edits: number }) {
  const parsed = parseReview(generateReview({ factors: options.factors, entries: 2000, actions: 10, seed: 11 }));
  if (!parsed.ok) throw new Error('The generated review is not valid.');
  const review: Review = parsed.review;
  const links = review.contributoryFactors.reduce((n, f) => n + f.kpeIds.length, 0) + review.patterns.reduce((n, p) => n + p.factorIds.length, 0);

  // Long tasks are reported after the fact; collect them for the whole run.
  const longTasks = recordLongTasks('map');

  const render = async (view: 'map' | 'tree') => {
    const times: number[] = [];
    for (let i = 0; i < options.renders; i++) {
      const el = document.createElement('slk-factor-map');
      el.view = view;
      document.body.append(el);
      await frame();
      const start = performance.now();
      el.review = review;
      await el.updateComplete;
      times.push(performance.now() - start);
      await frame();
      el.remove();
      await frame();
    }
    return summarise(times);
  };
  const mapRender = await render('map');
  longTasks.phase = 'tree';
  const treeRender = await render('tree');
  longTasks.phase = 'edit';

  // One edit: a factor's title changes, as when a form is saved (a new review object).
  const el = document.createElement('slk-factor-map');
  el.view = 'map';
  el.review = review;
  document.body.append(el);
  await el.updateComplete;
  await frame();
  const nodes = el.shadowRoot!.querySelectorAll('[data-key^="factor:"]').length;
  // Scrolling the whole map, a screenful at a time: the drawn part follows without long tasks.
  longTasks.phase = 'scroll';
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.map-scroller')!;
  let mostNodes = nodes;
  for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight) {
    scroller.scrollTop = top;
    await frame();
    await frame();
    await el.updateComplete;
    mostNodes = Math.max(mostNodes, el.shadowRoot!.querySelectorAll('[data-key^="factor:"]').length);
  }
  const height = scroller.scrollHeight;
  scroller.scrollTop = 0;
  await frame();
  longTasks.phase = 'edit';
  const edits: number[] = [];
  let current = review;
  for (let i = 0; i < options.edits; i++) {
    const at = (i * 37) % current.contributoryFactors.length;
    current = { ...current, contributoryFactors: current.contributoryFactors.map((f, j) => (j === at ? { ...f, title: `${f.title} (edited ${i})` } : f)) };
    await frame();
    const start = performance.now();
    el.review = current;
    await el.updateComplete;
    edits.push(performance.now() - start);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  longTasks.stop();
  el.remove();
  return {
    review: { factors: review.contributoryFactors.length, links, nodes, mostNodes, height },
    firstRender: mapRender,
    treeRender,
    longestTask: { max: longTasks.all.length ? Math.max(...longTasks.all) : 0, count: longTasks.all.length, phases: longTasks.phases },
    edit: summarise(edits),
  };
}

export type FactorMapBench = Awaited<ReturnType<typeof bench>>;

(globalThis as { runFactorMapBench?: typeof bench }).runFactorMapBench = bench;
