/**
 * Statutory and partnership clocks: each a time limit that starts at one milestone of a
 * review and stops at another, defined as data so a partnership can add its own.
 *
 * The built-in clocks are England's (Working Together to Safeguard Children 2023): serious
 * incident notification within 5 working days of the local authority becoming aware, and the
 * rapid review within 15 working days of the notification. Other nations' processes differ;
 * add their clocks from local guidance with {@link clockDefinitionSchema}.
 */
import * as z from 'zod/mini';
import { addMonths, addDays, fromIsoDate, isIsoDate, type IsoDate } from './calendar-date.js';
import { defaultCalendar, type Calendar, type Division } from './bank-holidays.js';
import { addWorkingDays, workingDaysBetween } from './working-days.js';
import { draft, type LocalisedText } from '../localised-text.js';
import { entity, field, text } from '../model/fields.js';

/** The UK's nations, whose review processes and bank holidays differ. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** The bank-holiday division whose working days a nation's clocks count. */
export function divisionOf(nation: Nation): Division {
  return nation === 'scotland' ? 'scotland' : nation === 'northern-ireland' ? 'northern-ireland' : 'england-and-wales';
}

/** Milestones the built-in clocks use. A review records each as an ISO date. */
export const CLOCK_MILESTONES = {
  'local-authority-aware': draft('The local authority became aware of the serious incident', 'Daeth yr awdurdod lleol yn ymwybodol o’r digwyddiad difrifol'),
  'notification-sent': draft('Serious incident notified to the national panel', 'Hysbyswyd y panel cenedlaethol am y digwyddiad difrifol'),
  'rapid-review-sent': draft('Rapid review sent to the national panel', 'Anfonwyd yr adolygiad cyflym at y panel cenedlaethol'),
  'review-decision': draft('Decision to hold a local review', 'Penderfyniad i gynnal adolygiad lleol'),
  published: draft('Review report published', 'Cyhoeddwyd adroddiad yr adolygiad'),
  'action-plan-agreed': draft('Action plan agreed', 'Cytunwyd ar y cynllun gweithredu'),
  'plan-reviewed-3-months': draft('Action plan reviewed at 3 months', 'Adolygwyd y cynllun gweithredu ar ôl 3 mis'),
  'plan-reviewed-6-months': draft('Action plan reviewed at 6 months', 'Adolygwyd y cynllun gweithredu ar ôl 6 mis'),
  'plan-reviewed-12-months': draft('Action plan reviewed at 12 months', 'Adolygwyd y cynllun gweithredu ar ôl 12 mis'),
} as const satisfies Record<string, LocalisedText>;

function textSchema(en: string, cy: string) {
  return entity(
    z.strictObject({ 'en-GB': text(`${en} in English`, `${cy} yn Saesneg`, 500), cy: text(`${en} in Welsh`, `${cy} yn Gymraeg`, 500) }),
    en,
    cy,
  );
}

function milestoneKey(en: string, cy: string) {
  return field(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), 'text', en, cy, 'A kebab-case name, such as notification-sent.', { format: 'kebab' });
}

