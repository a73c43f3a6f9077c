import { expect } from 'chai';
import {
  DEFAULT_CLOCKS,
  DEFAULT_RAPID_REVIEW_PLAN,
  PlanError,
  clockDefinitionSchema,
  computeClocks,
  scheduleRapidReview,
  type ClockSubject,
} from './clocks.js';

// A fictional rapid review in England. The local authority became aware on Tuesday
// 3 November 2026; notification went on Friday 6 November.
const review: ClockSubject = {
  type: 'rapid-review',
  nation: 'england',
  milestones: { 'local-authority-aware': '2026-11-03', 'notification-sent': '2026-11-06' },
};

function clock(id: string, subject: ClockSubject, today: string) {
  return computeClocks(subject, { today }).find((c) => c.id === id);
}

describe('statutory clocks', () => {
  it('meet the serious incident notification limit of 5 working days', () => {
    const status = clock('serious-incident-notification', review, '2026-11-20');
    expect(status).to.include({ state: 'met', startedOn: '2026-11-03', deadline: '2026-11-10', metOn: '2026-11-06', metLate: false });
  });

  it('run the rapid review for 15 working days from the notification', () => {
    expect(clock('rapid-review', review, '2026-11-09')).to.include({ state: 'running', deadline: '2026-11-27', workingDaysRemaining: 14 });
    expect(clock('rapid-review', review, '2026-11-24')).to.include({ state: 'due-soon', workingDaysRemaining: 3 });
    expect(clock('rapid-review', review, '2026-11-27')).to.include({ state: 'due-today', workingDaysRemaining: 0 });
    expect(clock('rapid-review', review, '2026-12-01')).to.include({ state: 'overdue', workingDaysRemaining: -2 });
  });

  it('count working days across the Christmas bank holidays', () => {
    const christmas = { ...review, milestones: { 'notification-sent': '2026-12-18' } };
    // 15 working days from Friday 18 December 2026 skips 25 and 28 December and 1 January.
    expect(clock('rapid-review', christmas, '2026-12-18')?.deadline).to.equal('2027-01-13');
  });

  it('have not started until their first milestone is recorded', () => {
    const fresh = { ...review, milestones: {} };
    expect(clock('rapid-review', fresh, '2026-11-09')).to.deep.include({ state: 'not-started' });
    expect(clock('rapid-review', fresh, '2026-11-09')).not.to.have.property('deadline');
  });

  it('record a clock met after its deadline as met late', () => {
    const late = { ...review, milestones: { ...review.milestones, 'rapid-review-sent': '2026-11-30' } };
    expect(clock('rapid-review', late, '2026-12-10')).to.include({ state: 'met', metLate: true });
  });

  it('apply only the clocks for the review’s type and nation', () => {
    const ids = (subject: ClockSubject) => computeClocks(subject, { today: '2026-11-09' }).map((c) => c.id);
    expect(ids(review)).to.include.members(['serious-incident-notification', 'rapid-review']);
    expect(ids({ ...review, nation: 'wales' })).not.to.include('rapid-review');
    expect(ids({ ...review, type: 'safeguarding-adults-review' })).not.to.include('rapid-review');
    expect(ids({ ...review, type: 'local-cspr' })).to.include('local-review-publication');
  });

  it('count calendar months for publication and plan reviews', () => {
    const local = { type: 'local-cspr', nation: 'england' as const, milestones: { 'review-decision': '2026-01-31', 'action-plan-agreed': '2026-03-15' } };
    expect(clock('local-review-publication', local, '2026-02-01')?.deadline).to.equal('2026-07-31');
    expect(clock('action-plan-review-3-months', local, '2026-04-01')?.deadline).to.equal('2026-06-15');
    expect(clock('action-plan-review-12-months', local, '2026-04-01')?.deadline).to.equal('2027-03-15');
  });

  it('take a partnership’s own clock definitions as data', () => {
    const own = clockDefinitionSchema.parse({
      id: 'agency-chronologies',
      label: { 'en-GB': 'Agency chronologies returned', cy: 'Cronolegau asiantaethau wedi’u dychwelyd' },
      basis: { 'en-GB': 'Fictional partnership procedure', cy: 'Gweithdrefn partneriaeth ffuglennol' },
      appliesTo: { nations: ['scotland'] },
      startsAt: 'notification-sent',
      stopsAt: 'chronologies-returned',
      limit: { unit: 'working-days', amount: 10 },
    });
    const scottish = { type: 'learning-review', nation: 'scotland' as const, milestones: { 'notification-sent': '2026-11-27' } };
    // St Andrew’s Day (Monday 30 November 2026) is not a working day in Scotland.
    expect(computeClocks(scottish, { today: '2026-11-27', definitions: [own] })[0]).to.include({ deadline: '2026-12-14', state: 'running' });
  });

  it('give every built-in clock a label and a basis in English and Welsh', () => {
    for (const definition of DEFAULT_CLOCKS) {
      expect(clockDefinitionSchema.safeParse(definition).success, definition.id).to.equal(true);
      expect(definition.basis.cy, definition.id).to.have.length.greaterThan(10);
    }
  });
});

describe('the rapid review plan', () => {
  it('dates each step in working days from the notification', () => {
    const steps = scheduleRapidReview('2026-12-18', 'england-and-wales');
    expect(steps.map((s) => [s.id, s.date])).to.deep.equal([
      ['notification', '2026-12-18'],
      ['request-information', '2026-12-21'],
      // 21–24 December are days 1–4; 25 and 28 December and 1 January are bank holidays.
      ['agency-returns', '2026-12-29'],
      ['merged-chronology', '2026-12-31'],
      ['meeting', '2027-01-05'],
      ['draft-report', '2027-01-07'],
      ['sign-off', '2027-01-11'],
      ['submission', '2027-01-13'],
    ]);
    expect(steps.at(-1)?.workingDay).to.equal(15);
  });

  it('takes a partnership’s own plan and refuses one that overruns the limit', () => {
    const plan = [...DEFAULT_RAPID_REVIEW_PLAN.slice(0, 2), { ...DEFAULT_RAPID_REVIEW_PLAN[2]!, workingDay: 16 }];
    expect(() => scheduleRapidReview('2026-11-06', 'england-and-wales', { plan })).to.throw(PlanError, /Step 3 .*working day 15/);
    const shuffled = [DEFAULT_RAPID_REVIEW_PLAN[3]!, DEFAULT_RAPID_REVIEW_PLAN[1]!];
    expect(() => scheduleRapidReview('2026-11-06', 'england-and-wales', { plan: shuffled })).to.throw(PlanError, /in order/);
    expect(() => scheduleRapidReview('2026-11-06', 'england-and-wales', { plan: [{ id: 'x' }] })).to.throw(PlanError, /Step 1/);
  });
});
