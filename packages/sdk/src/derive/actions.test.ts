import { expect } from 'chai';
import fc from 'fast-check';
import { ACTION_STATUSES, EVIDENCE_ASSESSMENTS, type ActionStatus } from '../model/codes.js';
import { actionSchema, type Action } from '../model/schemas.js';
import { dayNumber, toIsoDate } from '../time/calendar-date.js';
import { canEditAction, canMoveAction, defaultReviewPoints, deriveRag, isOverdue, moveAction } from './actions.js';

const TODAY = '2026-11-21';

function action(overrides: Partial<Action> = {}): Action {
  return actionSchema.parse({
    id: 'a-1',
    recommendationId: 'rec-1',
    agencyId: 'csc',
    title: 'A fictional action',
    leadOfficer: { role: 'Head of service' },
    status: 'in-progress',
    dueDate: '2027-03-31',
    ...overrides,
  });
}

const accepted = { id: 'ev-1', type: 'audit', date: '2026-10-01', summary: 'Audit of 20 cases.', assessment: 'accepted' } as const;
const rejected = { ...accepted, id: 'ev-2', assessment: 'rejected' } as const;

describe('RAG', () => {
  const cases: Array<[string, Partial<Action>, string, string]> = [
    ['on track', {}, 'green', 'on-track'],
    ['overdue', { dueDate: '2026-11-20' }, 'red', 'overdue'],
    ['due today is not overdue', { dueDate: TODAY }, 'amber', 'due-soon'],
    ['due within 28 days', { dueDate: '2026-12-10' }, 'amber', 'due-soon'],
    ['evidence not accepted', { evidence: [rejected] }, 'red', 'evidence-rejected'],
    ['completed, awaiting evidence', { status: 'completed', completedOn: '2026-11-01' }, 'amber', 'awaiting-evidence'],
    ['completed long ago, still no evidence', { status: 'completed', completedOn: '2026-06-01' }, 'red', 'evidence-overdue'],
    ['evidenced', { status: 'evidenced', completedOn: '2026-09-01', evidence: [accepted] }, 'green', 'evidenced'],
    ['impact reviewed', { status: 'impact-reviewed' }, 'blue', 'impact-reviewed'],
    ['closed', { status: 'closed' }, 'blue', 'impact-reviewed'],
    ['draft', { status: 'draft' }, 'none', 'not-agreed'],
    ['an overdue draft', { status: 'draft', dueDate: '2026-01-01' }, 'red', 'overdue'],
    ['cancelled', { status: 'cancelled', dueDate: '2026-01-01' }, 'none', 'not-active'],
    ['a missed milestone', { milestones: [{ id: 'm', title: 'Pilot', dueDate: '2026-10-01' }] }, 'amber', 'milestone-overdue'],
    [
      'a missed impact review',
      { status: 'evidenced', completedOn: '2026-01-10', evidence: [accepted], reviewPoints: [{ months: 3, dueDate: '2026-04-10' }] },
      'amber',
      'review-point-overdue',
    ],
  ];
  for (const [what, overrides, rating, reason] of cases) {
    it(`is ${rating} when ${what}`, () => {
      const result = deriveRag(action(overrides), TODAY);
      expect(result.rating).to.equal(rating);
      expect(result.reasons[0]?.code).to.equal(reason);
      expect(result.reasons[0]?.text.cy).to.be.a('string').and.have.length.greaterThan(3);
    });
  }

  it('takes the partnership’s thresholds', () => {
    expect(deriveRag(action({ dueDate: '2026-12-10' }), TODAY, { dueSoonDays: 7 }).rating).to.equal('green');
  });

  it('is never green for an overdue action, whatever else is true of it', () => {
    const anyDay = fc.integer({ min: dayNumber(2024, 1, 1), max: dayNumber(2028, 12, 31) }).map(toIsoDate);
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_STATUSES.codes),
        anyDay,
        anyDay,
        fc.array(fc.constantFrom(...EVIDENCE_ASSESSMENTS.codes), { maxLength: 3 }),
        (status: ActionStatus, due, today, assessments) => {
          const a = action({
            status,
            dueDate: due,
            evidence: assessments.map((assessment, i) => ({ ...accepted, id: `ev-${i}`, assessment })),
          });
          if (isOverdue(a, today)) expect(deriveRag(a, today).rating).to.not.equal('green');
        },
      ),
    );
  });
});

describe('moving an action', () => {
  it('refuses to mark an action evidenced without accepted evidence, saying why', () => {
    const result = canMoveAction(action({ status: 'completed', completedOn: '2026-11-01', evidence: [rejected] }), 'evidenced');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason['en-GB']).to.equal('Add evidence and record it as accepted before marking the action evidenced');
  });

  it('needs a reason to supersede or cancel', () => {
    expect(canMoveAction(action(), 'cancelled').ok).to.equal(false);
    expect(canMoveAction(action(), 'cancelled', { rationale: 'Replaced by the regional protocol.' }).ok).to.equal(true);
  });

  it('does not skip steps or leave a closed action', () => {
    expect(canMoveAction(action({ status: 'draft' }), 'evidenced').ok).to.equal(false);
    expect(canMoveAction(action({ status: 'closed' }), 'in-progress').ok).to.equal(false);
  });

  it('dates completion and adds impact review points on working days', () => {
    const moved = moveAction(action(), 'completed', { today: '2026-11-30', division: 'scotland' });
    expect(moved.completedOn).to.equal('2026-11-30');
    // 28 February 2027 is a Sunday; 31 May 2027 is the spring bank holiday;
    // 30 November 2027 is St Andrew's Day in Scotland.
    expect(moved.reviewPoints.map((p) => p.dueDate)).to.deep.equal(['2027-03-01', '2027-06-01', '2027-12-01']);
  });

  it('throws with the reason when the move is not allowed', () => {
    expect(() => moveAction(action(), 'closed', { today: TODAY, division: 'england-and-wales' })).to.throw(RangeError, /cannot move straight/);
  });
});

describe('impact review points', () => {
  it('fall 3, 6 and 12 months after completion, moved to the next working day', () => {
    expect(defaultReviewPoints('2026-09-26', 'england-and-wales').map((p) => [p.months, p.dueDate])).to.deep.equal([
      [3, '2026-12-29'], // 26 December 2026 is a Saturday; 28 December is Boxing Day's substitute
      [6, '2027-03-30'], // 26 March 2027 is Good Friday and the 29th Easter Monday
      [12, '2027-09-27'], // 26 September 2027 is a Sunday
    ]);
  });
});

describe('agency-scoped editing', () => {
  it('lets the partnership change any action and an agency only its own', () => {
    const own = action({ agencyId: 'csc' });
    const other = action({ agencyId: 'police' });
    expect(canEditAction({}, other).ok).to.equal(true);
    expect(canEditAction({ agencyId: 'csc' }, own).ok).to.equal(true);
    const refused = canEditAction({ agencyId: 'csc' }, other);
    expect(refused.ok).to.equal(false);
    if (!refused.ok) {
      expect(refused.reason['en-GB']).to.include('another agency');
      expect(refused.reason.cy).to.not.equal('');
    }
  });
});