/** A clock as data. Partnerships can keep extra definitions in JSON and validate them here. */
export const clockDefinitionSchema = entity(
  z.strictObject({
    id: milestoneKey('the clock id', 'dynodydd y cloc'),
    label: textSchema('the clock’s name', 'enw’r cloc'),
    /** Where the time limit comes from, so a reader can check it. */
    basis: textSchema('where the time limit comes from', 'o ble daw’r terfyn amser'),
    appliesTo: entity(
      z.strictObject({
        reviewTypes: z.optional(field(z.array(z.string().check(z.minLength(1))), 'list', 'the review types it applies to', 'y mathau o adolygiad y mae’n berthnasol iddynt')),
        nations: z.optional(field(z.array(z.enum(NATIONS)), 'list', 'the nations it applies to', 'y gwledydd y mae’n berthnasol iddynt')),
      }),
      'where the clock applies',
      'ble mae’r cloc yn berthnasol',
    ),
    startsAt: milestoneKey('the milestone that starts the clock', 'y garreg filltir sy’n dechrau’r cloc'),
    stopsAt: milestoneKey('the milestone that stops the clock', 'y garreg filltir sy’n atal y cloc'),
    limit: entity(
      z.strictObject({
        unit: field(z.enum(['working-days', 'calendar-days', 'months']), 'choice', 'the unit of the time limit', 'uned y terfyn amser'),
        amount: field(z.int().check(z.positive()), 'number', 'the length of the time limit', 'hyd y terfyn amser'),
      }),
      'the time limit',
      'y terfyn amser',
    ),
    /** How many working days before the deadline the clock shows as due soon. Default 2. */
    dueSoonWorkingDays: z.optional(field(z.int().check(z.nonnegative()), 'number', 'the working days of warning before the deadline', 'y diwrnodau gwaith o rybudd cyn y dyddiad cau')),
  }),
  'a clock definition',
  'diffiniad cloc',
);
export type ClockDefinition = z.infer<typeof clockDefinitionSchema>;

/** The two languages of a draft, as plain data for definitions. */
function plain(t: LocalisedText): { 'en-GB': string; cy: string } {
  return { 'en-GB': t['en-GB'], cy: t.cy };
}

const CSPR_FAMILY = ['rapid-review', 'local-cspr', 'national-cspr'];

/** The built-in clocks. */
export const DEFAULT_CLOCKS: readonly ClockDefinition[] = [
  {
    id: 'serious-incident-notification',
    label: plain(draft('Serious incident notification', 'Hysbysiad o ddigwyddiad difrifol')),
    basis: plain(
      draft(
        'Working Together to Safeguard Children 2023: notify the national panel within 5 working days of becoming aware',
        'Gweithio Gyda’n Gilydd i Ddiogelu Plant 2023: hysbysu’r panel cenedlaethol o fewn 5 diwrnod gwaith i ddod yn ymwybodol',
      ),
    ),
    appliesTo: { reviewTypes: CSPR_FAMILY, nations: ['england'] },
    startsAt: 'local-authority-aware',
    stopsAt: 'notification-sent',
    limit: { unit: 'working-days', amount: 5 },
    dueSoonWorkingDays: 2,
  },
  {
    id: 'rapid-review',
    label: plain(draft('Rapid review', 'Adolygiad cyflym')),
    basis: plain(
      draft(
        'Working Together to Safeguard Children 2023: send the rapid review to the national panel within 15 working days of the notification',
        'Gweithio Gyda’n Gilydd i Ddiogelu Plant 2023: anfon yr adolygiad cyflym at y panel cenedlaethol o fewn 15 diwrnod gwaith i’r hysbysiad',
      ),
    ),
    appliesTo: { reviewTypes: CSPR_FAMILY, nations: ['england'] },
    startsAt: 'notification-sent',
    stopsAt: 'rapid-review-sent',
    limit: { unit: 'working-days', amount: 15 },
    dueSoonWorkingDays: 3,
  },
  {
    id: 'local-review-publication',
    label: plain(draft('Local review published', 'Adolygiad lleol wedi’i gyhoeddi')),
    basis: plain(
      draft(
        'Partnership default: publish within 6 months of the decision to hold a local review (change it to match your learning framework)',
        'Rhagosodiad y bartneriaeth: cyhoeddi o fewn 6 mis i’r penderfyniad i gynnal adolygiad lleol (newidiwch ef i gyd-fynd â’ch fframwaith dysgu)',
      ),
    ),
    appliesTo: { reviewTypes: ['local-cspr'], nations: ['england'] },
    startsAt: 'review-decision',
    stopsAt: 'published',
    limit: { unit: 'months', amount: 6 },
    dueSoonWorkingDays: 10,
  },
  ...([3, 6, 12] as const).map(
    (months): ClockDefinition => ({
      id: `action-plan-review-${months}-months`,
      label: plain(draft(`Action plan review at ${months} months`, `Adolygiad o’r cynllun gweithredu ar ôl ${months} mis`)),
      basis: plain(
        draft(
          'Partnership default: review the action plan and its impact at 3, 6 and 12 months',
          'Rhagosodiad y bartneriaeth: adolygu’r cynllun gweithredu a’i effaith ar ôl 3, 6 a 12 mis',
        ),
      ),
      appliesTo: {},
      startsAt: 'action-plan-agreed',
      stopsAt: `plan-reviewed-${months}-months`,
      limit: { unit: 'months', amount: months },
      dueSoonWorkingDays: 10,
    }),
  ),
];

