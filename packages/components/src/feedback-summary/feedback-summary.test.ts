import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore, feedbackResponseSchema, summariseFeedback, type FeedbackResponse, type Review, type StoreChange } from '@slk/sdk';
import { childJResponses, childJReview, eventEvaluationForm, followUpForm } from '@slk/sdk/fixtures';
import { feedbackSummaryFixtures } from './feedback-summary.fixtures.js';
import { SlkFeedbackSummary } from './feedback-summary.js';
import type { SlkReview } from '../review/review.js';
import { followDocumentLanguage, setLocale } from '../internal/localization.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import './define.js';
import '../review/define.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The figures block of the question with this heading. */
const questionNamed = (el: Element, title: string) => $$(el, '[part~="question"]').find((q) => text(q.querySelector('.question__title')) === title);
/** The "People" column of a question's table, as numbers. */
const peopleColumn = (question: Element | undefined) => [...(question?.querySelectorAll('tbody tr') ?? [])].map((row) => Number(row.querySelectorAll('td')[0]!.textContent));

async function summary(options: { review?: Review; responses?: readonly FeedbackResponse[]; audience?: string } = {}): Promise<SlkFeedbackSummary> {
  const el = await fixture<SlkFeedbackSummary>(
    html`<slk-feedback-summary audience=${options.audience ?? 'internal'} .review=${options.review ?? childJReview} .responses=${options.responses ?? childJResponses}></slk-feedback-summary>`,
  );
  await settled(el);
  return el;
}

