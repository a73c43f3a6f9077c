/**
 * What an action's dates, status and evidence say about it: whether it is overdue, its RAG
 * rating, which status it may move to, and when its impact reviews fall. Pure functions:
 * components show these, they never compute them.
 *
 * RAG is derived, never typed by hand. The rules, in order:
 *
 * | Rating | When |
 * | --- | --- |
 * | none | draft (and not overdue), superseded or cancelled: nothing to rate |
 * | blue | impact reviewed or closed |
 * | red | overdue: not completed and past its due date |
 * | red | evidence was not accepted and none has been |
 * | red | completed but still no accepted evidence `evidenceOverdueDays` later (default 90) |
 * | amber | due within `dueSoonDays` (default 28) without accepted evidence |
 * | amber | completed, awaiting evidence |
 * | amber | a milestone or an impact review point is past due |
 * | green | anything else: on track, or evidenced |
 */
import { draft, type LocalisedText } from '../localised-text.js';
import { addMonths, fromIsoDate, type IsoDate } from '../time/calendar-date.js';
import { formatIsoDate } from '../time/format.js';
import type { Division } from '../time/bank-holidays.js';
import { addWorkingDays, isWorkingDay } from '../time/working-days.js';
import { DEFAULT_STRENGTH, type ActionStatus, type InterventionStrength } from '../model/codes.js';
import type { Action, Recommendation } from '../model/schemas.js';

export const RAG_RATINGS = ['red', 'amber', 'green', 'blue', 'none'] as const;
export type Rag = (typeof RAG_RATINGS)[number];

export const RAG_LABELS: Readonly<Record<Rag, LocalisedText>> = {
  red: draft('Red', 'Coch'),
  amber: draft('Amber', 'Ambr'),
  green: draft('Green', 'Gwyrdd'),
  blue: draft('Blue: impact reviewed', 'Glas: effaith wedi’i hadolygu'),
  none: draft('Not rated', 'Heb ei sgorio'),
};

/** Thresholds a partnership can set for its own plan. */
export interface RagThresholds {
  /** Amber when due within this many days without accepted evidence. Default 28. */
  readonly dueSoonDays: number;
  /** Red when completed this many days ago and still without accepted evidence. Default 90. */
  readonly evidenceOverdueDays: number;
}

export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { dueSoonDays: 28, evidenceOverdueDays: 90 };

export interface RagReason {
  readonly code:
    | 'not-active'
    | 'not-agreed'
    | 'impact-reviewed'
    | 'overdue'
    | 'evidence-rejected'
    | 'evidence-overdue'
    | 'due-soon'
    | 'awaiting-evidence'
    | 'milestone-overdue'
    | 'review-point-overdue'
    | 'on-track'
    | 'evidenced';
  readonly text: LocalisedText;
}

export interface RagResult {
  readonly rating: Rag;
  /** Why, in words: every rule that applied, the deciding one first. */
  readonly reasons: readonly RagReason[];
}

const NOT_COMPLETE: ReadonlySet<ActionStatus> = new Set(['draft', 'agreed', 'in-progress']);
const EVIDENCED: ReadonlySet<ActionStatus> = new Set(['evidenced', 'impact-reviewed', 'closed']);
const DONE: ReadonlySet<ActionStatus> = new Set(['impact-reviewed', 'closed']);
const INACTIVE: ReadonlySet<ActionStatus> = new Set(['superseded', 'cancelled']);

const day = (date: IsoDate) => fromIsoDate(date);

/** Not completed and past its due date. Superseded and cancelled actions are never overdue. */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return NOT_COMPLETE.has(action.status) && day(action.dueDate) < day(today);
}

/** Days from today to the due date (negative once past). */
export function daysUntilDue(action: Pick<Action, 'dueDate'>, today: IsoDate): number {
  return day(action.dueDate) - day(today);
}

function reason(code: RagReason['code'], en: string, cy: string): RagReason {
  return { code, text: draft(en, cy) };
}