export type ClockState = 'not-started' | 'running' | 'due-soon' | 'due-today' | 'overdue' | 'met';

export interface ClockStatus {
  readonly id: string;
  readonly label: LocalisedText;
  readonly basis: LocalisedText;
  readonly limit: ClockDefinition['limit'];
  readonly state: ClockState;
  readonly startedOn?: IsoDate;
  readonly deadline?: IsoDate;
  readonly metOn?: IsoDate;
  /** When met: whether after the deadline. */
  readonly metLate?: boolean;
  /** Working days from today to the deadline; negative once overdue. Not set once met. */
  readonly workingDaysRemaining?: number;
}

/** What a clock needs to know about a review. Reviews carry these fields. */
export interface ClockSubject {
  readonly type: string;
  readonly nation: Nation;
  readonly milestones: Readonly<Record<string, IsoDate | undefined>>;
}

export interface ClockOptions {
  /** Today's date in the UK; defaults to the real one. */
  readonly today: IsoDate;
  readonly definitions?: readonly ClockDefinition[];
  readonly calendar?: Calendar;
}

/** The deadline of a clock that started on `start`. */
export function clockDeadline(definition: ClockDefinition, start: IsoDate, division: Division, calendar: Calendar = defaultCalendar): IsoDate {
  const { unit, amount } = definition.limit;
  if (unit === 'working-days') return addWorkingDays(start, amount, division, calendar);
  if (unit === 'calendar-days') return addDays(start, amount);
  return addMonths(start, amount);
}

function localised(t: { 'en-GB': string; cy: string }): LocalisedText {
  return { ...t, welsh: 'draft' };
}

/** Whether a definition applies to a review of this type in this nation. */
export function clockApplies(definition: ClockDefinition, subject: Pick<ClockSubject, 'type' | 'nation'>): boolean {
  const { reviewTypes, nations } = definition.appliesTo;
  return (!reviewTypes || reviewTypes.includes(subject.type)) && (!nations || nations.includes(subject.nation));
}

/** Every clock that applies to the review, with its deadline and state on `today`. */
export function computeClocks(subject: ClockSubject, options: ClockOptions): ClockStatus[] {
  const { today, definitions = DEFAULT_CLOCKS, calendar = defaultCalendar } = options;
  if (!isIsoDate(today)) throw new RangeError('Give today as a date in the form YYYY-MM-DD.');
  const division = divisionOf(subject.nation);
  return definitions
    .filter((definition) => clockApplies(definition, subject))
    .map((definition): ClockStatus => {
      const base = {
        id: definition.id,
        label: localised(definition.label),
        basis: localised(definition.basis),
        limit: definition.limit,
      };
      const startedOn = subject.milestones[definition.startsAt];
      if (!startedOn || !isIsoDate(startedOn)) return { ...base, state: 'not-started' };
      const deadline = clockDeadline(definition, startedOn, division, calendar);
      const metOn = subject.milestones[definition.stopsAt];
      if (metOn && isIsoDate(metOn)) {
        return { ...base, state: 'met', startedOn, deadline, metOn, metLate: fromIsoDate(metOn) > fromIsoDate(deadline) };
      }
      const workingDaysRemaining = workingDaysBetween(today, deadline, division, calendar);
      const days = fromIsoDate(deadline) - fromIsoDate(today);
      const state: ClockState =
        days < 0
          ? 'overdue'
          : days === 0
            ? 'due-today'
            : workingDaysRemaining <= (definition.dueSoonWorkingDays ?? 2)
              ? 'due-soon'
              : 'running';
      return { ...base, state, startedOn, deadline, workingDaysRemaining };
    });
}

