/**
 * Derived views of loop-learning worksheets: what a worksheet can be about in a review, how
 * far its thinking went, what a facilitator needs to see of a group's contributions, and the
 * action a finished worksheet proposes for the plan, with the chain back to its finding.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { addMonths, type IsoDate } from '../time/calendar-date.js';
import type { InterventionStrength } from '../model/codes.js';
import { validationError, type ValidationError } from '../model/messages.js';
import type { Action, Finding, LoopWorksheet, Recommendation, Review } from '../model/schemas.js';
import { LOOP_SECTION_FIELDS, LOOP_SECTION_KEYS, LOOP_SECTIONS, type LoopSection } from '../forms/loop-prompts.js';
import { traceEpisode } from './plan.js';

/** The four kinds of learning, shallowest first. */
export type LoopLevel = Exclude<LoopSection, 'next-experiment'>;
export const LOOP_LEVEL_ORDER: readonly LoopLevel[] = ['defensive', 'single', 'double', 'triple'];

/**
 * The strength an action usually has when it comes from each kind of learning. A defensive
 * response (more training, a new form) and a single-loop fix rely on people remembering;
 * changing the rules and targets behind an action supports people in the system; changing
 * how the partnership learns and who takes part changes the system itself. A suggestion only:
 * the person proposing the action can change it.
 */
export const LOOP_STRENGTH: Readonly<Record<LoopLevel, InterventionStrength>> = {
  defensive: 'weaker',
  single: 'weaker',
  double: 'intermediate',
  triple: 'stronger',
};

/** Whether ideas from this kind of learning are flagged as likely to be weaker. */
export function isShallowLoop(loop: LoopSection): boolean {
  return loop === 'defensive' || loop === 'single';
}

export type WorksheetSubject = LoopWorksheet['subject'];