/** The action's RAG rating on `today`, with the reasons. */
export function deriveRag(action: Action, today: IsoDate, thresholds: Partial<RagThresholds> = {}): RagResult {
  const t = { ...DEFAULT_RAG_THRESHOLDS, ...thresholds };
  if (INACTIVE.has(action.status)) {
    return { rating: 'none', reasons: [reason('not-active', 'No longer active: superseded or cancelled', 'Ddim yn weithredol mwyach: wedi’i ddisodli neu ei ganslo')] };
  }
  if (DONE.has(action.status)) {
    return { rating: 'blue', reasons: [reason('impact-reviewed', 'Impact reviewed', 'Effaith wedi’i hadolygu')] };
  }

  const red: RagReason[] = [];
  const amber: RagReason[] = [];
  const accepted = action.evidence.some((e) => e.assessment === 'accepted');
  const rejected = !accepted && action.evidence.some((e) => e.assessment === 'rejected');
  const due = { en: formatIsoDate(action.dueDate, 'en-GB'), cy: formatIsoDate(action.dueDate, 'cy') };

  if (isOverdue(action, today)) red.push(reason('overdue', `Overdue: it was due on ${due.en}`, `Yn hwyr: roedd yn ddyledus ar ${due.cy}`));
  if (rejected) red.push(reason('evidence-rejected', 'Evidence was not accepted', 'Ni dderbyniwyd y dystiolaeth'));
  if (action.status === 'completed' && !accepted && action.completedOn && day(today) - day(action.completedOn) > t.evidenceOverdueDays) {
    red.push(reason('evidence-overdue', `Completed over ${t.evidenceOverdueDays} days ago and still awaiting evidence`, `Wedi’i gwblhau dros ${t.evidenceOverdueDays} diwrnod yn ôl ac yn dal i aros am dystiolaeth`));
  }

  if (action.status === 'draft' && !red.length) {
    return { rating: 'none', reasons: [reason('not-agreed', 'Not yet agreed', 'Heb ei gytuno eto')] };
  }

  const daysLeft = daysUntilDue(action, today);
  if (NOT_COMPLETE.has(action.status) && !accepted && daysLeft >= 0 && daysLeft <= t.dueSoonDays) {
    amber.push(reason('due-soon', `Due on ${due.en} without accepted evidence`, `Yn ddyledus ar ${due.cy} heb dystiolaeth a dderbyniwyd`));
  }
  if (action.status === 'completed') amber.push(reason('awaiting-evidence', 'Completed, awaiting evidence', 'Wedi’i gwblhau, yn aros am dystiolaeth'));
  if (NOT_COMPLETE.has(action.status) && action.milestones.some((m) => !m.completedOn && day(m.dueDate) < day(today))) {
    amber.push(reason('milestone-overdue', 'A milestone is past due', 'Mae carreg filltir wedi pasio’i dyddiad'));
  }
  if (action.reviewPoints.some((p) => !p.reviewedOn && day(p.dueDate) < day(today))) {
    amber.push(reason('review-point-overdue', 'An impact review is past due', 'Mae adolygiad effaith wedi pasio’i ddyddiad'));
  }

  if (red.length) return { rating: 'red', reasons: [...red, ...amber] };
  if (amber.length) return { rating: 'amber', reasons: amber };
  return {
    rating: 'green',
    reasons: [EVIDENCED.has(action.status) ? reason('evidenced', 'Evidenced', 'Tystiolaeth wedi’i rhoi') : reason('on-track', 'On track', 'Ar y trywydd iawn')],
  };
}

/**
 * The intervention strength of an action: its own, else its kind's usual strength, else its
 * recommendation's.
 */
export function actionStrength(action: Action, recommendation?: Recommendation): InterventionStrength {
  if (action.interventionStrength) return action.interventionStrength;
  if (action.interventionType) return DEFAULT_STRENGTH[action.interventionType];
  if (recommendation?.interventionStrength) return recommendation.interventionStrength;
  return recommendation ? DEFAULT_STRENGTH[recommendation.interventionType] : 'weaker';
}

/** Where an action may go from each status (the board's columns follow this order). */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  draft: ['agreed', 'cancelled'],
  agreed: ['draft', 'in-progress', 'completed', 'superseded', 'cancelled'],
  'in-progress': ['agreed', 'completed', 'superseded', 'cancelled'],
  completed: ['in-progress', 'evidenced', 'superseded'],
  evidenced: ['completed', 'impact-reviewed'],
  'impact-reviewed': ['evidenced', 'closed'],
  closed: [],
  superseded: [],
  cancelled: [],
};

export type TransitionResult = { readonly ok: true } | { readonly ok: false; readonly reason: LocalisedText };

