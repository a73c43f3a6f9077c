import { expect } from 'chai';
import { childJResponses, childJReview, eventEvaluationForm, followUpForm } from '../fixtures/index.js';
import { feedbackResponseSchema, type FeedbackForm, type FeedbackResponse } from '../model/schemas.js';
import { compareFeedback, responseRate, summariseFeedback, type QuestionSummary } from './feedback.js';

// Every figure below was counted by hand from src/fixtures/feedback.ts (12 evaluations on
// the day, 7 follow-ups), not copied from the functions' output.

// An intersection, not Extract: a choice summary's `type` is itself a union of three.
type SummaryOf<T extends QuestionSummary['type']> = QuestionSummary & { type: T };

function question<T extends QuestionSummary['type']>(summary: ReturnType<typeof summariseFeedback>, id: string, type: T): SummaryOf<T> {
  const found = summary.questions.find((q) => q.question.id === id);
  expect(found, id).to.not.equal(undefined);
  expect(found!.type, id).to.equal(type);
  return found as SummaryOf<T>;
}

const counts = (q: { options: ReadonlyArray<{ value: string; count: number }> }) => Object.fromEntries(q.options.map((o) => [o.value, o.count]));

describe('summariseFeedback', () => {
  const day = summariseFeedback(eventEvaluationForm, childJResponses);
  const later = summariseFeedback(followUpForm, childJResponses);

  it('counts only the responses to its own form', () => {
    expect(day.responses).to.equal(12);
    expect(later.responses).to.equal(7);
  });

  it('lists every question in the form’s order', () => {
    expect(day.questions.map((q) => q.question.id)).to.deep.equal([
      'sector', 'role-level', 'overall-rating', 'improve-event', 'speak-openly', 'helped-most', 'support-known',
      'learning-rating', 'key-learning', 'plan-to-change', 'change-plan', 'share-with-team', 'anything-else',
    ]);
  });

  it('gives a rating’s whole scale, zeros included, with its mean and median', () => {
    const overall = question(day, 'overall-rating', 'rating');
    // 5,4,2,4,3,5,4,3,4,1,5,4: sum 44.
    expect(overall.distribution).to.deep.equal([
      { value: 1, count: 1 }, { value: 2, count: 1 }, { value: 3, count: 2 }, { value: 4, count: 5 }, { value: 5, count: 3 },
    ]);
    expect(overall.answered).to.equal(12);
    expect(overall.shown).to.equal(12);
    expect(overall.mean).to.be.closeTo(44 / 12, 1e-9);
    expect(overall.median).to.equal(4);

    const openly = question(day, 'speak-openly', 'rating');
    expect(openly.distribution.map((d) => d.count)).to.deep.equal([0, 2, 3, 5, 2]);
    expect(openly.mean).to.be.closeTo(43 / 12, 1e-9);

    const confidence = question(later, 'confidence-now', 'rating');
    // 4,4,3,4,3,3,5: an odd count, so the median is the middle rating.
    expect(confidence.distribution.map((d) => d.count)).to.deep.equal([0, 0, 3, 3, 1]);
    expect(confidence.mean).to.be.closeTo(26 / 7, 1e-9);
    expect(confidence.median).to.equal(4);
  });

  it('counts single choices against every option, in the form’s order', () => {
    const plan = question(day, 'plan-to-change', 'single-choice');
    expect(plan.options.map((o) => o.value)).to.deep.equal(['yes', 'not-sure', 'already', 'no']);
    expect(counts(plan)).to.deep.equal({ yes: 7, 'not-sure': 2, already: 2, no: 1 });
    expect(plan.options[0]!.share).to.be.closeTo(7 / 12, 1e-9);
    expect(plan.options[0]!.label['en-GB']).to.equal('Yes');

    const sector = question(day, 'sector', 'single-choice');
    expect(counts(sector)).to.include({ 'community-health': 2, 'childrens-social-care': 2, 'primary-care': 2, police: 1, 'mental-health': 0, other: 0 });
  });

  it('counts each option of a multiple choice, with shares of those who answered', () => {
    const helped = question(day, 'helped-most', 'multiple-choice');
    // Evaluation 10 chose nothing.
    expect(helped.answered).to.equal(11);
    expect(counts(helped)).to.deep.equal({ 'whole-picture': 5, 'other-agencies': 5, 'small-groups': 3, findings: 3, reflection: 3 });
    expect(helped.options[0]!.share).to.be.closeTo(5 / 11, 1e-9);

    const barriers = question(later, 'barriers', 'multiple-choice');
    expect(barriers.answered).to.equal(6);
    expect(counts(barriers)).to.deep.equal({ workload: 3, systems: 2, supervision: 2, 'guidance-unclear': 1, 'other-agencies': 1, other: 1 });
  });

  it('gives yes or no answers as two options with the SDK’s labels', () => {
    const support = question(day, 'support-known', 'yes-no');
    expect(support.answered).to.equal(11);
    expect(counts(support)).to.deep.equal({ yes: 8, no: 3 });
    expect(support.options.map((o) => [o.label['en-GB'], o.label.cy])).to.deep.equal([['Yes', 'Ie'], ['No', 'Na']]);

    const changed = question(later, 'changed-response', 'yes-no');
    expect(counts(changed)).to.deep.equal({ yes: 5, no: 2 });
  });

  it('counts a conditional question against the responses it was shown to', () => {
    const improve = question(day, 'improve-event', 'free-text');
    // Shown only after a rating of 1 or 2: evaluations 3 and 10, in that order.
    expect(improve.shown).to.equal(2);
    expect(improve.answered).to.equal(2);
    expect(improve.answers[0]).to.match(/^Most of the morning was spent on the health records/);
    expect(improve.answers[1]).to.match(/^I wasn’t involved with the family/);

    const changePlan = question(day, 'change-plan', 'free-text');
    expect([changePlan.shown, changePlan.answered]).to.deep.equal([7, 7]);
    const whatChanged = question(later, 'what-changed', 'free-text');
    expect([whatChanged.shown, whatChanged.answered]).to.deep.equal([5, 5]);
    const other = question(later, 'barriers-other', 'free-text');
    expect([other.shown, other.answered]).to.deep.equal([1, 1]);
  });

  it('lists free text as given and dates earliest first', () => {
    expect(question(day, 'key-learning', 'free-text').answered).to.equal(12);
    expect(question(day, 'anything-else', 'free-text').answered).to.equal(4);
    expect(question(later, 'last-used', 'date').answers).to.deep.equal(['2024-12-03', '2024-12-12', '2024-12-18', '2025-01-06', '2025-01-09']);
  });

  it('leaves out answers of the wrong kind, unknown options, blanks and answers to hidden questions', () => {
    const odd = (id: string, answers: FeedbackResponse['answers']): FeedbackResponse =>
      feedbackResponseSchema.parse({ ...childJResponses[0], id, answers });
    const summary = summariseFeedback(eventEvaluationForm, [
      odd('odd-1', { 'overall-rating': 'five', sector: ['police'], 'helped-most': 'findings', 'support-known': 'yes', 'key-learning': '   ' }),
      odd('odd-2', { 'overall-rating': 9, sector: 'made-up', 'helped-most': ['findings', 'findings', 'made-up'], 'key-learning': 7 }),
      // A rating of 5 hides "What could we have done better?", so this answer is not counted.
      odd('odd-3', { 'overall-rating': 5, 'improve-event': 'Left over from a rating of 1.' }),
    ]);
    expect(summary.responses).to.equal(3);
    expect(question(summary, 'overall-rating', 'rating').answered).to.equal(1);
    expect(question(summary, 'sector', 'single-choice').answered).to.equal(0);
    const helped = question(summary, 'helped-most', 'multiple-choice');
    expect([helped.answered, counts(helped).findings]).to.deep.equal([1, 1]);
    expect(question(summary, 'support-known', 'yes-no').answered).to.equal(0);
    expect(question(summary, 'key-learning', 'free-text').answers).to.deep.equal([]);
    const improve = question(summary, 'improve-event', 'free-text');
    expect([improve.shown, improve.answered]).to.deep.equal([0, 0]);
  });

  it('has no mean or median, and zero shares, when nobody answered', () => {
    const empty = summariseFeedback(eventEvaluationForm, []);
    expect(empty.responses).to.equal(0);
    const overall = question(empty, 'overall-rating', 'rating');
    expect([overall.mean, overall.median, overall.answered]).to.deep.equal([undefined, undefined, 0]);
    expect(overall.distribution).to.have.length(5);
    expect(question(empty, 'plan-to-change', 'single-choice').options.every((o) => o.count === 0 && o.share === 0)).to.equal(true);
  });
});