/** One step of a day-by-day plan, on a working day counted from the plan's start. */
export const planStepSchema = entity(
  z.strictObject({
    id: milestoneKey('the step id', 'dynodydd y cam'),
    label: textSchema('the step', 'y cam'),
    workingDay: field(z.int().check(z.nonnegative()), 'number', 'the working day of the step', 'diwrnod gwaith y cam'),
  }),
  'a step of the plan',
  'cam yn y cynllun',
);
export type PlanStep = z.infer<typeof planStepSchema>;

/**
 * A default day-by-day plan for a rapid review, working back from the 15-working-day limit.
 * Partnerships replace it with their own; {@link scheduleRapidReview} checks it fits.
 */
export const DEFAULT_RAPID_REVIEW_PLAN: readonly PlanStep[] = [
  { id: 'notification', workingDay: 0, label: plain(draft('Serious incident notified: rapid review starts', 'Hysbysu am ddigwyddiad difrifol: yr adolygiad cyflym yn dechrau')) },
  { id: 'request-information', workingDay: 1, label: plain(draft('Ask each agency for its involvement and a chronology', 'Gofyn i bob asiantaeth am ei chysylltiad a chronoleg')) },
  { id: 'agency-returns', workingDay: 5, label: plain(draft('Agencies’ information due', 'Gwybodaeth yr asiantaethau i’w chyflwyno')) },
  { id: 'merged-chronology', workingDay: 7, label: plain(draft('Merged chronology and summary sent to the rapid review group', 'Cronoleg gyfun a chrynodeb wedi’u hanfon at grŵp yr adolygiad cyflym')) },
  { id: 'meeting', workingDay: 9, label: plain(draft('Rapid review meeting', 'Cyfarfod yr adolygiad cyflym')) },
  { id: 'draft-report', workingDay: 11, label: plain(draft('Draft rapid review sent for comment', 'Drafft o’r adolygiad cyflym wedi’i anfon am sylwadau')) },
  { id: 'sign-off', workingDay: 13, label: plain(draft('Safeguarding partners agree the rapid review and decision', 'Partneriaid diogelu yn cytuno ar yr adolygiad cyflym a’r penderfyniad')) },
  { id: 'submission', workingDay: 15, label: plain(draft('Rapid review sent to the national panel', 'Yr adolygiad cyflym wedi’i anfon at y panel cenedlaethol')) },
];

export interface ScheduledStep {
  readonly id: string;
  readonly label: LocalisedText;
  readonly workingDay: number;
  readonly date: IsoDate;
}

/** Why a plan was refused. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

/**
 * Dates for each step of a rapid review that starts with the notification on `notifiedOn`.
 *
 * @throws {PlanError} when a step is malformed, out of order, or after the time limit.
 */
export function scheduleRapidReview(
  notifiedOn: IsoDate,
  division: Division,
  options: { plan?: readonly unknown[]; limit?: number; calendar?: Calendar } = {},
): ScheduledStep[] {
  const { plan = DEFAULT_RAPID_REVIEW_PLAN, limit = 15, calendar = defaultCalendar } = options;
  const steps = plan.map((step, index) => {
    const result = planStepSchema.safeParse(step);
    if (!result.success) throw new PlanError(`Step ${index + 1} of the plan needs an id, a label in English and Welsh, and a working day (0 or more).`);
    return result.data;
  });
  steps.forEach((step, index) => {
    if (step.workingDay > limit) throw new PlanError(`Step ${index + 1} falls after working day ${limit}, the time limit.`);
    if (index > 0 && step.workingDay < steps[index - 1]!.workingDay) throw new PlanError(`Step ${index + 1} comes before the step above it: list steps in order.`);
  });
  return steps.map((step) => ({
    id: step.id,
    label: localised(step.label),
    workingDay: step.workingDay,
    date: addWorkingDays(notifiedOn, step.workingDay, division, calendar),
  }));
}