/**
 * Whether an action may move to `to`, and if not, why, in words a person can act on. Moves
 * that need a reason (superseded, cancelled) pass when `rationale` is given.
 */
export function canMoveAction(action: Action, to: ActionStatus, options: { rationale?: string } = {}): TransitionResult {
  if (action.status === to) return { ok: false, reason: draft('The action already has that status', 'Mae gan y cam gweithredu’r statws hwnnw eisoes') };
  if (!ACTION_TRANSITIONS[action.status].includes(to)) {
    return { ok: false, reason: draft('An action cannot move straight to that status from where it is', 'Ni all cam gweithredu symud yn syth i’r statws hwnnw o’r man lle mae') };
  }
  if ((to === 'superseded' || to === 'cancelled') && !(options.rationale ?? action.statusRationale)?.trim()) {
    return { ok: false, reason: draft('Give the reason for superseding or cancelling the action', 'Rhowch y rheswm dros ddisodli neu ganslo’r cam gweithredu') };
  }
  if (to === 'evidenced' && !action.evidence.some((e) => e.assessment === 'accepted')) {
    return { ok: false, reason: draft('Add evidence and record it as accepted before marking the action evidenced', 'Ychwanegwch dystiolaeth a’i chofnodi fel un a dderbyniwyd cyn nodi bod tystiolaeth i’r cam gweithredu') };
  }
  if (to === 'impact-reviewed' && !action.reviewPoints.some((p) => p.reviewedOn && p.rating)) {
    return { ok: false, reason: draft('Record an impact review, with what it found, first', 'Cofnodwch adolygiad effaith, gyda’r hyn a ganfu, yn gyntaf') };
  }
  if (to === 'closed' && !action.signOff) {
    return { ok: false, reason: draft('Record the assurance sign-off before closing the action', 'Cofnodwch y gymeradwyaeth sicrwydd cyn cau’r cam gweithredu') };
  }
  return { ok: true };
}

/**
 * The action after moving it to `to`: completion dates are set, review points added when it
 * is first completed, the reason kept. Throws `RangeError` with the reason if the move is not
 * allowed (check with {@link canMoveAction} first to show the reason instead).
 */
export function moveAction(action: Action, to: ActionStatus, options: { today: IsoDate; division: Division; rationale?: string }): Action {
  const check = canMoveAction(action, to, options);
  if (!check.ok) throw new RangeError(check.reason['en-GB']);
  const next: Action = { ...action, status: to };
  if (options.rationale) next.statusRationale = options.rationale;
  if (to === 'completed' && !action.completedOn) next.completedOn = options.today;
  if (to === 'completed' && action.reviewPoints.length === 0) {
    next.reviewPoints = defaultReviewPoints(next.completedOn ?? options.today, options.division);
  }
  if ((to === 'in-progress' || to === 'agreed' || to === 'draft') && action.completedOn) delete next.completedOn;
  return next;
}

/** Who is changing the plan: an agency's own page edits only that agency's actions. */
export interface EditScope {
  /** The agency whose actions may be changed; absent means the whole plan (the partnership). */
  readonly agencyId?: string | undefined;
}

/**
 * Whether `scope` may change `action` (or, without an action, add one for `agencyId`). The
 * rule lives here so that a server taking writes from agency pages can enforce the same rule
 * as the page that offered the edit.
 */
export function canEditAction(scope: EditScope, action: Pick<Action, 'agencyId'>): TransitionResult {
  if (scope.agencyId === undefined || scope.agencyId === action.agencyId) return { ok: true };
  return {
    ok: false,
    reason: draft('This action belongs to another agency: only that agency, or the partnership, can change it', 'Mae’r cam gweithredu hwn yn perthyn i asiantaeth arall: dim ond yr asiantaeth honno, neu’r bartneriaeth, all ei newid'),
  };
}

/**
 * Impact review points after completion (3, 6 and 12 months by default), each on the first
 * working day on or after the date, in the review's division.
 */
export function defaultReviewPoints(completedOn: IsoDate, division: Division, months: readonly number[] = [3, 6, 12]): Action['reviewPoints'] {
  return months.map((m) => {
    const date = addMonths(completedOn, m);
    const dueDate = isWorkingDay(date, division) ? date : addWorkingDays(date, 1, division);
    return { months: m, dueDate };
  });
}
