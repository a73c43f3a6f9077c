// Runs in Chromium (test/bench/run.mjs bundles and loads it): <slk-feedback-form> showing a
// 60-question form on one page (the heaviest layout: every question drawn at once). It
// measures the first render (definition set → every question drawn, the draft check
// included), validation when the person presses Continue with 10 required questions left
// unanswered (click → error summary drawn), and the cost of one change: the answer recorded,
// the draft queued, validity and form data updated and the form re-drawn. The draft's write to
// IndexedDB happens after a pause, off the typing path; it is timed on its own too.
import { IndexedDbStore } from '../../packages/sdk/src/storage/indexeddb-store.js';
import { MemoryStore } from '../../packages/sdk/src/storage/memory-store.js';
import type { FeedbackFormInput, Question } from '../../packages/sdk/src/model/schemas.js';
import '../../packages/components/src/feedback-form/define.js';
import type { SlkFeedbackForm } from '../../packages/components/src/feedback-form/feedback-form.js';
import { frame, settle, summarise } from './measure.js';

export interface FeedbackFormBenchOptions {
  readonly questions: number;
  /** How many of them are required (and left unanswered for the validation run). */
  readonly required: number;
  readonly renders: number;
  readonly changes: number;
}

type QuestionInput = FeedbackFormInput['sections'][number]['questions'][number];

/** A form of `count` questions in sections of 10, cycling through every question type. */
function makeForm(count: number, required: number): FeedbackFormInput {
  const label = (n: number) => ({ 'en-GB': `Question ${n}: how did it go?`, cy: `Cwestiwn ${n}: sut aeth hi?` });
  const options = [1, 2, 3, 4].map((o) => ({ value: `option-${o}`, label: { 'en-GB': `Option ${o}`, cy: `Opsiwn ${o}` } }));
  const types: Array<Question['type']> = ['rating', 'single-choice', 'multiple-choice', 'free-text', 'yes-no', 'date'];
  const questions: QuestionInput[] = Array.from({ length: count }, (_, i) => {
    const base = { id: `q${i + 1}`, label: label(i + 1), required: i % Math.ceil(count / required) === 0 };
    switch (types[i % types.length]) {
      case 'rating':
        return { ...base, type: 'rating', min: 1, max: 5, minLabel: { 'en-GB': 'Poor' }, maxLabel: { 'en-GB': 'Good' } };
      case 'single-choice':
        return { ...base, type: 'single-choice', options };
      case 'multiple-choice':
        return { ...base, type: 'multiple-choice', options, maxSelected: 2 };
      case 'free-text':
        return { ...base, type: 'free-text', maxLength: 1000 };
      case 'yes-no':
        return { ...base, type: 'yes-no' };
      default:
        return { ...base, type: 'date' };
    }
  });
  const sections = Array.from({ length: Math.ceil(count / 10) }, (_, s) => ({
    id: `s${s + 1}`,
    title: { 'en-GB': `Section ${s + 1}` },
    questions: questions.slice(s * 10, s * 10 + 10),
  }));
  return { schemaVersion: 1, kind: 'feedback-form', id: 'bench-form', version: 1, title: { 'en-GB': 'Benchmark form' }, purpose: 'other', timepoint: 'other', sections };
}

const questionsDrawn = (el: SlkFeedbackForm) => el.shadowRoot!.querySelectorAll('[part~="question"]').length;

/** Waits for updates (microtasks, no frame) until `done`, so the time is the element's, not the display's. */
async function until(el: SlkFeedbackForm, done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
  if (!done()) throw new Error('The feedback form did not finish drawing.');
}

async function bench(options: FeedbackFormBenchOptions) {
  const definition = makeForm(options.questions, options.required);
  const requiredCount = definition.sections.flatMap((s) => s.questions).filter((q) => q.required).length;

  // 1. First render: a fresh element in the document, the definition set, until every question is drawn.
  const renders: number[] = [];
  for (let i = 0; i < options.renders; i++) {
    const el = document.createElement('slk-feedback-form');
    el.layout = 'single';
    el.drafts = new MemoryStore();
    document.body.append(el);
    await settle(el);
    const start = performance.now();
    el.definition = structuredClone(definition);
    await until(el, () => questionsDrawn(el) === options.questions);
    renders.push(performance.now() - start);
    await frame();
    el.remove();
    await frame();
  }

  // 2. Continue with the required questions unanswered: validation and the error summary, on
  // a fresh element each time (a person presses Continue with problems once, then fixes them).
  const fresh = async () => {
    const el = document.createElement('slk-feedback-form');
    el.layout = 'single';
    el.drafts = new MemoryStore();
    document.body.append(el);
    el.definition = definition;
    await until(el, () => questionsDrawn(el) === options.questions);
    await settle(el);
    return el;
  };
  const validations: number[] = [];
  let errors = 0;
  for (let i = 0; i < options.renders; i++) {
    const form = await fresh();
    const button = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Continue')!;
    await frame();
    const start = performance.now();
    button.click();
    await form.updateComplete;
    validations.push(performance.now() - start);
    errors = form.shadowRoot!.querySelectorAll('.error-summary li').length;
    form.remove();
  }
  const el = await fresh();

  // 3. One change at a time: each click picks another point on the first rating scale.
  const changes: number[] = [];
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name$="-q1"]')];
  for (let i = 0; i < options.changes; i++) {
    await frame();
    const start = performance.now();
    radios[i % radios.length]!.click();
    await el.updateComplete;
    changes.push(performance.now() - start);
  }
  el.remove();

  // 4. The draft's own write: the answers to all 60 questions into IndexedDB.
  const db = `slk-bench-drafts-${Date.now()}`;
  const store = await IndexedDbStore.open({ name: db });
  const answers: Record<string, unknown> = {};
  for (const q of definition.sections.flatMap((s) => s.questions)) answers[q.id] = q.type === 'free-text' ? 'A sentence or two about what went well and what did not.'.repeat(3) : q.type === 'rating' ? 4 : 'option-1';
  const writes: number[] = [];
  for (let i = 0; i < options.changes; i++) {
    const start = performance.now();
    await store.saveDraft('feedback:bench-form:v1', { answers: { ...answers, q1: i }, step: 0 }, { kind: 'feedback-response' });
    writes.push(performance.now() - start);
  }
  store.close();
  await IndexedDbStore.delete(db);

  return {
    form: { questions: options.questions, sections: definition.sections.length, required: requiredCount },
    firstRender: summarise(renders),
    validation: { ...summarise(validations), first: validations[0]!, errors },
    change: summarise(changes),
    draftWrite: summarise(writes),
  };
}

export type FeedbackFormBenchResults = Awaited<ReturnType<typeof bench>>;

(globalThis as { runFeedbackFormBench?: typeof bench }).runFeedbackFormBench = bench;