describe('compareFeedback', () => {
  const comparison = compareFeedback(summariseFeedback(eventEvaluationForm, childJResponses), summariseFeedback(followUpForm, childJResponses));

  it('keeps the response counts of both timepoints', () => {
    expect(comparison.responses).to.deep.equal({ immediate: 12, followUp: 7 });
  });

  it('lists the levels measured by a rating or a yes or no question, in Kirkpatrick’s order', () => {
    // Results are asked about only in free text, so there is nothing to set side by side.
    expect(comparison.levels.map((l) => l.level)).to.deep.equal(['reaction', 'learning', 'behaviour']);
    expect(comparison.levels[2]!.label['en-GB']).to.equal('Change in practice');
  });

  it('pools a level’s ratings as a share of the scale', () => {
    const [reaction, learning, behaviour] = comparison.levels;
    // Reaction on the day: "How useful" (sum 44) and "speaking openly" (sum 43), 24 ratings on 1–5.
    expect(reaction!.ratings.immediate).to.include({ questions: 2, ratings: 24 });
    expect(reaction!.ratings.immediate!.scale).to.deep.include({ min: 1, max: 5 });
    expect(reaction!.ratings.immediate!.scale!.mean).to.be.closeTo(87 / 24, 1e-9);
    expect(reaction!.ratings.immediate!.share).to.be.closeTo((87 / 24 - 1) / 4, 1e-9);
    expect(reaction!.ratings.followUp).to.equal(undefined);
    // Learning: "How much did you learn" (sum 45 of 12) on the day; "How confident now" (26 of 7) later.
    expect(learning!.ratings.immediate!.share).to.be.closeTo((45 / 12 - 1) / 4, 1e-9);
    expect(learning!.ratings.followUp!.share).to.be.closeTo((26 / 7 - 1) / 4, 1e-9);
    expect(learning!.ratings.followUp!.ratings).to.equal(7);
    expect(behaviour!.ratings).to.deep.equal({});
  });

  it('gives the share answering yes to each yes or no question', () => {
    const [reaction, learning, behaviour] = comparison.levels;
    const shares = (list: ReadonlyArray<{ question: { id: string }; yes: number; answered: number }>) => list.map((y) => [y.question.id, y.yes, y.answered]);
    expect(shares(reaction!.yesNo.immediate)).to.deep.equal([['support-known', 8, 11]]);
    expect(shares(learning!.yesNo.immediate)).to.deep.equal([['share-with-team', 9, 11]]);
    expect(shares(behaviour!.yesNo.followUp)).to.deep.equal([['changed-response', 5, 7], ['talked-in-supervision', 5, 7]]);
    expect(behaviour!.yesNo.followUp[0]!.share).to.be.closeTo(5 / 7, 1e-9);
    expect(behaviour!.yesNo.immediate).to.deep.equal([]);
  });

  it('gives no raw mean when a level’s ratings use different scales', () => {
    const tenPoint: FeedbackForm = {
      ...followUpForm,
      id: 'ten-point',
      sections: [{
        id: 's',
        title: { 'en-GB': 'Ratings' },
        questions: [
          { id: 'a', type: 'rating', required: false, kirkpatrick: 'learning', label: { 'en-GB': 'A' }, min: 1, max: 5, minLabel: { 'en-GB': 'Low' }, maxLabel: { 'en-GB': 'High' } },
          { id: 'b', type: 'rating', required: false, kirkpatrick: 'learning', label: { 'en-GB': 'B' }, min: 0, max: 10, minLabel: { 'en-GB': 'Low' }, maxLabel: { 'en-GB': 'High' } },
        ],
      }],
    };
    const response = feedbackResponseSchema.parse({ ...childJResponses[0], id: 'r', formId: 'ten-point', answers: { a: 5, b: 5 } });
    const pooled = compareFeedback(summariseFeedback(tenPoint, [response]), summariseFeedback(followUpForm, [])).levels.find((l) => l.level === 'learning')!;
    expect(pooled.ratings.immediate!.scale).to.equal(undefined);
    // 5 on 1–5 is the top of the scale (1); 5 on 0–10 is halfway (0.5).
    expect(pooled.ratings.immediate!.share).to.be.closeTo(0.75, 1e-9);
    expect(pooled.ratings.followUp!.share).to.equal(undefined);
  });
});

describe('responseRate', () => {
  it('is the share of the attendance that responded', () => {
    const attendance = childJReview.learningEvents[0]!.attendance;
    expect(attendance).to.equal(34);
    expect(responseRate(12, attendance)).to.be.closeTo(12 / 34, 1e-9);
    expect(responseRate(7, attendance)).to.be.closeTo(7 / 34, 1e-9);
  });

  it('is undefined without an attendance to divide by', () => {
    expect(responseRate(12, undefined)).to.equal(undefined);
    expect(responseRate(12, 0)).to.equal(undefined);
  });
});