/** Something in a review a worksheet can be about. */
export interface WorksheetSubjectOption {
  readonly kind: 'finding' | 'pattern' | 'kpe';
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** The findings, patterns and key practice episodes of a review, in that order. */
export function worksheetSubjects(review: Review): WorksheetSubjectOption[] {
  return [
    ...review.findings.map((f) => ({ kind: 'finding' as const, id: f.id, title: f.title, summary: f.summary })),
    ...review.patterns.map((p) => ({ kind: 'pattern' as const, id: p.id, title: p.title, summary: p.description })),
    ...review.keyPracticeEpisodes.map((k) => ({ kind: 'kpe' as const, id: k.id, title: k.title, summary: k.summary })),
  ];
}

/** The finding, pattern or episode a worksheet is about, or undefined for a scenario or a missing record. */
export function subjectRecord(review: Review | undefined, subject: WorksheetSubject): WorksheetSubjectOption | undefined {
  if (!review || subject.kind === 'scenario' || !subject.refId) return undefined;
  return worksheetSubjects(review).find((o) => o.kind === subject.kind && o.id === subject.refId);
}

/** The findings a worksheet's subject leads to: the finding itself, or those built on the pattern or episode. */
export function findingsForSubject(review: Review, subject: WorksheetSubject): Finding[] {
  const id = subject.refId;
  if (!id) return [];
  switch (subject.kind) {
    case 'finding':
      return review.findings.filter((f) => f.id === id);
    case 'pattern':
      return review.findings.filter((f) => f.patternIds.includes(id));
    case 'kpe':
      return [...(traceEpisode(review, id)?.findings ?? [])];
    default:
      return [];
  }
}

/** The recommendations that answer a worksheet's subject: those an action proposed from it would serve. */
export function recommendationsForSubject(review: Review, subject: WorksheetSubject): Recommendation[] {
  const findingIds = new Set(findingsForSubject(review, subject).map((f) => f.id));
  return review.recommendations.filter((r) => r.findingIds.some((id) => findingIds.has(id)));
}

const filled = (value: string | undefined): boolean => !!value && value.trim().length > 0;

/** The text written in one section of a worksheet, field by field (blank fields left out). */
export function sectionText(worksheet: LoopWorksheet, section: LoopSection): string[] {
  const values = worksheet[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
  return LOOP_SECTION_FIELDS[section].map((field) => values[field]).filter((v): v is string => filled(v));
}

/** The kinds of learning a worksheet has something written for, shallowest first. */
export function answeredLoops(worksheet: LoopWorksheet): LoopLevel[] {
  return LOOP_LEVEL_ORDER.filter((loop) => sectionText(worksheet, loop).length > 0);
}

/** The contributions of a group, by section, and whether the thinking is staying shallow. */
export interface ContributionSummary {
  readonly counts: Readonly<Record<LoopSection, number>>;
  /** Contributions at the four kinds of learning (the next experiment is not a level). */
  readonly atLevels: number;
  /** Of those, how many are defensive or single loop. */
  readonly shallow: number;
  /**
   * True when at least three contributions have been made at the four levels and more than
   * half are defensive or single loop: the moment for a facilitator to ask "what made the
   * action seem right?" before moving on.
   */
  readonly mostlyShallow: boolean;
}

export function summariseContributions(worksheet: Pick<LoopWorksheet, 'contributions'>): ContributionSummary {
  const counts = Object.fromEntries(LOOP_SECTIONS.map((s) => [s, 0])) as Record<LoopSection, number>;
  for (const c of worksheet.contributions) counts[c.section] += 1;
  const atLevels = LOOP_LEVEL_ORDER.reduce((sum, loop) => sum + counts[loop], 0);
  const shallow = counts.defensive + counts.single;
  return { counts, atLevels, shallow, mostlyShallow: atLevels >= 3 && shallow * 2 > atLevels };
}

const RULES = {
  subject: draft('Choose what the worksheet is about, or describe a scenario', 'Dewiswch am beth mae’r daflen waith, neu disgrifiwch senario'),
  change: draft(
    'Write at least one change: to the action, to the assumptions behind it, or to how the partnership learns',
    'Ysgrifennwch o leiaf un newid: i’r weithred, i’r rhagdybiaethau y tu ôl iddi, neu i sut mae’r bartneriaeth yn dysgu',
  ),
  experiment: draft('Describe the next experiment', 'Disgrifiwch yr arbrawf nesaf'),
  measure: draft('Say how you will know the experiment worked', 'Dywedwch sut y byddwch yn gwybod bod yr arbrawf wedi gweithio'),
} satisfies Record<string, LocalisedText>;

/**
 * What a worksheet still needs before it can be marked complete: what it is about, at least
 * one change beyond the defensive response, and a next experiment with how you will know it
 * worked. Messages say what to do and never repeat what was written.
 */
export function worksheetCompletionProblems(worksheet: LoopWorksheet, locale: Locale = 'en-GB'): ValidationError[] {
  const problems: ValidationError[] = [];
  const subject = worksheet.subject;
  if (subject.kind === 'scenario' ? !filled(subject.text) : !subject.refId) {
    problems.push(validationError(subject.kind === 'scenario' ? ['subject', 'text'] : ['subject', 'refId'], 'required', RULES.subject, locale));
  }
  if (!answeredLoops(worksheet).some((loop) => loop !== 'defensive')) problems.push(validationError(['singleLoop', 'change'], 'required', RULES.change, locale));
  if (!filled(worksheet.nextExperiment.description)) problems.push(validationError(['nextExperiment', 'description'], 'required', RULES.experiment, locale));
  if (!filled(worksheet.nextExperiment.measure)) problems.push(validationError(['nextExperiment', 'measure'], 'required', RULES.measure, locale));
  return problems;
}

/** The idea a worksheet offers at one kind of learning: the change it proposes there. */
export function ideaAt(worksheet: LoopWorksheet, loop: LoopLevel): string {
  switch (loop) {
    case 'defensive':
      return worksheet.defensive.response ?? '';
    case 'single':
      return worksheet.singleLoop.change ?? '';
    case 'double':
      return worksheet.doubleLoop.change ?? worksheet.doubleLoop.assumptions ?? '';
    case 'triple':
      return worksheet.tripleLoop.howWeLearn ?? worksheet.tripleLoop.whoIsMissing ?? '';
  }
}

/** A short title from longer text: its first sentence, cut at a word to fit `max` characters. */
export function titleFrom(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(clean)?.[1] ?? clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  // Cut at the last whole word, unless that would lose more than half the title.
  const space = sentence[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** What the person proposing an action chose or confirmed. */
export interface ActionProposal {
  readonly id: string;
  /** Which kind of learning the idea comes from; it suggests the intervention strength. */
  readonly loop: LoopLevel;
  readonly recommendationId: string;
  readonly agencyId: string;
  readonly leadRole: string;
  readonly dueDate: IsoDate;
  readonly title?: string;
  readonly description?: string;
  readonly interventionStrength?: InterventionStrength;
}

/**
 * The action a worksheet proposes for the plan: a draft action prefilled from the chosen idea
 * and the next experiment (how we will know it worked becomes the impact measure), with the
 * strength its kind of learning suggests and an `origin` that records the worksheet and the
 * finding, pattern or episode it was about.
 */
export function actionFromWorksheet(worksheet: LoopWorksheet, proposal: ActionProposal): Action {
  const idea = ideaAt(worksheet, proposal.loop);
  const experiment = worksheet.nextExperiment;
  const description = proposal.description ?? [idea, experiment.description].filter(filled).join('\n\n');
  const subject = worksheet.subject;
  return {
    id: proposal.id,
    recommendationId: proposal.recommendationId,
    agencyId: proposal.agencyId,
    title: proposal.title ?? titleFrom(idea || experiment.description || worksheet.title || ''),
    ...(filled(description) ? { description: description.slice(0, 5000) } : {}),
    leadOfficer: { role: proposal.leadRole },
    status: 'draft',
    dueDate: proposal.dueDate,
    interventionStrength: proposal.interventionStrength ?? LOOP_STRENGTH[proposal.loop],
    milestones: [],
    progressNotes: [],
    evidence: [],
    ...(filled(experiment.measure) ? { impactMeasure: { description: experiment.measure! } } : {}),
    reviewPoints: [],
    origin: {
      kind: 'loop-worksheet',
      worksheetId: worksheet.id,
      loop: proposal.loop,
      subjectKind: subject.kind,
      ...(subject.kind !== 'scenario' && subject.refId ? { subjectId: subject.refId } : {}),
    },
  };
}

/** A due date for a proposed action: when the worksheet said to look again, else three months on. */
export function proposedDueDate(worksheet: LoopWorksheet, today: IsoDate): IsoDate {
  const reviewOn = worksheet.nextExperiment.reviewOn;
  return reviewOn && reviewOn > today ? reviewOn : addMonths(today, 3);
}

/** The actions in a review proposed from a worksheet. */
export function actionsFromWorksheet(review: Review, worksheetId: string): Action[] {
  return review.actions.filter((a) => a.origin?.worksheetId === worksheetId);
}
