// Runs in Chromium (test/bench/run.mjs bundles and loads it): IndexedDbStore on a review of
// 10,000 chronology entries and 5,000 actions. Times are read with performance.now() around
// the store calls a component makes: saving one edited action, and loading the whole review.
import { generateReview } from '../../packages/sdk/src/fixtures/generate.js';
import { parseReview } from '../../packages/sdk/src/model/validate.js';
import { IndexedDbStore } from '../../packages/sdk/src/storage/indexeddb-store.js';
import { summarise } from './measure.js';

async function bench(options: { entries: number; actions: number; saves: number; loads: number }) {
  const parsed = parseReview(generateReview({ seed: 7, entries: options.entries, actions: options.actions, factors: 200 }));
  if (!parsed.ok) throw new Error('The generated review is not valid.');
  const review = parsed.review;
  const name = `slk-bench-${Date.now()}`;
  const store = await IndexedDbStore.open({ name, broadcast: false });
  try {
    const t0 = performance.now();
    await store.putReview(review, { expectedRevision: null });
    const firstSave = performance.now() - t0;

    // Save one edited action, as the action-plan tracker does on every change: a different
    // action each time, based on the revision the tracker holds.
    const saves: number[] = [];
    const revisions = new Map<string, number>();
    for (let i = 0; i < options.saves; i++) {
      const action = review.actions[(i * 97) % review.actions.length]!;
      const edited = { ...action, title: `${action.title.slice(0, 150)} (edit ${i})` };
      const start = performance.now();
      const stored = await store.putEntity(review.id, 'actions', edited, { expectedRevision: revisions.get(action.id) ?? 1 });
      saves.push(performance.now() - start);
      revisions.set(action.id, stored.revision);
    }

    // Load the whole review, validated, as a page does when it opens.
    const loads: number[] = [];
    for (let i = 0; i < options.loads; i++) {
      const start = performance.now();
      const loaded = await store.getReview(review.id);
      loads.push(performance.now() - start);
      if (loaded?.value.actions.length !== review.actions.length) throw new Error('The review did not load whole.');
    }
    // The validation share of a load, for reading the figure above: the same review parsed
    // from plain objects, with no storage involved.
    const validations: number[] = [];
    const plain = structuredClone(review);
    for (let i = 0; i < options.loads; i++) {
      const start = performance.now();
      parseReview(plain);
      validations.push(performance.now() - start);
    }
    return {
      review: { entries: review.chronology.length, actions: review.actions.length, factors: review.contributoryFactors.length },
      firstSave,
      saveAction: summarise(saves),
      loadReview: summarise(loads),
      validateOnly: summarise(validations),
    };
  } finally {
    store.close();
    await IndexedDbStore.delete(name);
  }
}

(globalThis as { runBench?: typeof bench }).runBench = bench;