async function provided(store: MemoryStore): Promise<{ provider: SlkReview; el: SlkFeedbackSummary }> {
  const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-feedback-summary></slk-feedback-summary></slk-review>`);
  await settled(provider);
  const el = provider.querySelector('slk-feedback-summary')!;
  await settled(el);
  return { provider, el };
}

/** A response to the evaluation form, made up for a test. */
function evaluation(id: string, answers: FeedbackResponse['answers'], overrides: Partial<FeedbackResponse> = {}): FeedbackResponse {
  return feedbackResponseSchema.parse({ ...childJResponses[0], id, answers, ...overrides });
}

async function putAll(store: MemoryStore, responses: readonly FeedbackResponse[]): Promise<void> {
  for (const response of responses) await store.putDocument('feedback-response', response, { expectedRevision: null });
}

describe('<slk-feedback-summary>', () => {
  it('is registered under its tag', async () => {
    const el = await fixture(html`<slk-feedback-summary></slk-feedback-summary>`);
    expect(el).to.be.instanceOf(SlkFeedbackSummary);
  });

  it('names its region for assistive technology', async () => {
    const el = await fixture<SlkFeedbackSummary>(html`<slk-feedback-summary label="Example"></slk-feedback-summary>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('Example');
  });

  describe('the figures', () => {
    it('gives the responses out of the attendance, with the response rate', async () => {
      const el = await summary();
      const headline = text($(el, '[part~="headline"]'));
      // 12 of 34 on the day, 7 of 34 at follow-up.
      expect(headline).to.include('On the day 35% 12 of the 34 people who attended answered.');
      expect(headline).to.include('About three months later 21% 7 of the 34 people who attended answered.');
    });

    it('says there is no rate when the attendance was not recorded', async () => {
      const review = { ...childJReview, learningEvents: childJReview.learningEvents.map(({ attendance: _, ...event }) => event) };
      const el = await summary({ review });
      expect(text($(el, '[part~="headline"]'))).to.include('12 answered. The attendance was not recorded, so there is no response rate.');
    });

    it('shows in every table the counts the SDK works out, question by question', async () => {
      const el = await summary();
      const expected = [summariseFeedback(eventEvaluationForm, childJResponses), summariseFeedback(followUpForm, childJResponses)].flatMap((s) => s.questions);
      const blocks = $$(el, '[part~="question"]');
      expect(blocks).to.have.length(expected.length);
      expected.forEach((q, i) => {
        const block = blocks[i]!;
        expect(text(block.querySelector('.question__title')), q.question.id).to.equal(q.question.label['en-GB']);
        if (q.type === 'rating') expect(peopleColumn(block), q.question.id).to.deep.equal(q.distribution.map((d) => d.count));
        else if (q.type !== 'free-text' && q.type !== 'date') expect(peopleColumn(block), q.question.id).to.deep.equal(q.options.map((o) => o.count));
      });
    });

    it('gives a rating’s distribution, mean and median in a table with a caption and headers', async () => {
      const el = await summary();
      const useful = questionNamed(el, 'How useful was the event for your work?')!;
      // Counted by hand: 1×1, 1×2, 2×3, 5×4, 3×5.
      expect(peopleColumn(useful)).to.deep.equal([1, 1, 2, 5, 3]);
      const table = useful.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.include('How useful was the event for your work?');
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(text(table.querySelector('tbody tr'))).to.include('1 (Not at all useful) 1 8%');
      // Mean 44 ÷ 12.
      expect(text(useful.querySelector('.stats'))).to.equal('Mean 3.7, median 4, on a scale from 1 to 5.');
    });

    it('draws every chart beside a table, hidden from assistive technology', async () => {
      const el = await summary();
      const charts = $$(el, 'svg[part~="chart"]');
      expect(charts.length).to.be.greaterThan(5);
      for (const chart of charts) {
        expect(chart.getAttribute('aria-hidden')).to.equal('true');
        expect(chart.parentElement!.querySelector('table')).to.not.equal(null);
      }
    });

    it('counts a conditional question against those who were asked it', async () => {
      const el = await summary();
      const better = questionNamed(el, 'What could we have done better?')!;
      expect(text(better.querySelector('.hint'))).to.include('2 of 12 were asked, and 2 answered');
    });

    it('sets the two forms side by side by Kirkpatrick level, in words', async () => {
      const el = await summary();
      const comparison = $(el, '[part~="comparison"]')!;
      expect(text(comparison.querySelector('h3'))).to.equal('On the day and three months later');
      expect(text(comparison)).to.include('The two forms ask different questions');
      const rows = [...comparison.querySelectorAll('tbody tr')].map((row) => text(row.querySelector('th')));
      expect(rows).to.deep.equal(['Reaction', 'Learning', 'Change in practice']);
      const behaviour = text(comparison.querySelectorAll('tbody tr')[2]);
      expect(behaviour).to.include('Not asked at this point');
      expect(behaviour).to.include('5 of 7 said yes (71%)');
      // 24 ratings to two reaction questions, summing to 87.
      expect(text(comparison.querySelectorAll('tbody tr')[0])).to.include('Average rating 3.6 on a scale from 1 to 5 (66% of the way up the scale), from 24 ratings across 2 questions.');
    });

    it('summarises the learning event it is given', async () => {
      const second = { ...childJReview.learningEvents[0]!, id: 'learning-event-2', title: 'A second, fictional event', attendance: 10 };
      const review = { ...childJReview, learningEvents: [...childJReview.learningEvents, second] };
      const responses = [...childJResponses, evaluation('second-1', { 'overall-rating': 5 }, { learningEventId: 'learning-event-2' })];
      const el = await fixture<SlkFeedbackSummary>(html`<slk-feedback-summary learning-event="learning-event-2" .review=${review} .responses=${responses}></slk-feedback-summary>`);
      await settled(el);
      expect(text($(el, '.subtitle'))).to.include('A second, fictional event');
      expect(text($(el, '[part~="headline"]'))).to.include('1 of the 10 people who attended answered.');
      el.learningEvent = 'no-such-event';
      await settled(el);
      expect(text($(el, '[part~="message"]'))).to.include('This review has no learning event with the id this summary was given.');
    });
  });

  describe('free text', () => {
    it('lists the answers for the partnership', async () => {
      const el = await summary();
      const takeaway = questionNamed(el, 'What is the main thing you will take away from the event?')!;
      const listed = [...takeaway.querySelectorAll('.answers li')].map((li) => li.textContent);
      const expected = childJResponses.filter((r) => r.formId === eventEvaluationForm.id).map((r) => r.answers['key-learning']);
      expect(listed).to.deep.equal(expected);
    });

    it('withholds the answers for publication, and says so', async () => {
      const el = await summary({ audience: 'publication' });
      expect($$(el, '.answers li')).to.have.length(0);
      const takeaway = questionNamed(el, 'What is the main thing you will take away from the event?')!;
      expect(text(takeaway.querySelector('.withheld'))).to.include('withheld for publication');
      // Figures are not words people wrote: they stay.
      expect(peopleColumn(questionNamed(el, 'How useful was the event for your work?'))).to.deep.equal([1, 1, 2, 5, 3]);
      expect(text(root(el))).to.not.include(String(childJResponses[0]!.answers['key-learning']));
    });

    it('shows markup in an answer as text, never as elements', async () => {
      const hostile = '<img src=x onerror="window.__slkInjected=true"><script>window.__slkInjected=true</script><b>bold</b>';
      const el = await summary({ responses: [evaluation('hostile-1', { 'overall-rating': 3, 'key-learning': hostile })] });
      const item = questionNamed(el, 'What is the main thing you will take away from the event?')!.querySelector('.answers li')!;
      expect(item.textContent).to.equal(hostile);
      expect(item.children).to.have.length(0);
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect((window as { __slkInjected?: boolean }).__slkInjected).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('says when there are no responses yet, and what happens next', async () => {
      const el = await summary({ responses: [] });
      const message = text($(el, '[part~="message"]'));
      expect(message).to.include('No responses yet.');
      expect(message).to.include('about three months later');
      expect($(el, '[part~="headline"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when the review has no learning events', async () => {
      const el = await summary({ review: { ...childJReview, learningEvents: [] } });
      expect(text($(el, '[part~="message"]'))).to.include('This review has no learning events yet.');
    });

    it('says how to give it a review when it has none', async () => {
      const el = await fixture<SlkFeedbackSummary>(html`<slk-feedback-summary></slk-feedback-summary>`);
      expect(text($(el, '[part~="message"]'))).to.include('Put this element inside <slk-review>');
    });

    it('shows the forms’ words in Welsh when the kit is in Welsh', async () => {
      try {
        await setLocale('cy');
        const el = await summary();
        expect(text($(el, '.question__title'))).to.equal(eventEvaluationForm.sections[0]!.questions[0]!.label.cy);
        expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('cy');
      } finally {
        await setLocale('en-GB');
        await followDocumentLanguage();
      }
    });
  });

  describe('inside <slk-review>', () => {
    it('reads this event’s responses from the store, and follows new ones', async () => {
      const store = new MemoryStore();
      // Another review's event with the same id: not this summary's to count.
      await putAll(store, [...childJResponses, evaluation('other-review-1', { 'overall-rating': 1 }, { reviewId: 'another-review' })]);
      const { el } = await provided(store);
      expect(text($(el, '[part~="headline"]'))).to.include('12 of the 34 people who attended answered.');
      expect(peopleColumn(questionNamed(el, 'How useful was the event for your work?'))).to.deep.equal([1, 1, 2, 5, 3]);

      await store.putDocument('feedback-response', evaluation('late-1', { 'overall-rating': 5, 'key-learning': 'A late, fictional answer.' }), { expectedRevision: null });
      await until(() => text($(el, '[part~="headline"]')).includes('13 of the 34'), 'the new response to be counted');
      expect(peopleColumn(questionNamed(el, 'How useful was the event for your work?'))).to.deep.equal([1, 1, 2, 5, 4]);
      expect(text(questionNamed(el, 'What is the main thing you will take away from the event?'))).to.include('A late, fictional answer.');

      await store.deleteDocument('feedback-response', 'late-1', { expectedRevision: 1 });
      await until(() => text($(el, '[part~="headline"]')).includes('12 of the 34'), 'the deleted response to be dropped');
    });

    it('says there are no responses yet when the store has none', async () => {
      const { el } = await provided(new MemoryStore());
      expect(text($(el, '[part~="message"]'))).to.include('No responses yet.');
    });

    it('says it is loading while the store reads the responses', async () => {
      const store = new MemoryStore();
      let answer: () => void = () => undefined;
      const real = store.listDocuments.bind(store);
      store.listDocuments = (kind) => new Promise((resolve) => (answer = () => resolve(real(kind))));
      await putAll(store, childJResponses);
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-feedback-summary></slk-feedback-summary></slk-review>`);
      const el = provider.querySelector('slk-feedback-summary')!;
      await until(() => text($(el, '[part~="message"][role="status"]')) === 'Loading the responses…', 'the loading message');
      answer();
      await until(() => $(el, '[part~="headline"]') !== null, 'the figures');
    });

    it('says when the store cannot be read', async () => {
      const store = new MemoryStore();
      store.listDocuments = () => Promise.reject(new Error('A fictional storage failure.'));
      const { el } = await provided(store);
      const alert = $(el, '[role="alert"]');
      expect(text(alert)).to.include('The responses could not be read from this browser’s storage.');
      await expect(el).to.be.accessible();
    });

    it('stops listening to the store when it leaves the page, and starts again when it comes back', async () => {
      const store = new MemoryStore();
      const listeners = new Set<(change: StoreChange) => void>();
      const subscribe = store.subscribe.bind(store);
      store.subscribe = (listener) => {
        listeners.add(listener);
        const stop = subscribe(listener);
        return () => {
          listeners.delete(listener);
          stop();
        };
      };
      const { provider, el } = await provided(store);
      const withSummary = listeners.size;
      el.remove();
      expect(listeners.size).to.equal(withSummary - 1);
      provider.append(el);
      await settled(provider);
      expect(listeners.size).to.equal(withSummary);
    });

    it('prefers responses set from code to the store’s', async () => {
      const store = new MemoryStore();
      await putAll(store, childJResponses);
      const { el } = await provided(store);
      el.responses = [];
      await settled(el);
      expect(text($(el, '[part~="message"]'))).to.include('No responses yet.');
    });
  });

  for (const example of feedbackSummaryFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
